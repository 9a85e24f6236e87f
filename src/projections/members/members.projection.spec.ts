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
        erased: false,
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

  describe('erasure', () => {
    const erasure = { type: 'MemberPersonalDataErased' as const, data: { memberId: 'mohamed-el-hjira', unitId: 'fes-meknes', reason: 'request 17' }, metadata: { unitPath: FES_MEKNES } };

    it('clears every personal column and marks the member erased, keeping status, dates and moves', async () => {
      const events = [...history(), ...inLog(erasure).map((event) => ({ ...event, position: '5', id: 'erasure' }))];
      const hjira = (await project(membersProjection, events)).rows<MemberRow>('members').find((member) => member.id === 'mohamed-el-hjira');
      expect(hjira).toMatchObject({ fullName: null, honorific: null, erased: true, status: 'LEFT', joinedOn: '2019-05-01', leftOn: '2020-06-30' });
      expect(hjira?.transfers).toEqual([expect.objectContaining({ fromUnitId: 'el-hajeb', toUnitId: 'fes-meknes', reason: null })]);
    });

    it('registers a member already erased when the event is read after the key was destroyed, as a rebuild does', async () => {
      const [joinedErased] = inLog({ ...joined({ fullName: {}, honorific: null }), metadata: { unitPath: EL_HAJEB } });
      const rows = await project(membersProjection, [{ ...joinedErased!, personalDataErased: true }]);
      expect(rows.rows('members')).toEqual([expect.objectContaining({ id: 'mohamed-el-hjira', fullName: null, honorific: null, erased: true, status: 'ACTIVE' })]);
    });

    it('keeps a later transfer reason out of an erased member', async () => {
      const events = inLog(
        { ...joined(), metadata: { unitPath: EL_HAJEB } },
        { ...erasure, data: { ...erasure.data, unitId: 'el-hajeb' }, metadata: { unitPath: EL_HAJEB } },
        { ...transferred({ reason: 'written after the erasure' }), metadata: { unitPath: FES_MEKNES } },
      );
      const [hjira] = (await project(membersProjection, events, { twice: true })).rows<MemberRow>('members');
      expect(hjira).toMatchObject({ erased: true, fullName: null, unitId: 'fes-meknes' });
      expect(hjira!.transfers.map((transfer) => transfer.reason)).toEqual([null]);
    });
  });
});
