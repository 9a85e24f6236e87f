import type { RecordedEvent } from './envelope';
import type { OrgUnitEstablishedV1Data } from './org-units.v1';
import { upcast } from './upcasting';

const v1 = (territory: OrgUnitEstablishedV1Data['territory']): OrgUnitEstablishedV1Data => ({
  unitId: 'el-hajeb',
  parentId: 'fes-meknes',
  path: '/pam/fes-meknes/el-hajeb',
  level: 'PROVINCIAL',
  kind: 'SECRETARIAT',
  parallel: false,
  name: { ar: 'الأمانة العامة الإقليمية بإقليم الحاجب' },
  shortName: null,
  territory,
  establishedOn: '2019-03-01',
});

const recorded = (schemaVersion: number, data: unknown): RecordedEvent => ({
  id: '00000000-0000-4000-8000-000000000001',
  type: 'OrgUnitEstablished',
  schemaVersion,
  data,
  streamId: 'orgUnit-el-hajeb',
  revision: 0,
  position: '1',
  metadata: { actor: 'a', correlationId: 'c', causationId: null, occurredAt: '2019-03-01T11:00:00.000Z', recordedAt: '2019-03-01T11:00:00.000Z', unitPath: '/pam/fes-meknes/el-hajeb' },
});

describe('reading OrgUnitEstablished recorded at schema version 1', () => {
  it('gives a v1 territory an unknown code and keeps everything else as recorded', () => {
    const stored = v1({ country: 'MA', region: 'Fès-Meknès', province: 'El Hajeb' });
    expect(upcast(recorded(1, stored))).toEqual({
      type: 'OrgUnitEstablished',
      data: { ...stored, territory: { country: 'MA', region: 'Fès-Meknès', province: 'El Hajeb', code: null } },
    });
  });

  it('leaves a unit without a territory without one', () => {
    expect(upcast(recorded(1, v1(null)))?.data).toMatchObject({ territory: null });
  });

  it('reads a version 2 payload as it is', () => {
    const stored = { ...v1(null), territory: { country: 'MA', code: '03.171' } };
    expect(upcast(recorded(2, stored))?.data).toEqual(stored);
  });

  it('does not touch the stored payload it lifts', () => {
    const stored = v1({ country: 'MA' });
    upcast(recorded(1, stored));
    expect(stored.territory).toEqual({ country: 'MA' });
  });
});
