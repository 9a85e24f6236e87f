import type { Territory, UnitKind } from '../../events/org-units.events';
import type { LocalDate, LocalizedText, UnitLevel } from '../../events/shared.types';
import type { ProjectedEvent, Projection, Rows } from '../runner/projection';

export type UnitRow = {
  readonly id: string;
  readonly parentId: string | null;
  readonly path: string;
  readonly level: UnitLevel;
  readonly kind: UnitKind;
  readonly parallel: boolean;
  readonly name: LocalizedText;
  readonly shortName: LocalizedText | null;
  readonly territory: Territory | null;
  /** The territory's official code, in a column of its own so units can be found by it. */
  readonly territoryCode: string | null;
  readonly status: 'ACTIVE' | 'DISSOLVED';
  readonly establishedOn: LocalDate;
  readonly dissolvedOn: LocalDate | null;
};

const UNITS = 'units';

/** Every unit with its names in all the languages given; officers live in their own read model. */
export const unitTreeProjection: Projection = {
  name: 'unit_tree',
  // 2: the territoryCode column.
  version: 2,
  handles: ['OrgUnitEstablished', 'OrgUnitRenamed', 'OrgUnitDissolved'],
  tables: [
    {
      name: UNITS,
      columns: [
        { name: 'parentId', type: 'text', nullable: true },
        { name: 'path', type: 'text' },
        { name: 'level', type: 'text' },
        { name: 'kind', type: 'text' },
        { name: 'parallel', type: 'boolean' },
        { name: 'name', type: 'json' },
        { name: 'shortName', type: 'json', nullable: true },
        { name: 'territory', type: 'json', nullable: true },
        { name: 'territoryCode', type: 'text', nullable: true },
        { name: 'status', type: 'text' },
        { name: 'establishedOn', type: 'text' },
        { name: 'dissolvedOn', type: 'text', nullable: true },
      ],
      indexes: [['parentId'], ['path'], ['territoryCode', 'path']],
    },
  ],

  async apply(event: ProjectedEvent, rows: Rows): Promise<void> {
    if (!('unitId' in event.data) || event.data.unitId === null) return;
    // Read first, always: a row already written at this position marks the event as applied.
    const row = await rows.get<UnitRow>(UNITS, event.data.unitId);
    switch (event.type) {
      case 'OrgUnitEstablished': {
        if (row) return;
        const { unitId, parentId, path, level, kind, parallel, name, shortName, territory, establishedOn } = event.data;
        const territoryCode = territory?.code ?? null;
        rows.put<UnitRow>(UNITS, { id: unitId, parentId, path, level, kind, parallel, name, shortName, territory, territoryCode, status: 'ACTIVE', establishedOn, dissolvedOn: null });
        return;
      }
      case 'OrgUnitRenamed':
        if (row) rows.put<UnitRow>(UNITS, { ...row, name: event.data.name, shortName: event.data.shortName });
        return;
      case 'OrgUnitDissolved':
        if (row) rows.put<UnitRow>(UNITS, { ...row, status: 'DISSOLVED', dissolvedOn: event.data.dissolvedOn });
        return;
      default:
        return;
    }
  },
};
