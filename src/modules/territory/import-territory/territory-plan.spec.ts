import { loadMoroccoReference } from '../reference/morocco.reference';
import { moroccoPlan } from './territory-plan';
import { slugOf } from './unit-slugs';

const reference = loadMoroccoReference();

describe("the plan of Morocco's territorial units", () => {
  it('has 12 regions, 75 prefectures and provinces and 1,503 communes, parents before children', () => {
    const plan = moroccoPlan(reference, { rootId: 'pam', depth: 'commune' });
    const levels = plan.map((unit) => unit.level);
    expect([levels.filter((l) => l === 'REGIONAL').length, levels.filter((l) => l === 'PROVINCIAL').length, levels.filter((l) => l === 'LOCAL').length]).toEqual([12, 75, 1503]);
    const seen = new Set(['pam']);
    for (const unit of plan) {
      expect(seen.has(unit.parentId)).toBe(true);
      seen.add(unit.unitId);
    }
  });

  it('stops at the provinces at province depth', () => {
    expect(moroccoPlan(reference, { rootId: 'pam', depth: 'province' })).toHaveLength(87);
  });

  it('gives every unit a readable id, unique, that is a valid unit id', () => {
    const ids = moroccoPlan(reference, { rootId: 'pam', depth: 'commune' }).map((unit) => unit.unitId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(Math.max(...ids.map((id) => id.length))).toBeLessThanOrEqual(64);
  });

  it('names units after their French names, with a suffix only where two would meet', () => {
    const byCode = new Map(moroccoPlan(reference, { rootId: 'pam', depth: 'commune' }).map((unit) => [unit.territory.code, unit]));
    expect(byCode.get('03')).toMatchObject({ unitId: 'fes-meknes', parentId: 'pam', name: { ar: 'فاس-مكناس', fr: 'Fès-Meknès' } });
    expect(byCode.get('03.171')).toMatchObject({ unitId: 'el-hajeb', parentId: 'fes-meknes', territory: { country: 'MA', region: 'Fès-Meknès', province: 'El Hajeb', code: '03.171' } });
    expect(byCode.get('03.171.01.05')).toMatchObject({ unitId: 'el-hajeb-commune', parentId: 'el-hajeb', name: { ar: 'الحاجب', fr: 'El Hajeb' } });
    expect(byCode.get('01.051.01.09')?.unitId).toBe('ajdir-al-hoceima');
    expect(byCode.get('03.561.03.01')?.unitId).toBe('ajdir-taza');
  });

  it('gives the same ids and command ids on every run, and command ids that differ by root', () => {
    const once = moroccoPlan(reference, { rootId: 'pam', depth: 'commune' });
    expect(moroccoPlan(loadMoroccoReference(), { rootId: 'pam', depth: 'commune' })).toEqual(once);
    const other = moroccoPlan(reference, { rootId: 'ym', depth: 'region', idPrefix: 'ym-' });
    expect(other[0]).toMatchObject({ unitId: 'ym-tanger-tetouan-al-hoceima', parentId: 'ym', commandId: 'territory-import:MA:ym:01' });
    expect(once[0]!.commandId).toBe('territory-import:MA:pam:01');
  });

  it("hangs the commune of Casablanca under the prefecture of Casablanca, the prefectures of arrondissements being no level", () => {
    const plan = moroccoPlan(reference, { rootId: 'pam', depth: 'commune' });
    expect(plan.some((unit) => unit.territory.code === '06.141.01.00')).toBe(false);
    expect(plan.filter((unit) => unit.parentId === 'casablanca').map((unit) => unit.unitId)).toEqual(['casablanca-commune', 'mechouar-de-casablanca']);
  });
});

describe('unit slugs', () => {
  it.each([
    ['Fès-Meknès', 'fes-meknes'],
    ["M'diq-Fnideq", 'm-diq-fnideq'],
    ['Aïn-Sebaâ-Hay Mohammadi', 'ain-sebaa-hay-mohammadi'],
    ['El Kelâa Des-Sraghna', 'el-kelaa-des-sraghna'],
  ])('turns %s into %s', (name, slug) => {
    expect(slugOf(name)).toBe(slug);
  });
});
