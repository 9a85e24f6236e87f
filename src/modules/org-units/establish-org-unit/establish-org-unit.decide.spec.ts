import { expectRejection, given, payloads } from '../../shared-kernel/testing/given-when-then';
import { established, fesMeknes } from '../org-units.fixtures';
import { initialState, orgUnitState } from '../org-units.state';
import { decide, type EstablishOrgUnit } from './establish-org-unit.decide';

const now = '2021-06-08T10:00:00.000Z';
const pam = given(orgUnitState, established());

const establish = (overrides: Partial<EstablishOrgUnit> = {}): EstablishOrgUnit => ({
  unitId: 'fes-meknes',
  parentId: 'pam',
  level: 'REGIONAL',
  kind: 'SECRETARIAT',
  parallel: false,
  name: { ar: '  الأمانة الجهوية لجهة فاس مكناس  ', fr: 'Secrétariat régional Fès-Meknès' },
  shortName: null,
  territory: { country: 'MA', region: 'Fès-Meknès', code: '03' },
  establishedOn: '2019-03-01',
  parent: pam,
  now,
  ...overrides,
});

describe('establish an org unit', () => {
  it('establishes a region under the national party, trimming names and keeping Arabic as written', () => {
    const events = decide(establish(), initialState());
    expect(payloads(events)).toEqual([
      {
        type: 'OrgUnitEstablished',
        data: {
          unitId: 'fes-meknes',
          parentId: 'pam',
          path: '/pam/fes-meknes',
          level: 'REGIONAL',
          kind: 'SECRETARIAT',
          parallel: false,
          name: { ar: 'الأمانة الجهوية لجهة فاس مكناس', fr: 'Secrétariat régional Fès-Meknès' },
          shortName: null,
          territory: { country: 'MA', region: 'Fès-Meknès', code: '03' },
          establishedOn: '2019-03-01',
        },
      },
    ]);
    expect(events[0]!.context).toEqual({ occurredAt: '2019-03-01T11:00:00.000Z', unitPath: '/pam/fes-meknes' });
  });

  it('establishes the national root without a parent, dated today when no date is given', () => {
    const events = decide(establish({ unitId: 'pam', parentId: null, parent: null, level: 'NATIONAL', kind: 'PARTY', establishedOn: null }), initialState());
    expect(events[0]!.data).toMatchObject({ path: '/pam', establishedOn: '2021-06-08' });
  });

  it('attaches a parallel organization at its parent level', () => {
    const region = given(orgUnitState, fesMeknes());
    const events = decide(
      establish({ unitId: 'fes-meknes-youth', parentId: 'fes-meknes', parent: region, level: 'REGIONAL', kind: 'PARALLEL_ORGANIZATION', parallel: true }),
      initialState(),
    );
    expect(events[0]!.data).toMatchObject({ path: '/pam/fes-meknes/fes-meknes-youth', parallel: true });
  });

  it('rejects a unit that already exists', () => {
    expectRejection(() => decide(establish(), given(orgUnitState, fesMeknes())), 'ORG_UNIT.ALREADY_EXISTS', 'unitId');
  });

  it('rejects a parent that does not exist', () => {
    expectRejection(() => decide(establish({ parent: initialState() }), initialState()), 'ORG_UNIT.PARENT_NOT_FOUND', 'parentId');
  });

  it('rejects a dissolved parent', () => {
    const dissolved = given(orgUnitState, established(), {
      type: 'OrgUnitDissolved',
      data: { unitId: 'pam', dissolvedOn: '2020-01-01', reason: null },
    });
    expectRejection(() => decide(establish({ parent: dissolved }), initialState()), 'ORG_UNIT.PARENT_DISSOLVED', 'parentId');
  });

  it('rejects a level that skips a step down', () => {
    expectRejection(() => decide(establish({ level: 'PROVINCIAL' }), initialState()), 'ORG_UNIT.LEVEL_MISMATCH', 'level');
  });

  it('rejects a parallel organization above its parent', () => {
    const region = given(orgUnitState, fesMeknes());
    expectRejection(
      () => decide(establish({ parentId: 'fes-meknes', parent: region, level: 'NATIONAL', parallel: true }), initialState()),
      'ORG_UNIT.LEVEL_MISMATCH',
      'level',
    );
  });

  it('rejects a unit other than NATIONAL without a parent', () => {
    expectRejection(() => decide(establish({ parentId: null, parent: null }), initialState()), 'ORG_UNIT.LEVEL_MISMATCH', 'parentId');
  });

  it('rejects a name with no language', () => {
    expectRejection(() => decide(establish({ name: { ar: '   ' } }), initialState()), 'VALIDATION.FAILED', 'name');
  });

  it('rejects a name longer than the bound', () => {
    expectRejection(() => decide(establish({ name: { fr: 'x'.repeat(201) } }), initialState()), 'VALIDATION.FAILED', 'name.fr');
  });

  it('rejects an id that cannot be a path segment', () => {
    expectRejection(() => decide(establish({ unitId: 'Fès/Meknès' }), initialState()), 'VALIDATION.FAILED', 'unitId');
  });

  it('rejects a level outside the hierarchy', () => {
    expectRejection(() => decide(establish({ level: 'GALACTIC' }), initialState()), 'VALIDATION.FAILED', 'level');
  });

  it('records a territory without an official code as code null', () => {
    const events = decide(establish({ territory: { country: 'MA', region: 'Fès-Meknès' } }), initialState());
    expect(events[0]!.data.territory).toEqual({ country: 'MA', region: 'Fès-Meknès', code: null });
  });

  it('keeps an HCP commune code as given', () => {
    const events = decide(establish({ territory: { country: 'MA', code: ' 03.171.01.05 ' } }), initialState());
    expect(events[0]!.data.territory).toEqual({ country: 'MA', code: '03.171.01.05' });
  });

  it.each([['03 171'], ['03..171'], ['.03'], ['x'.repeat(33)]])('rejects the territory code %j, naming territory.code', (code) => {
    expectRejection(() => decide(establish({ territory: { country: 'MA', code } }), initialState()), 'VALIDATION.FAILED', 'territory.code');
  });

  it('rejects a territory without an ISO country code', () => {
    expectRejection(() => decide(establish({ territory: { country: 'Morocco' } }), initialState()), 'VALIDATION.FAILED', 'territory.country');
  });
});
