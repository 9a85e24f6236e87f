import { ACCESS_EVENT_TYPES, type AccessEvent } from './access.events';
import type { MeetingEvent } from './meetings.events';
import type { MemberEvent, MemberPersonalDataErased } from './members.events';
import type { OrgUnitEvent } from './org-units.events';
import type { ResolutionEvent } from './resolutions.events';

export type DomainEvent = OrgUnitEvent | MemberEvent | MeetingEvent | ResolutionEvent | AccessEvent;
export type DomainEventType = DomainEvent['type'];

/**
 * The stable type strings and the schema version each is written at today.
 * A payload change bumps the version here and adds an upcaster; the string never changes.
 */
export const CURRENT_SCHEMA_VERSIONS: Readonly<Record<DomainEventType, number>> = {
  OrgUnitEstablished: 2,
  OrgUnitRenamed: 1,
  OrgUnitDissolved: 1,
  OfficerAppointed: 1,
  OfficerRelieved: 1,
  MemberJoined: 1,
  MemberTransferred: 1,
  MemberLeft: 1,
  MemberPersonalDataErased: 1,
  MeetingHeld: 1,
  MeetingRecordCorrected: 1,
  ResolutionAdopted: 1,
  ResolutionStatusChanged: 1,
  ResolutionRescinded: 1,
  RoleGranted: 1,
  RoleRevoked: 1,
  ApiKeyIssued: 1,
  ApiKeyRevoked: 1,
};

export const DOMAIN_EVENT_TYPES = Object.keys(CURRENT_SCHEMA_VERSIONS) as DomainEventType[];

export const isDomainEventType = (type: string): type is DomainEventType =>
  Object.prototype.hasOwnProperty.call(CURRENT_SCHEMA_VERSIONS, type);

/**
 * What the organization did: what feeds show. Grants, API keys and erasures of
 * personal data are recorded and audited, but are not activity.
 */
export type ActivityEvent = Exclude<DomainEvent, AccessEvent | MemberPersonalDataErased>;
export type ActivityEventType = ActivityEvent['type'];

const NOT_ACTIVITY: ReadonlySet<string> = new Set<string>([...ACCESS_EVENT_TYPES, 'MemberPersonalDataErased']);

export const isActivityEventType = (type: string): type is ActivityEventType => isDomainEventType(type) && !NOT_ACTIVITY.has(type);

export const isActivityEvent = <E extends { readonly type: string }>(event: E): event is Extract<E, ActivityEvent> => isActivityEventType(event.type);

export const ACTIVITY_EVENT_TYPES: readonly ActivityEventType[] = DOMAIN_EVENT_TYPES.filter(isActivityEventType);
