import type { MeetingEvent } from './meetings.events';
import type { MemberEvent } from './members.events';
import type { OrgUnitEvent } from './org-units.events';
import type { ResolutionEvent } from './resolutions.events';

export type DomainEvent = OrgUnitEvent | MemberEvent | MeetingEvent | ResolutionEvent;
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
  MeetingHeld: 1,
  MeetingRecordCorrected: 1,
  ResolutionAdopted: 1,
  ResolutionStatusChanged: 1,
  ResolutionRescinded: 1,
};

export const DOMAIN_EVENT_TYPES = Object.keys(CURRENT_SCHEMA_VERSIONS) as DomainEventType[];

export const isDomainEventType = (type: string): type is DomainEventType =>
  Object.prototype.hasOwnProperty.call(CURRENT_SCHEMA_VERSIONS, type);
