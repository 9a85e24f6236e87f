import type { LocalizedText } from '../lib/locale';

/** The shapes the dashboard asks the API for (a subset of schema.gql). */
export type UnitLevel = 'NATIONAL' | 'REGIONAL' | 'PROVINCIAL' | 'LOCAL';

export interface UnitRef {
  readonly id: string;
  readonly level: UnitLevel;
  readonly name: LocalizedText;
}

export interface UnitChild extends UnitRef {
  readonly path: string;
  readonly parallel: boolean;
  readonly status: string;
}

export interface UnitHeader extends UnitRef {
  readonly path: string;
  readonly shortName: LocalizedText | null;
  readonly ancestors: readonly UnitRef[];
  readonly children: readonly UnitChild[];
}

export interface Figures {
  readonly meetingsHeld: number;
  readonly attendanceNamed: number;
  readonly attendanceCounted: number;
  readonly attendanceUnknownGroups: number;
  readonly resolutionsAdopted: number;
  readonly resolutionsImplemented: number;
  readonly membersJoined: number;
  readonly membersLeft: number;
  readonly membersNet: number;
}

export interface BucketFigures extends Figures {
  readonly label: string;
  readonly start: string;
  readonly end: string;
}

export interface ChildActivity extends UnitChild {
  readonly activity: Figures;
}

export interface Connection<T> {
  readonly edges: ReadonlyArray<{ readonly cursor: string; readonly node: T }>;
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
}

export interface Participant {
  readonly kind: 'MEMBER' | 'GUEST' | 'GROUP';
  readonly memberId: string | null;
  readonly name: LocalizedText | null;
  readonly label: LocalizedText | null;
  readonly role: string | null;
  readonly count: number | null;
}

export interface ResolutionStatusEntry {
  readonly status: string;
  readonly on: string;
  readonly actor: string;
  readonly note: string | null;
}

export interface ResolutionRow {
  readonly id: string;
  readonly kind: string;
  readonly status: string;
  readonly rescinded: boolean;
  readonly adoptedOn: string;
  readonly dueOn: string | null;
  readonly text: LocalizedText;
  readonly unitId: string;
  readonly unitPath: string;
  readonly meetingId: string;
  readonly history: readonly ResolutionStatusEntry[];
}

export interface MeetingRow {
  readonly id: string;
  readonly heldOn: string;
  readonly partOfDay: string | null;
  readonly kind: string;
  readonly title: LocalizedText;
  readonly unitId: string;
  readonly unit: { readonly name: LocalizedText } | null;
  readonly resolutions: ReadonlyArray<{ readonly id: string }>;
}

export interface MeetingDetail extends MeetingRow {
  readonly venue: { readonly name: LocalizedText | null; readonly locality: LocalizedText | null } | null;
  readonly chairs: readonly Participant[];
  readonly attendees: readonly Participant[];
  readonly agenda: readonly LocalizedText[];
  readonly summary: LocalizedText | null;
  readonly summaryLanguage: 'ar' | 'fr' | 'en' | null;
  readonly recordedAt: string;
  readonly recordedBy: string;
  readonly resolutions: ReadonlyArray<Pick<ResolutionRow, 'id' | 'kind' | 'status' | 'rescinded' | 'text'>>;
  readonly corrections: ReadonlyArray<{ readonly actor: string; readonly changedFields: readonly string[]; readonly reason: string; readonly recordedAt: string }>;
}

export interface MemberName {
  readonly id: string;
  /** Null when erased, or when the signed-in principal may not read personal data there. */
  readonly fullName: LocalizedText | null;
  readonly honorific: LocalizedText | null;
  readonly erased: boolean;
  readonly personalDataHidden: boolean;
}

export interface FeedItem {
  readonly id: string;
  readonly type: string;
  readonly position: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly actor: string;
  readonly summary: LocalizedText;
  readonly unitId: string;
  readonly subjectId: string;
  readonly unit: { readonly name: LocalizedText } | null;
}

export interface Officer {
  readonly id: string;
  readonly position: string;
  readonly current: boolean;
  readonly title: LocalizedText | null;
  readonly termStart: string;
  readonly termEnd: string | null;
  readonly relievedOn: string | null;
  readonly member: MemberName | null;
}
