import type { RecordedEvent } from '../../../events/envelope';
import { isDomainEventType } from '../../../events/registry';
import { orgUnitStreamId } from '../../../events/stream-ids';
import { inScope, type Principal, scopeOf } from '../../../infrastructure/auth/access';
import type { EventStore, LogFilter } from '../../../infrastructure/event-store/event-store.port';
import { DomainError, forbidden, validationError } from '../../shared-kernel/domain-error';
import { optionalInstant } from '../../shared-kernel/time.validation';
import { auditPathOf, auditScopeOf } from '../audit-scope';

export const MAX_AUDIT_PAGE = 500;

export interface AuditLogArgs {
  readonly after: string | null;
  readonly types: readonly string[] | null;
  readonly unitId: string | null;
  readonly includeDescendants: boolean;
  readonly recordedFrom: string | null;
  readonly recordedTo: string | null;
  readonly actor: string | null;
  readonly first: number;
}

/** What the store filters (types, subtree), and the rest, checked on each event read. */
export interface AuditLogRequest {
  readonly after: string | null;
  readonly first: number;
  readonly filter: LogFilter;
  readonly matches: (event: RecordedEvent) => boolean;
}

/**
 * Checks the arguments and splits the filters between the store and the scan; bad input is a typed error naming it.
 * Only events in the caller's audit scope: a unit outside its read scope is unknown, one it reads but may not audit is
 * refused; without a unit the store keeps one subtree when the scope is one, and the scan drops the rest.
 */
export const auditLogRequest = async (store: EventStore, args: AuditLogArgs, principal: Principal): Promise<AuditLogRequest> => {
  const scope = auditScopeOf(principal, 'The audit log');
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_AUDIT_PAGE) throw validationError('first', `must be between 1 and ${MAX_AUDIT_PAGE}`);
  if (args.after !== null) {
    try {
      store.comparePositions(args.after, args.after);
    } catch {
      throw validationError('after', 'is not a log position this service gave out');
    }
  }
  const unknown = args.types?.find((type) => !isDomainEventType(type));
  if (unknown !== undefined) throw validationError('types', `${JSON.stringify(unknown)} is not an event type of the register`);
  const from = optionalInstant(args.recordedFrom, 'recordedFrom');
  const to = optionalInstant(args.recordedTo, 'recordedTo');
  if (from && to && to < from) throw validationError('recordedTo', `must not be before recordedFrom (${from})`);
  if (args.actor !== null && args.actor.trim() === '') throw validationError('actor', 'must not be empty');
  const path = args.unitId === null ? null : await unitPath(store, args.unitId, principal);
  const matches = (event: RecordedEvent): boolean => {
    const { actor, recordedAt, unitPath: eventPath } = event.metadata;
    // Both sides are ISO 8601 in UTC with milliseconds, so text order is time order.
    if ((from && recordedAt < from) || (to && recordedAt > to)) return false;
    if (args.actor !== null && actor !== args.actor) return false;
    if (!inScope(scope, auditPathOf(event))) return false;
    return path === null || args.includeDescendants || eventPath === path;
  };
  const prefix = path ?? (scope !== 'all' && scope.length === 1 ? scope[0]! : null);
  const filter: LogFilter = { ...(args.types && { types: args.types }), ...(prefix !== null && { unitPathPrefix: prefix }) };
  return { after: args.after, first: args.first, filter, matches };
};

/**
 * A unit's path as the log recorded it when the unit was established: the audit view reads the log, not a read model.
 * Outside the caller's read scope the unit is unknown; seen but not audited, it is refused.
 */
const unitPath = async (store: EventStore, unitId: string, principal: Principal): Promise<string> => {
  const [established] = /^[\w.:-]{1,100}$/.test(unitId) ? await store.readStream(orgUnitStreamId(unitId), { limit: 1 }) : [];
  const path = established?.metadata.unitPath;
  if (path === undefined || !inScope(scopeOf(principal, 'read'), path)) throw new DomainError('ORG_UNIT.NOT_FOUND', `Org unit ${unitId} is not established`, 'unitId', { unitId });
  if (!inScope(scopeOf(principal, 'audit'), path)) throw forbidden(`The audit log of ${unitId} needs the audit role over it`, 'unitId');
  return path;
};
