/**
 * Every rule the write side enforces breaks with one of these codes. GraphQL
 * surfaces `code` as `extensions.code` and `field` as `extensions.field`.
 */
export const ERROR_CODES = [
  'VALIDATION.FAILED',
  'AUTH.UNAUTHENTICATED',
  'AUTH.FORBIDDEN',
  'CONCURRENCY.CONFLICT',
  'COMMAND.ID_REUSED',
  'READ_MODEL.NOT_CAUGHT_UP',
  'FEED.CURSOR_TOO_OLD',
  'FEED.SUBSCRIBER_TOO_SLOW',
  'ORG_UNIT.ALREADY_EXISTS',
  'ORG_UNIT.NOT_FOUND',
  'ORG_UNIT.PARENT_NOT_FOUND',
  'ORG_UNIT.PARENT_DISSOLVED',
  'ORG_UNIT.LEVEL_MISMATCH',
  'ORG_UNIT.DISSOLVED',
  'ORG_UNIT.UNCHANGED',
  'MEMBER.ALREADY_REGISTERED',
  'MEMBER.NOT_FOUND',
  'MEMBER.ALREADY_LEFT',
  'MEMBER.SAME_UNIT',
  'OFFICER.POSITION_OCCUPIED',
  'OFFICER.ALREADY_HOLDS',
  'OFFICER.NOT_HOLDING',
  'OFFICER.MEMBER_NOT_FOUND',
  'OFFICER.MEMBER_LEFT',
  'MEETING.ALREADY_RECORDED',
  'MEETING.NOT_FOUND',
  'MEETING.IN_FUTURE',
  'MEETING.PARTICIPANT_NOT_FOUND',
  'MEETING.NOTHING_CORRECTED',
  'RESOLUTION.ALREADY_ADOPTED',
  'RESOLUTION.NOT_FOUND',
  'RESOLUTION.MEETING_NOT_FOUND',
  'RESOLUTION.UNIT_MISMATCH',
  'RESOLUTION.RESCINDED',
  'RESOLUTION.STATUS_UNCHANGED',
  'RESOLUTION.BEFORE_MEETING',
  'MEMBER.ALREADY_ERASED',
  'QUERY.TOO_DEEP',
  'QUERY.TOO_COMPLEX',
  'RATE_LIMITED',
  'REQUEST.TOO_LARGE',
  'ACCESS.ALREADY_GRANTED',
  'ACCESS.GRANT_NOT_FOUND',
  'ACCESS.KEY_NOT_FOUND',
  'ACCESS.KEY_ALREADY_REVOKED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The offending input field, as a dotted path (`attendees.2.count`). */
    readonly field: string | null = null,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const validationError = (field: string, message: string): DomainError =>
  new DomainError('VALIDATION.FAILED', `${field}: ${message}`, field);

/** Refused for lack of a grant; says what was refused, never what exists outside the caller's scope. */
export const forbidden = (message = 'Not allowed for this principal', field: string | null = null): DomainError =>
  new DomainError('AUTH.FORBIDDEN', message, field);
