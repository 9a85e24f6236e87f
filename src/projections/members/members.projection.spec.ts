import { joined, left, transferred } from '../../modules/members/members.fixtures';
import { inLog, project } from '../runner/testing/projection-spec';
import { type MemberRow, membersProjection } from './members.projection';

const EL_HAJEB = '/pam/fes-meknes/el-hajeb';
const FES_MEKNES = '/pam/fes-meknes';

const history = () =>
  inLog(
    { ...joined(), metadata: { unitPath: EL_HAJEB } },
    { ...joined({ memberId: 'bougoula', fullName: { ar: 'عبد الإلاه بوقولا' }, honorific: { en: 'Mr.' } }), metadata: { unitPath: EL_HAJEB } },
    { ...transferred(), metadata: { unitPath: FES_MEKNES } },
    { ...left({ unitId: 'fes-meknes' }), metadata: { unitPath: FES_MEKNES } },
  );

describe('the members projection', () => {
  it('registers a member in the unit and path they joined', async () => {
    const rows = await project(membersProjection, inLog({ ...joined(), metadata: { unitPath: EL_HAJEB } }));
    expect(rows.rows('members')).toEqual([
      {
        id: 'mohamed-el-hjira',
        unitId: 'el-hajeb',
        unitPath: EL_HAJEB,
        fullName: { ar: 'محمد الحجيرة', fr: 'Mohamed El Hjira' },
        honorific: null,
        status: 'ACTIVE',
        joinedOn: '2019-05-01',
        leftOn: null,
        leavingReason: null,
        transfers: [],
      },
    ]);
  });

  it('moves a transferred member to the new unit and keeps the move in its history', async () => {
    const hjira = (await project(membersProjection, history())).rows('members').find((member) => member.id === 'mohamed-el-hjira');
    expect(hjira).toMatchObject({
      unitId: 'fes-meknes',
      unitPath: FES_MEKNES,
      transfers: [{ fromUnitId: 'el-hajeb', fromUnitPath: EL_HAJEB, toUnitId: 'fes-meknes', toUnitPath: FES_MEKNES, transferredOn: '2020-01-15', reason: null }],
    });
  });

  it('keeps a member who left, marked LEFT with the day and the reason', async () => {
    const hjira = (await project(membersProjection, history())).rows('members').find((member) => member.id === 'mohamed-el-hjira');
    expect(hjira).toMatchObject({ status: 'LEFT', leftOn: '2020-06-30', leavingReason: 'RESIGNED' });
  });

  it('comes out the same when every event is applied twice: a transfer is recorded once', async () => {
    const once = await project(membersProjection, history());
    const twice = await project(membersProjection, history(), { twice: true });
    expect(twice.rows('members')).toEqual(once.rows('members'));
    expect(twice.rows<MemberRow>('members').find((member) => member.id === 'mohamed-el-hjira')?.transfers).toHaveLength(1);
  });
});
