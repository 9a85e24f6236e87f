import { elHajeb } from '../../org-units/org-units.fixtures';
import { orgUnitState } from '../../org-units/org-units.state';
import type { ErrorCode } from '../../shared-kernel/domain-error';
import { expectRejection, given, payloads } from '../../shared-kernel/testing/given-when-then';
import { adopted, rescinded, statusChanged } from '../resolutions.fixtures';
import { initialState, resolutionState } from '../resolutions.state';
import { decide, type RescindResolution } from './rescind-resolution.decide';

const now = '2021-06-21T09:00:00.000Z';
const inForce = given(resolutionState, adopted());
const unit = given(orgUnitState, elHajeb());

const rescind = (overrides: Partial<RescindResolution> = {}): RescindResolution => ({
  resolutionId: 'el-hajeb-2021-06-07-r3',
  reason: ' Superseded by the regional council ',
  rescindedOn: '2021-06-20',
  unit,
  now,
  ...overrides,
});

describe('rescind a resolution', () => {
  it('rescinds a resolution in force, with its reason', () => {
    const events = decide(rescind(), inForce);
    expect(payloads(events)).toEqual([rescinded()]);
    expect(events[0]!.context).toEqual({ occurredAt: '2021-06-20T11:00:00.000Z', unitPath: '/pam/fes-meknes/el-hajeb' });
  });

  it('rescinds a resolution whose follow-up had started, dated today when no date is given', () => {
    const events = decide(rescind({ rescindedOn: null }), given(resolutionState, adopted(), statusChanged()));
    expect(events[0]!.data.rescindedOn).toBe('2021-06-21');
  });

  it('rejects a resolution that was never adopted', () => {
    expectRejection(() => decide(rescind(), initialState()), 'RESOLUTION.NOT_FOUND', 'resolutionId');
  });

  it('rejects a resolution already rescinded', () => {
    expectRejection(() => decide(rescind(), given(resolutionState, adopted(), rescinded())), 'RESOLUTION.RESCINDED', 'resolutionId');
  });

  it('rejects a rescission dated before the meeting', () => {
    expectRejection(() => decide(rescind({ rescindedOn: '2021-06-01' }), inForce), 'RESOLUTION.BEFORE_MEETING', 'rescindedOn');
  });

  const rejections: ReadonlyArray<[string, Partial<RescindResolution>, ErrorCode, string]> = [
    ['a rescission dated in the future', { rescindedOn: '2021-06-22' }, 'VALIDATION.FAILED', 'rescindedOn'],
    ['a rescission date that is not a date', { rescindedOn: '2021-13-01' }, 'VALIDATION.FAILED', 'rescindedOn'],
    ['a rescission without a reason', { reason: '   ' }, 'VALIDATION.FAILED', 'reason'],
    ['a reason longer than the bound', { reason: 'x'.repeat(2001) }, 'VALIDATION.FAILED', 'reason'],
    ['a malformed resolution id', { resolutionId: 'R 3' }, 'VALIDATION.FAILED', 'resolutionId'],
  ];

  it.each(rejections)('rejects %s', (_sentence, overrides, code, field) => {
    expectRejection(() => decide(rescind(overrides), inForce), code, field);
  });
});
