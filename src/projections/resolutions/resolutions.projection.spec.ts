import type { ResolutionAdopted, ResolutionRescinded, ResolutionStatusChanged } from '../../events/resolutions.events';
import { inLog, project } from '../runner/testing/projection-spec';
import { RESOLUTIONS, type ResolutionRow, resolutionsProjection, UNITS } from './resolutions.projection';

const EL_HAJEB = '/pam/fes-meknes/el-hajeb';
const metadata = { unitPath: EL_HAJEB, actor: 'recorder@el-hajeb', recordedAt: '2021-06-08T09:00:00.000Z' };

const adopted = (resolutionId: string): ResolutionAdopted => ({
  type: 'ResolutionAdopted',
  data: {
    resolutionId,
    meetingId: 'm1',
    unitId: 'el-hajeb',
    kind: 'DECISION',
    text: { ar: 'إجماع كل الحضور على الانخراط في عملية التسجيل في اللوائح الانتخابية' },
    adoptedOn: '2021-06-07',
    dueOn: '2021-09-01',
  },
});

const changed = (from: ResolutionStatusChanged['data']['from'], to: ResolutionStatusChanged['data']['to'], changedOn: string): ResolutionStatusChanged => ({
  type: 'ResolutionStatusChanged',
  data: { resolutionId: 'r1', unitId: 'el-hajeb', from, to, changedOn, note: `now ${to}` },
});

const rescinded: ResolutionRescinded = {
  type: 'ResolutionRescinded',
  data: { resolutionId: 'r2', unitId: 'el-hajeb', rescindedOn: '2021-07-01', reason: 'Superseded by the regional plan' },
};

const log = inLog(
  {
    type: 'OrgUnitEstablished',
    data: { unitId: 'el-hajeb', parentId: 'fes-meknes', path: EL_HAJEB, level: 'PROVINCIAL', kind: 'SECRETARIAT', parallel: false, name: { en: 'El Hajeb' }, shortName: null, territory: null, establishedOn: '2020-01-01' },
  },
  { ...adopted('r1'), streamId: 'resolution-r1', metadata },
  { ...adopted('r2'), streamId: 'resolution-r2', metadata },
  { ...changed('ADOPTED', 'IN_PROGRESS', '2021-06-15'), streamId: 'resolution-r1', metadata: { ...metadata, recordedAt: '2021-06-15T10:00:00.000Z' } },
  { ...changed('IN_PROGRESS', 'IMPLEMENTED', '2021-08-30'), streamId: 'resolution-r1', metadata: { ...metadata, actor: 'editor', recordedAt: '2021-08-30T10:00:00.000Z' } },
  { ...rescinded, streamId: 'resolution-r2', metadata: { ...metadata, recordedAt: '2021-07-01T10:00:00.000Z' } },
);

const row = async (id: string, events = log): Promise<ResolutionRow | undefined> =>
  (await project(resolutionsProjection, events)).rows<ResolutionRow>(RESOLUTIONS).find((candidate) => candidate.id === id);

describe('the resolutions projection', () => {
  it('files an adopted resolution under its meeting and unit path, its history starting with ADOPTED', async () => {
    expect(await row('r1', log.slice(0, 2))).toEqual({
      id: 'r1',
      meetingId: 'm1',
      unitId: 'el-hajeb',
      unitPath: EL_HAJEB,
      kind: 'DECISION',
      text: adopted('r1').data.text,
      adoptedOn: '2021-06-07',
      dueOn: '2021-09-01',
      status: 'ADOPTED',
      rescinded: false,
      rescindedOn: null,
      rescindReason: null,
      history: [{ status: 'ADOPTED', on: '2021-06-07', note: null, actor: 'recorder@el-hajeb', recordedAt: '2021-06-08T09:00:00.000Z' }],
    });
  });

  it('follows status changes to the current status and keeps each step in the history', async () => {
    const r1 = await row('r1');
    expect(r1!.status).toBe('IMPLEMENTED');
    expect(r1!.history.map(({ status, on, note, actor }) => ({ status, on, note, actor }))).toEqual([
      { status: 'ADOPTED', on: '2021-06-07', note: null, actor: 'recorder@el-hajeb' },
      { status: 'IN_PROGRESS', on: '2021-06-15', note: 'now IN_PROGRESS', actor: 'recorder@el-hajeb' },
      { status: 'IMPLEMENTED', on: '2021-08-30', note: 'now IMPLEMENTED', actor: 'editor' },
    ]);
  });

  it('marks a rescinded resolution, keeps its last status and ends its history with RESCINDED', async () => {
    expect(await row('r2')).toMatchObject({
      status: 'ADOPTED',
      rescinded: true,
      rescindedOn: '2021-07-01',
      rescindReason: 'Superseded by the regional plan',
      history: [
        { status: 'ADOPTED', on: '2021-06-07' },
        { status: 'RESCINDED', on: '2021-07-01', note: 'Superseded by the regional plan', recordedAt: '2021-07-01T10:00:00.000Z' },
      ],
    });
  });

  it('keeps its own copy of unit paths', async () => {
    expect((await project(resolutionsProjection, log)).rows(UNITS)).toEqual([{ id: 'el-hajeb', path: EL_HAJEB }]);
  });

  it('changes nothing when every event is applied a second time', async () => {
    const once = await project(resolutionsProjection, log);
    const twice = await project(resolutionsProjection, log, { twice: true });
    expect(twice.rows(RESOLUTIONS)).toEqual(once.rows(RESOLUTIONS));
    expect(twice.rows(UNITS)).toEqual(once.rows(UNITS));
    expect(twice.rows<ResolutionRow>(RESOLUTIONS)[0]!.history).toHaveLength(3);
  });
});
