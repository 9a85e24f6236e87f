import type { RecordedEvent } from '../../events/envelope';
import { isActivityEventType } from '../../events/registry';
import { inScope, may, mayAnywhere, type Principal, type Scope, scopeOf, WHOLE_REGISTER } from '../../infrastructure/auth/access';
import { forbidden } from '../shared-kernel/domain-error';

/**
 * Where an event counts for audit: the unit path it was filed under. Grants, API
 * keys and log anchors are the register's own business, whatever path they carry,
 * so only an audit grant on the whole register covers them.
 */
export const auditPathOf = (event: Pick<RecordedEvent, 'type' | 'metadata'>): string => {
  const path = event.metadata.unitPath;
  return isActivityEventType(event.type) && path.startsWith('/') && path !== WHOLE_REGISTER ? path : WHOLE_REGISTER;
};

/** Every audit view starts here: a caller that may audit nowhere is refused before anything is read, so the refusal says nothing. */
export const auditScopeOf = (principal: Principal, what: string): Scope => {
  if (!mayAnywhere(principal, 'audit')) throw forbidden(`${what} needs the audit role`);
  return scopeOf(principal, 'audit');
};

export type StreamVerdict = 'shown' | 'unknown' | 'forbidden';

/**
 * A stream's history. The stream lives where its newest event was filed (where
 * the command runner looks too): outside the read scope it is unknown, as if it
 * did not exist. Otherwise the caller knows it exists; then every path the stream
 * filed events under must lie in its audit scope, or the history is refused,
 * since it would show facts filed outside it (a member's life before a transfer).
 */
export const streamVerdict = (principal: Principal, newest: string | null, filed: Iterable<string>): StreamVerdict => {
  if (newest === null) return 'shown';
  if (!may(principal, 'read', newest)) return 'unknown';
  const audit = scopeOf(principal, 'audit');
  return [newest, ...filed].every((path) => inScope(audit, path)) ? 'shown' : 'forbidden';
};
