import type { LocalizedText, UnitLevel } from '../../events/shared.types';
import type { ColumnSpec, TableSpec } from '../runner/projection';

/** Every count a day bucket keeps; summaries and series are SUMs of these columns. */
export const FIGURES = [
  'meetingsHeld',
  'attendanceNamed',
  'attendanceCounted',
  'attendanceUnknownGroups',
  'resolutionsAdopted',
  'resolutionsImplemented',
  'resolutionsRescinded',
  'membersJoined',
  'membersLeft',
  'membersTransferredIn',
  'membersTransferredOut',
  'officersAppointed',
] as const;
export type Figure = (typeof FIGURES)[number];
export type Figures = Record<Figure, number>;

export const noFigures = (): Figures => Object.fromEntries(FIGURES.map((figure) => [figure, 0])) as Figures;

/** One unit's activity on one local calendar day; id `${unitId}|${day}`. */
export type DayRow = { readonly id: string; readonly unitId: string; readonly unitPath: string; readonly day: string } & Figures;

/**
 * A whole subtree's activity on one day: the sum of the day rows of the unit at
 * `path` and of every unit below it; id `${path}|${day}`. Kept beside the day rows
 * so that a subtree's figures cost its days in range, however many units and
 * events lie below (a region's year is at most 366 rows, not every commune's days).
 */
export type SubtreeDayRow = { readonly id: string; readonly path: string; readonly day: string } & Figures;

/** A whole subtree's activity in one calendar month (`YYYY-MM`); id `${path}|${month}`. Totals over long ranges read these. */
export type SubtreeMonthRow = { readonly id: string; readonly path: string; readonly month: string } & Figures;

/** An event behind a figure, with what it takes to fetch it from its stream. */
export interface Source {
  readonly eventId: string;
  readonly streamId: string;
  readonly revision: number;
  readonly position: string;
}

/** A figure's sources, for facts whose figures more than one event can change (a meeting and its corrections). */
export type FigureSources = Partial<Record<Figure, readonly Source[]>>;

/**
 * One event behind one figure of one unit's day; id `${figure}|${subject}|${eventId}`,
 * the subject being the meeting, resolution or event counted. A row no longer behind
 * the figure (its subject moved away or stopped counting) is kept, retired.
 */
export type EvidenceRow = { readonly id: string; readonly unitId: string; readonly unitPath: string; readonly day: string; readonly figure: Figure; readonly retired: boolean } & Source;

/** What a meeting put into the day buckets, so a correction can take exactly that back out. */
export type MeetingRow = {
  readonly id: string;
  readonly unitId: string;
  readonly unitPath: string;
  readonly day: string;
  /** Distinct people (`member:<id>` / `guest:<name>`) among chairs and attendees, kept apart because a correction may replace either list. */
  readonly chairKeys: readonly string[];
  readonly attendeeKeys: readonly string[];
  readonly attendanceCounted: number;
  readonly attendanceUnknownGroups: number;
  /** Resolutions adopted at this meeting: they are dated on its day and move with it. */
  readonly resolutionIds: readonly string[];
  /** Per figure, the MeetingHeld event and every correction that changed it or moved the meeting. */
  readonly sources: FigureSources;
};

export type ResolutionRow = {
  readonly id: string;
  readonly unitId: string;
  readonly unitPath: string;
  readonly meetingId: string | null;
  /** The day it counts as adopted: its meeting's day. Null when the adoption was never seen. */
  readonly day: string | null;
  readonly status: string;
  /** The day it first reached IMPLEMENTED; a later move away does not undo that count. */
  readonly implementedOn: string | null;
  readonly rescindedOn: string | null;
  /** Behind its adoption count: the ResolutionAdopted event and any correction that moved its meeting's day. */
  readonly sources: readonly Source[];
};

/** The unit list activityByChild needs, kept here so no query reaches into another projection. */
export type UnitRow = {
  readonly id: string;
  readonly parentId: string | null;
  readonly path: string;
  readonly name: LocalizedText;
  readonly level: UnitLevel;
  readonly parallel: boolean;
  readonly status: 'ACTIVE' | 'DISSOLVED';
};

const text = (name: string, nullable = false): ColumnSpec => ({ name, type: 'text', nullable });
const json = (name: string): ColumnSpec => ({ name, type: 'json' });

export const ACTIVITY_TABLES: readonly TableSpec[] = [
  {
    name: 'days',
    columns: [text('unitId'), text('unitPath'), text('day'), ...FIGURES.map((name): ColumnSpec => ({ name, type: 'integer' }))],
    indexes: [['unitPath', 'day'], ['day']],
  },
  {
    name: 'subtree_days',
    columns: [text('path'), text('day'), ...FIGURES.map((name): ColumnSpec => ({ name, type: 'integer' }))],
    indexes: [['path', 'day']],
  },
  {
    name: 'subtree_months',
    columns: [text('path'), text('month'), ...FIGURES.map((name): ColumnSpec => ({ name, type: 'integer' }))],
    indexes: [['path', 'month']],
  },
  {
    name: 'meetings',
    columns: [
      text('unitId'),
      text('unitPath'),
      text('day'),
      json('chairKeys'),
      json('attendeeKeys'),
      { name: 'attendanceCounted', type: 'integer' },
      { name: 'attendanceUnknownGroups', type: 'integer' },
      json('resolutionIds'),
      json('sources'),
    ],
  },
  {
    name: 'resolutions',
    columns: [
      text('unitId'),
      text('unitPath'),
      text('meetingId', true),
      text('day', true),
      text('status'),
      text('implementedOn', true),
      text('rescindedOn', true),
      json('sources'),
    ],
  },
  {
    name: 'units',
    columns: [text('parentId', true), text('path'), json('name'), text('level'), { name: 'parallel', type: 'boolean' }, text('status')],
    indexes: [['parentId', 'path']],
  },
  {
    name: 'evidence',
    columns: [
      text('unitId'),
      text('unitPath'),
      text('day'),
      text('figure'),
      text('eventId'),
      text('streamId'),
      { name: 'revision', type: 'integer' },
      text('position'),
      { name: 'retired', type: 'boolean' },
    ],
    indexes: [['figure', 'unitPath', 'day']],
  },
];
