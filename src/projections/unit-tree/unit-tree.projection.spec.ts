import { elHajeb, established, fesMeknes } from '../../modules/org-units/org-units.fixtures';
import { inLog, project } from '../runner/testing/projection-spec';
import { type UnitRow, unitTreeProjection } from './unit-tree.projection';

const worked = () =>
  inLog(
    established({ shortName: { ar: 'البام', fr: 'PAM' } }),
    fesMeknes(),
    elHajeb(),
    { type: 'OrgUnitRenamed', data: { unitId: 'el-hajeb', name: { ar: 'الأمانة الإقليمية للحاجب', en: 'El Hajeb' }, shortName: null, previousName: elHajeb().data.name, reason: null } },
    { type: 'OrgUnitDissolved', data: { unitId: 'fes-meknes', dissolvedOn: '2022-01-01', reason: 'Merged' } },
  );

describe('the unit tree projection', () => {
  it('stores every unit with its place in the tree', async () => {
    const rows = await project(unitTreeProjection, inLog(established(), fesMeknes()));
    expect(rows.rows('units')).toEqual([
      expect.objectContaining({ id: 'fes-meknes', parentId: 'pam', path: '/pam/fes-meknes', level: 'REGIONAL', status: 'ACTIVE', dissolvedOn: null }),
      expect.objectContaining({ id: 'pam', parentId: null, path: '/pam', level: 'NATIONAL', kind: 'PARTY', parallel: false, establishedOn: '2008-08-08' }),
    ]);
  });

  it('replaces the names on a rename and keeps every language given', async () => {
    const units = (await project(unitTreeProjection, worked())).rows('units');
    expect(units.find((unit) => unit.id === 'el-hajeb')).toMatchObject({ name: { ar: 'الأمانة الإقليمية للحاجب', en: 'El Hajeb' }, shortName: null });
    expect(units.find((unit) => unit.id === 'pam')).toMatchObject({ shortName: { ar: 'البام', fr: 'PAM' } });
  });

  it('marks a dissolved unit and keeps its row', async () => {
    const units = (await project(unitTreeProjection, worked())).rows('units');
    expect(units.find((unit) => unit.id === 'fes-meknes')).toMatchObject({ status: 'DISSOLVED', dissolvedOn: '2022-01-01' });
    expect(units).toHaveLength(3);
  });

  it('ignores a rename of a unit it never saw established', async () => {
    const rows = await project(unitTreeProjection, inLog({ type: 'OrgUnitRenamed', data: { unitId: 'ghost', name: { en: 'x' }, shortName: null, previousName: { en: 'y' }, reason: null } }));
    expect(rows.rows('units')).toEqual([]);
  });

  it('keeps the territory code in a column of its own, null when none was recorded', async () => {
    const coded = { ...fesMeknes(), data: { ...fesMeknes().data, territory: { country: 'MA', region: 'Fès-Meknès', code: '03' } } };
    const units = (await project(unitTreeProjection, inLog(established(), coded))).rows<UnitRow>('units');
    expect(units.map((unit) => [unit.id, unit.territoryCode])).toEqual([['fes-meknes', '03'], ['pam', null]]);
  });

  it('comes out the same when every event is applied twice', async () => {
    const once = await project(unitTreeProjection, worked());
    const twice = await project(unitTreeProjection, worked(), { twice: true });
    expect(twice.rows('units')).toEqual(once.rows('units'));
  });
});
