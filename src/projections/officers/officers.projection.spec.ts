import type { OfficerAppointed, OfficerRelieved } from '../../events/org-units.events';
import { inLog, project } from '../runner/testing/projection-spec';
import { type HolderRow, officersProjection, type TermRow } from './officers.projection';

const EL_HAJEB = '/pam/fes-meknes/el-hajeb';

const appointed = (data: Partial<OfficerAppointed['data']> = {}) => ({
  type: 'OfficerAppointed' as const,
  data: { unitId: 'el-hajeb', memberId: 'bougoula', position: 'SECRETARY_GENERAL' as const, title: { en: 'Provincial Secretary-General' }, termStart: '2020-01-01', termEnd: null, ...data },
  metadata: { unitPath: EL_HAJEB },
});

const relieved = (data: Partial<OfficerRelieved['data']> = {}) => ({
  type: 'OfficerRelieved' as const,
  data: { unitId: 'el-hajeb', memberId: 'bougoula', position: 'SECRETARY_GENERAL' as const, relievedOn: '2022-03-01', reason: 'Elected regional secretary', ...data },
  metadata: { unitPath: EL_HAJEB },
});

const history = () =>
  inLog(
    appointed(),
    appointed({ position: 'SECRETARIAT_MEMBER', title: null, termStart: '2019-01-01' }),
    appointed({ unitId: 'fes-meknes', memberId: 'bougoula', termStart: '2020-01-01' }),
    relieved(),
    appointed({ memberId: 'saidi', termStart: '2022-03-01' }),
  );

const terms = async (): Promise<TermRow[]> => (await project(officersProjection, history())).rows<TermRow>('terms');

describe('the officers projection', () => {
  it('opens a current term on an appointment, filed under the unit path', async () => {
    const rows = await project(officersProjection, inLog(appointed()));
    expect(rows.rows('terms')).toEqual([
      {
        id: 'el-hajeb|SECRETARY_GENERAL|bougoula|2020-01-01',
        unitId: 'el-hajeb',
        unitPath: EL_HAJEB,
        memberId: 'bougoula',
        position: 'SECRETARY_GENERAL',
        title: { en: 'Provincial Secretary-General' },
        termStart: '2020-01-01',
        termEnd: null,
        relievedOn: null,
        relievedReason: null,
        current: true,
      },
    ]);
  });

  it("ends only the relieved member's term of that position in that unit", async () => {
    const byId = new Map((await terms()).map((term) => [term.id, term]));
    expect(byId.get('el-hajeb|SECRETARY_GENERAL|bougoula|2020-01-01')).toMatchObject({ current: false, relievedOn: '2022-03-01', relievedReason: 'Elected regional secretary' });
    expect(byId.get('el-hajeb|SECRETARIAT_MEMBER|bougoula|2019-01-01')).toMatchObject({ current: true, relievedOn: null });
    expect(byId.get('fes-meknes|SECRETARY_GENERAL|bougoula|2020-01-01')).toMatchObject({ current: true, relievedOn: null });
    expect(byId.get('el-hajeb|SECRETARY_GENERAL|saidi|2022-03-01')).toMatchObject({ current: true });
  });

  it('keeps two terms apart when a member is relieved and appointed again on the same day', async () => {
    const rows = await project(officersProjection, inLog(appointed(), relieved({ relievedOn: '2020-01-01' }), appointed()));
    expect(rows.rows<TermRow>('terms').map(({ id, current }) => ({ id, current }))).toEqual([
      { id: 'el-hajeb|SECRETARY_GENERAL|bougoula|2020-01-01', current: false },
      { id: 'el-hajeb|SECRETARY_GENERAL|bougoula|2020-01-01|2', current: true },
    ]);
    expect(rows.rows<HolderRow>('holders')).toEqual([{ id: 'el-hajeb|SECRETARY_GENERAL|bougoula', termId: 'el-hajeb|SECRETARY_GENERAL|bougoula|2020-01-01|2' }]);
  });

  it('ignores relieving someone who holds nothing', async () => {
    const rows = await project(officersProjection, inLog(relieved()));
    expect(rows.rows('terms')).toEqual([]);
  });

  it('comes out the same when every event is applied twice', async () => {
    const once = await project(officersProjection, history());
    const twice = await project(officersProjection, history(), { twice: true });
    expect(twice.rows('terms')).toEqual(once.rows('terms'));
    expect(twice.rows('holders')).toEqual(once.rows('holders'));
  });
});
