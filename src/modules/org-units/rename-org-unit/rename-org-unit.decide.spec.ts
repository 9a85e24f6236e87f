import { expectRejection, given, payloads } from '../../shared-kernel/testing/given-when-then';
import { established } from '../org-units.fixtures';
import { initialState, orgUnitState } from '../org-units.state';
import { decide, type RenameOrgUnit } from './rename-org-unit.decide';

const rename = (overrides: Partial<RenameOrgUnit> = {}): RenameOrgUnit => ({
  unitId: 'pam',
  name: { ar: 'حزب الأصالة والمعاصرة', fr: 'Parti Authenticité et Modernité', en: 'Authenticity and Modernity Party' },
  shortName: { fr: 'PAM', ar: 'البام' },
  reason: 'Add the English name',
  now: '2021-06-08T10:00:00.000Z',
  ...overrides,
});

describe('rename an org unit', () => {
  it('renames an open unit and keeps the previous name in the event', () => {
    const events = decide(rename(), given(orgUnitState, established()));
    expect(payloads(events)).toEqual([
      {
        type: 'OrgUnitRenamed',
        data: {
          unitId: 'pam',
          name: { ar: 'حزب الأصالة والمعاصرة', fr: 'Parti Authenticité et Modernité', en: 'Authenticity and Modernity Party' },
          shortName: { ar: 'البام', fr: 'PAM' },
          previousName: { ar: 'حزب الأصالة والمعاصرة', fr: 'Parti Authenticité et Modernité' },
          reason: 'Add the English name',
        },
      },
    ]);
    expect(events[0]!.context).toEqual({ occurredAt: '2021-06-08T10:00:00.000Z', unitPath: '/pam' });
  });

  it('rejects a unit that does not exist', () => {
    expectRejection(() => decide(rename(), initialState()), 'ORG_UNIT.NOT_FOUND', 'unitId');
  });

  it('rejects a dissolved unit', () => {
    const state = given(orgUnitState, established(), { type: 'OrgUnitDissolved', data: { unitId: 'pam', dissolvedOn: '2020-01-01', reason: null } });
    expectRejection(() => decide(rename(), state), 'ORG_UNIT.DISSOLVED', 'unitId');
  });

  it('rejects a rename that changes nothing', () => {
    const current = established().data;
    expectRejection(() => decide(rename({ name: current.name, shortName: null }), given(orgUnitState, established())), 'ORG_UNIT.UNCHANGED', 'name');
  });

  it('rejects a name in a language it does not know', () => {
    expectRejection(() => decide(rename({ name: { de: 'Partei' } }), given(orgUnitState, established())), 'VALIDATION.FAILED', 'name.de');
  });
});
