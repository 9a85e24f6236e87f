import type { Position } from '../../events/org-units.events';
import type { LocalDate, LocalizedText } from '../../events/shared.types';
import type { ProjectedEvent, Projection, Rows } from '../runner/projection';

export type TermRow = {
  readonly id: string;
  readonly unitId: string;
  readonly unitPath: string;
  readonly memberId: string;
  readonly position: Position;
  readonly title: LocalizedText | null;
  readonly termStart: LocalDate;
  /** The planned end, as appointed; null when open-ended. */
  readonly termEnd: LocalDate | null;
  readonly relievedOn: LocalDate | null;
  readonly relievedReason: string | null;
  readonly current: boolean;
};

/** Who holds a position in a unit now: rows are read by id only, so relieving finds the open term here. */
export type HolderRow = {
  readonly id: string;
  readonly termId: string | null;
};

const TERMS = 'terms';
const HOLDERS = 'holders';

const holderId = (unitId: string, position: Position, memberId: string): string => `${unitId}|${position}|${memberId}`;

/** Officers' terms: the current holders of each unit's positions and every past term. */
export const officersProjection: Projection = {
  name: 'officers',
  version: 1,
  handles: ['OfficerAppointed', 'OfficerRelieved'],
  tables: [
    {
      name: TERMS,
      columns: [
        { name: 'unitId', type: 'text' },
        { name: 'unitPath', type: 'text' },
        { name: 'memberId', type: 'text' },
        { name: 'position', type: 'text' },
        { name: 'title', type: 'json', nullable: true },
        { name: 'termStart', type: 'text' },
        { name: 'termEnd', type: 'text', nullable: true },
        { name: 'relievedOn', type: 'text', nullable: true },
        { name: 'relievedReason', type: 'text', nullable: true },
        { name: 'current', type: 'boolean' },
      ],
      indexes: [['unitId', 'current'], ['memberId']],
    },
    { name: HOLDERS, columns: [{ name: 'termId', type: 'text', nullable: true }] },
  ],

  async apply(event: ProjectedEvent, rows: Rows): Promise<void> {
    switch (event.type) {
      case 'OfficerAppointed': {
        const { unitId, memberId, position, title, termStart, termEnd } = event.data;
        const holder = holderId(unitId, position, memberId);
        const held = await rows.get<HolderRow>(HOLDERS, holder);
        const base = `${holder}|${termStart}`;
        // Relieved and appointed again on the same day: the second term needs an id of its own.
        const termId = (await rows.get<TermRow>(TERMS, base)) ? `${base}|${event.revision}` : base;
        // The write side forbids holding the same position twice; if the log says otherwise, the newer term wins.
        if (held?.termId) await endTerm(rows, held.termId, termStart, null);
        rows.put<TermRow>(TERMS, {
          id: termId,
          unitId,
          unitPath: event.metadata.unitPath,
          memberId,
          position,
          title,
          termStart,
          termEnd,
          relievedOn: null,
          relievedReason: null,
          current: true,
        });
        rows.put<HolderRow>(HOLDERS, { id: holder, termId });
        return;
      }
      case 'OfficerRelieved': {
        const { unitId, memberId, position, relievedOn, reason } = event.data;
        const holder = holderId(unitId, position, memberId);
        const held = await rows.get<HolderRow>(HOLDERS, holder);
        if (!held?.termId) return;
        await endTerm(rows, held.termId, relievedOn, reason);
        rows.put<HolderRow>(HOLDERS, { id: holder, termId: null });
        return;
      }
      default:
        return;
    }
  },
};

const endTerm = async (rows: Rows, termId: string, relievedOn: LocalDate, reason: string | null): Promise<void> => {
  const term = await rows.get<TermRow>(TERMS, termId);
  if (term?.current) rows.put<TermRow>(TERMS, { ...term, relievedOn, relievedReason: reason, current: false });
};
