import type { ResolutionKind, ResolutionStatus } from '../../events/resolutions.events';
import type { LocalDate, LocalizedText } from '../../events/shared.types';
import type { ProjectedEvent, Projection, Rows, TableSpec } from '../runner/projection';

/** One step of a resolution's life; RESCINDED ends it. */
export type ResolutionHistoryEntry = {
  readonly status: ResolutionStatus | 'RESCINDED';
  readonly on: LocalDate;
  readonly note: string | null;
  readonly actor: string;
  readonly recordedAt: string;
};

export type ResolutionRow = {
  readonly id: string;
  readonly meetingId: string;
  readonly unitId: string;
  readonly unitPath: string;
  readonly kind: ResolutionKind;
  readonly text: LocalizedText;
  readonly adoptedOn: LocalDate;
  readonly dueOn: LocalDate | null;
  /** The last follow-up status; a rescinded resolution keeps the one it had. */
  readonly status: ResolutionStatus;
  readonly rescinded: boolean;
  readonly rescindedOn: LocalDate | null;
  readonly rescindReason: string | null;
  readonly history: readonly ResolutionHistoryEntry[];
};

export type UnitPathRow = { readonly id: string; readonly path: string };

export const RESOLUTIONS = 'resolutions';
export const UNITS = 'units';

const tables: readonly TableSpec[] = [
  {
    name: RESOLUTIONS,
    columns: [
      { name: 'meetingId', type: 'text' },
      { name: 'unitId', type: 'text' },
      { name: 'unitPath', type: 'text' },
      { name: 'kind', type: 'text' },
      { name: 'text', type: 'json' },
      { name: 'adoptedOn', type: 'text' },
      { name: 'dueOn', type: 'text', nullable: true },
      { name: 'status', type: 'text' },
      { name: 'rescinded', type: 'boolean' },
      { name: 'rescindedOn', type: 'text', nullable: true },
      { name: 'rescindReason', type: 'text', nullable: true },
      { name: 'history', type: 'json' },
    ],
    indexes: [['unitPath', 'adoptedOn'], ['meetingId'], ['status']],
  },
  // Its own copy of unit paths: a projection never reads another projection's tables.
  { name: UNITS, columns: [{ name: 'path', type: 'text' }] },
];

const step = (event: ProjectedEvent, status: ResolutionHistoryEntry['status'], on: LocalDate, note: string | null): ResolutionHistoryEntry => ({
  status,
  on,
  note,
  actor: event.metadata.actor,
  recordedAt: event.metadata.recordedAt,
});

/** Resolutions with their current follow-up status and the history that led there. */
export const resolutionsProjection: Projection = {
  name: 'resolutions',
  version: 1,
  handles: ['OrgUnitEstablished', 'ResolutionAdopted', 'ResolutionStatusChanged', 'ResolutionRescinded'],
  tables,
  async apply(event: ProjectedEvent, rows: Rows): Promise<void> {
    switch (event.type) {
      case 'OrgUnitEstablished': {
        await rows.get(UNITS, event.data.unitId);
        rows.put<UnitPathRow>(UNITS, { id: event.data.unitId, path: event.data.path });
        return;
      }
      case 'ResolutionAdopted': {
        const { resolutionId, meetingId, unitId, kind, text, adoptedOn, dueOn } = event.data;
        if (await rows.get(RESOLUTIONS, resolutionId)) return;
        rows.put<ResolutionRow>(RESOLUTIONS, {
          id: resolutionId,
          meetingId,
          unitId,
          unitPath: event.metadata.unitPath,
          kind,
          text,
          adoptedOn,
          dueOn,
          status: 'ADOPTED',
          rescinded: false,
          rescindedOn: null,
          rescindReason: null,
          history: [step(event, 'ADOPTED', adoptedOn, null)],
        });
        return;
      }
      case 'ResolutionStatusChanged': {
        const { resolutionId, to, changedOn, note } = event.data;
        const row = await rows.get<ResolutionRow>(RESOLUTIONS, resolutionId);
        if (!row) return;
        rows.put<ResolutionRow>(RESOLUTIONS, { ...row, status: to, history: [...row.history, step(event, to, changedOn, note)] });
        return;
      }
      case 'ResolutionRescinded': {
        const { resolutionId, rescindedOn, reason } = event.data;
        const row = await rows.get<ResolutionRow>(RESOLUTIONS, resolutionId);
        if (!row) return;
        rows.put<ResolutionRow>(RESOLUTIONS, {
          ...row,
          rescinded: true,
          rescindedOn,
          rescindReason: reason,
          history: [...row.history, step(event, 'RESCINDED', rescindedOn, reason)],
        });
        return;
      }
      default:
        return;
    }
  },
};
