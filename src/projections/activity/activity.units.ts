import type { OrgUnitDissolved, OrgUnitEstablished, OrgUnitRenamed } from '../../events/org-units.events';
import type { ProjectedEvent, Rows } from '../runner/projection';
import type { UnitRow } from './activity.tables';

type UnitEvent = ProjectedEvent<OrgUnitEstablished | OrgUnitRenamed | OrgUnitDissolved>;

/** The small unit list activityByChild reads, so it never queries another projection. */
export const unitEvent = async (event: UnitEvent, rows: Rows): Promise<void> => {
  const unit = await rows.get<UnitRow>('units', event.data.unitId);
  switch (event.type) {
    case 'OrgUnitEstablished': {
      const { unitId, parentId, path, name, level, parallel } = event.data;
      if (!unit) rows.put<UnitRow>('units', { id: unitId, parentId, path, name, level, parallel, status: 'ACTIVE' });
      return;
    }
    case 'OrgUnitRenamed':
      if (unit) rows.put<UnitRow>('units', { ...unit, name: event.data.name });
      return;
    case 'OrgUnitDissolved':
      if (unit) rows.put<UnitRow>('units', { ...unit, status: 'DISSOLVED' });
      return;
    default: {
      const never: never = event;
      return never;
    }
  }
};
