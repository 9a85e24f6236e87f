import type { LocalDate, LocalizedText } from '../../events/shared.types';
import type { ProjectedEvent, Projection, Rows } from '../runner/projection';
import {
  correctedMeetingTexts,
  documentId,
  meetingTexts,
  memberTexts,
  resolutionTexts,
  type SearchKind,
  unitTexts,
} from './search.documents';
import { searchIndex } from './search-index.sql';
import { indexText, type SearchText } from './text/index-text';

/** One searchable thing: its texts as recorded, and the terms they are found by. */
export type SearchDocumentRow = {
  readonly id: string;
  readonly kind: SearchKind;
  readonly entityId: string;
  readonly unitId: string;
  readonly unitPath: string;
  /** The day it happened (established, joined, held, adopted): the last tie-breaker of ranking. */
  readonly date: LocalDate;
  readonly title: LocalizedText;
  readonly texts: readonly SearchText[];
  readonly titleSeq: string;
  readonly bodySeq: string;
  readonly terms: string;
};

export type UnitPathRow = { readonly id: string; readonly path: string };

export const DOCUMENTS = 'documents';
export const UNITS = 'units';

type DocumentFacts = Omit<SearchDocumentRow, 'id' | 'titleSeq' | 'bodySeq' | 'terms'>;

const indexed = (facts: DocumentFacts): SearchDocumentRow => ({ ...facts, id: documentId(facts.kind, facts.entityId), ...indexText(facts.texts) });

/**
 * Unit names, member names, meetings and resolutions, folded and stemmed for
 * search (text/). The FTS5 table (SQLite) or tsvector column (PostgreSQL) over
 * `terms` is made beside the documents table by `searchIndex`.
 */
export const searchProjection: Projection = {
  name: 'search',
  // Bump whenever text/ folds, splits or stems differently: the index is rebuilt from the log.
  version: 1,
  handles: ['OrgUnitEstablished', 'OrgUnitRenamed', 'MemberJoined', 'MemberTransferred', 'MemberPersonalDataErased', 'MeetingHeld', 'MeetingRecordCorrected', 'ResolutionAdopted'],
  tables: [
    {
      name: DOCUMENTS,
      columns: [
        { name: 'kind', type: 'text' },
        { name: 'entityId', type: 'text' },
        { name: 'unitId', type: 'text' },
        { name: 'unitPath', type: 'text' },
        { name: 'date', type: 'text' },
        { name: 'title', type: 'json' },
        { name: 'texts', type: 'json' },
        { name: 'titleSeq', type: 'text' },
        { name: 'bodySeq', type: 'text' },
        { name: 'terms', type: 'text' },
      ],
      indexes: [['unitPath'], ['kind', 'unitPath']],
    },
    // Its own copy of unit paths, to scope a search to a unit with no document yet.
    { name: UNITS, columns: [{ name: 'path', type: 'text' }] },
  ],
  extras: searchIndex,

  async apply(event: ProjectedEvent, rows: Rows): Promise<void> {
    const { unitPath } = event.metadata;
    switch (event.type) {
      case 'OrgUnitEstablished': {
        const { unitId, path, name, shortName, territory, establishedOn } = event.data;
        await rows.get(UNITS, unitId);
        if (await rows.get(DOCUMENTS, documentId('UNIT', unitId))) return;
        rows.put<UnitPathRow>(UNITS, { id: unitId, path });
        const texts = unitTexts(name, shortName, territory);
        rows.put(DOCUMENTS, indexed({ kind: 'UNIT', entityId: unitId, unitId, unitPath: path, date: establishedOn, title: name, texts }));
        return;
      }
      case 'OrgUnitRenamed': {
        const row = await rows.get<SearchDocumentRow>(DOCUMENTS, documentId('UNIT', event.data.unitId));
        if (!row) return;
        const territory = row.texts.filter((text) => text.field === 'territory');
        const texts = [...unitTexts(event.data.name, event.data.shortName, null), ...territory];
        rows.put(DOCUMENTS, indexed({ ...row, title: event.data.name, texts }));
        return;
      }
      case 'MemberJoined': {
        const { memberId, unitId, fullName, honorific, joinedOn } = event.data;
        if (await rows.get(DOCUMENTS, documentId('MEMBER', memberId))) return;
        rows.put(DOCUMENTS, indexed({ kind: 'MEMBER', entityId: memberId, unitId, unitPath, date: joinedOn, title: fullName, texts: memberTexts(fullName, honorific) }));
        return;
      }
      case 'MemberTransferred': {
        const row = await rows.get<SearchDocumentRow>(DOCUMENTS, documentId('MEMBER', event.data.memberId));
        if (row) rows.put<SearchDocumentRow>(DOCUMENTS, { ...row, unitId: event.data.toUnitId, unitPath });
        return;
      }
      case 'MemberPersonalDataErased': {
        // The document stays (the member still exists) with no text: nothing finds it, and the index keeps no term of the name.
        const row = await rows.get<SearchDocumentRow>(DOCUMENTS, documentId('MEMBER', event.data.memberId));
        if (row) rows.put(DOCUMENTS, indexed({ ...row, title: {}, texts: [] }));
        return;
      }
      case 'MeetingHeld': {
        const { meetingId, unitId, heldOn, title } = event.data;
        if (await rows.get(DOCUMENTS, documentId('MEETING', meetingId))) return;
        rows.put(DOCUMENTS, indexed({ kind: 'MEETING', entityId: meetingId, unitId, unitPath, date: heldOn, title, texts: meetingTexts(event.data) }));
        return;
      }
      case 'MeetingRecordCorrected': {
        const row = await rows.get<SearchDocumentRow>(DOCUMENTS, documentId('MEETING', event.data.meetingId));
        if (!row) return;
        const { changes } = event.data;
        const texts = correctedMeetingTexts(row.texts, changes);
        rows.put(DOCUMENTS, indexed({ ...row, title: changes.title ?? row.title, date: changes.heldOn ?? row.date, texts }));
        return;
      }
      case 'ResolutionAdopted': {
        const { resolutionId, unitId, text, adoptedOn } = event.data;
        if (await rows.get(DOCUMENTS, documentId('RESOLUTION', resolutionId))) return;
        rows.put(DOCUMENTS, indexed({ kind: 'RESOLUTION', entityId: resolutionId, unitId, unitPath, date: adoptedOn, title: text, texts: resolutionTexts(text) }));
        return;
      }
      default:
        return;
    }
  },
};
