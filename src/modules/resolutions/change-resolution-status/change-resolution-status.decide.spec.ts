import { elHajeb } from '../../org-units/org-units.fixtures';
import { orgUnitState } from '../../org-units/org-units.state';
import type { ErrorCode } from '../../shared-kernel/domain-error';
import { expectRejection, given, payloads } from '../../shared-kernel/testing/given-when-then';
import { adopted, rescinded, statusChanged } from '../resolutions.fixtures';
import { initialState, resolutionState } from '../resolutions.state';
import { type ChangeResolutionStatus, decide } from './change-resolution-status.decide';

// 23:30 UTC on 14 June is already 15 June in Casablanca (UTC+1).
const now = '2021-06-14T23:30:00.000Z';
const inForce = given(resolutionState, adopted());
const unit = given(orgUnitState, elHajeb());

const change = (overrides: Partial<ChangeResolutionStatus> = {}): ChangeResolutionStatus => ({
  resolutionId: 'el-hajeb-2021-06-07-r3',
  status: 'IN_PROGRESS',
  changedOn: '2021-06-10',
  note: '  Registration drive started in every commune  ',
  unit,
  now,
  ...overrides,
});

describe('change the status of a resolution', () => {
  it('moves an adopted resolution to in progress, from and to recorded', () => {
    const events = decide(change(), inForce);
    expect(payloads(events)).toEqual([statusChanged({ note: 'Registration drive started in every commune' })]);
    expect(events[0]!.context).toEqual({ occurredAt: '2021-06-10T11:00:00.000Z', unitPath: '/pam/fes-meknes/el-hajeb' });
  });

  it('dates the change today in Casablanca when no date is given', () => {
    const events = decide(change({ changedOn: null, note: null }), inForce);
    expect(events[0]!.data).toMatchObject({ changedOn: '2021-06-15', note: null });
  });

  it('follows a resolution from in progress to implemented', () => {
    const events = decide(change({ status: 'IMPLEMENTED' }), given(resolutionState, adopted(), statusChanged()));
    expect(events[0]!.data).toMatchObject({ from: 'IN_PROGRESS', to: 'IMPLEMENTED' });
  });

  it('accepts a change on the meeting day', () => {
    expect(decide(change({ changedOn: '2021-06-07' }), inForce)[0]!.data.changedOn).toBe('2021-06-07');
  });

  it('rejects a resolution that was never adopted', () => {
    expectRejection(() => decide(change(), initialState()), 'RESOLUTION.NOT_FOUND', 'resolutionId');
  });

  it('rejects a rescinded resolution', () => {
    expectRejection(() => decide(change(), given(resolutionState, adopted(), rescinded())), 'RESOLUTION.RESCINDED', 'resolutionId');
  });

  it('rejects the status the resolution already has', () => {
    expectRejection(() => decide(change({ status: 'ADOPTED' }), inForce), 'RESOLUTION.STATUS_UNCHANGED', 'status');
  });

  it('rejects a change dated before the meeting', () => {
    expectRejection(() => decide(change({ changedOn: '2021-06-06' }), inForce), 'RESOLUTION.BEFORE_MEETING', 'changedOn');
  });

  const rejections: ReadonlyArray<[string, Partial<ChangeResolutionStatus>, ErrorCode, string]> = [
    ['a change dated in the future', { changedOn: '2021-06-16' }, 'VALIDATION.FAILED', 'changedOn'],
    ['a change date that is not a date', { changedOn: '10/06/2021' }, 'VALIDATION.FAILED', 'changedOn'],
    ['an unknown status', { status: 'DONE' }, 'VALIDATION.FAILED', 'status'],
    ['a note longer than the bound', { note: 'x'.repeat(2001) }, 'VALIDATION.FAILED', 'note'],
    ['a malformed resolution id', { resolutionId: 'R 3' }, 'VALIDATION.FAILED', 'resolutionId'],
  ];

  it.each(rejections)('rejects %s', (_sentence, overrides, code, field) => {
    expectRejection(() => decide(change(overrides), inForce), code, field);
  });
});
