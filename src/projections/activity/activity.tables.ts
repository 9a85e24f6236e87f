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
    ],
  },
  {
    name: 'resolutions',
    columns: [text('unitId'), text('unitPath'), text('meetingId', true), text('day', true), text('status'), text('implementedOn', true), text('rescindedOn', true)],
  },
  {
    name: 'units',
    columns: [text('parentId', true), text('path'), json('name'), text('level'), { name: 'parallel', type: 'boolean' }, text('status')],
    indexes: [['parentId', 'path']],
  },
];
