import type { OrgUnitEstablished } from '../../events/org-units.events';

/** Events for given/when/then specs of this context. */
export const established = (overrides: Partial<OrgUnitEstablished['data']> = {}): OrgUnitEstablished => ({
  type: 'OrgUnitEstablished',
  data: {
    unitId: 'pam',
    parentId: null,
    path: '/pam',
    level: 'NATIONAL',
    kind: 'PARTY',
    parallel: false,
    name: { ar: 'حزب الأصالة والمعاصرة', fr: 'Parti Authenticité et Modernité' },
    shortName: null,
    territory: null,
    establishedOn: '2008-08-08',
    ...overrides,
  },
});

export const fesMeknes = (): OrgUnitEstablished =>
  established({
    unitId: 'fes-meknes',
    parentId: 'pam',
    path: '/pam/fes-meknes',
    level: 'REGIONAL',
    kind: 'SECRETARIAT',
    name: { ar: 'الأمانة الجهوية لجهة فاس مكناس', fr: 'Secrétariat régional Fès-Meknès' },
  });

export const elHajeb = (): OrgUnitEstablished =>
  established({
    unitId: 'el-hajeb',
    parentId: 'fes-meknes',
    path: '/pam/fes-meknes/el-hajeb',
    level: 'PROVINCIAL',
    kind: 'SECRETARIAT',
    name: { ar: 'الأمانة العامة الإقليمية بإقليم الحاجب', fr: "Secrétariat provincial d'El Hajeb" },
  });
