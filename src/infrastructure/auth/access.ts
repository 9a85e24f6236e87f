/**
 * Who may do what, where. A principal holds grants `(role, unit)`; a grant covers
 * that unit and every unit below it (its subtree, by unit path). Everything here is
 * pure: the request's principal is resolved once by authentication, then every
 * resolver and command asks these functions.
 */
import { ROLES, WHOLE_REGISTER, type Role } from '../../events/access.events';

// Role names and the whole register's path are stored in grant events, so the event contract owns them.
export { ROLES, WHOLE_REGISTER, type Role };

/**
 * - read: activity of units in scope (meetings, resolutions, figures, feeds), no personal data
 * - readPersonal: members' personal data (names, notes)
 * - record: record and correct activity
 * - structure: establish, rename and dissolve units (strictly below a recorder's grant unit)
 * - audit: history, time travel, integrity verification, export
 * - erase: erase a member's personal data
 * - administer: grant and revoke roles, issue and revoke API keys
 */
export const ACTIONS = ['read', 'readPersonal', 'record', 'structure', 'audit', 'erase', 'administer'] as const;
export type Action = (typeof ACTIONS)[number];

const ROLE_ACTIONS: Readonly<Record<Role, readonly Action[]>> = {
  ADMIN: ACTIONS,
  RECORDER: ['read', 'readPersonal', 'record', 'structure'],
  VIEWER: ['read'],
  AUDITOR: ['read', 'audit'],
  STEWARD: ['read', 'readPersonal', 'erase'],
};

export interface Grant {
  readonly role: Role;
  /** null: the whole register. */
  readonly unitId: string | null;
  /** The unit's path (fixed for the unit's life), or WHOLE_REGISTER. */
  readonly unitPath: string;
}

export interface Principal {
  /** Written into every event's metadata as its actor. */
  readonly id: string;
  readonly authenticatedBy: 'api-key' | 'token' | 'auth-off' | 'system';
  readonly grants: readonly Grant[];
}

/** `path` is `scope` or below it; the whole register covers every path. */
export const covers = (scope: string, path: string): boolean =>
  scope === WHOLE_REGISTER || path === scope || path.startsWith(`${scope}/`);

const strictlyBelow = (scope: string, path: string): boolean => scope === WHOLE_REGISTER || path.startsWith(`${scope}/`);

const grantAllows = (grant: Grant, action: Action, path: string): boolean => {
  if (!ROLE_ACTIONS[grant.role].includes(action)) return false;
  // A recorder shapes the tree below its unit, not the unit it was granted.
  if (action === 'structure' && grant.role === 'RECORDER') return strictlyBelow(grant.unitPath, path);
  return covers(grant.unitPath, path);
};

export const may = (principal: Principal, action: Action, unitPath: string): boolean =>
  principal.grants.some((grant) => grantAllows(grant, action, unitPath));

/** Roles a principal holds anywhere, e.g. to tell "may never audit" from "may audit elsewhere". */
export const mayAnywhere = (principal: Principal, action: Action): boolean =>
  principal.grants.some((grant) => ROLE_ACTIONS[grant.role].includes(action));

/**
 * The subtrees where `action` is allowed, as the fewest unit paths (a path below
 * another is dropped), or 'all'. For filtering lists in SQL: a row is in scope when
 * its unit path is covered by one of these.
 */
export type Scope = 'all' | readonly string[];

export const scopeOf = (principal: Principal, action: Action): Scope => {
  const paths = principal.grants.filter((grant) => ROLE_ACTIONS[grant.role].includes(action)).map((grant) => grant.unitPath);
  if (paths.includes(WHOLE_REGISTER)) return 'all';
  const unique = [...new Set(paths)].sort();
  return unique.filter((path) => !unique.some((other) => other !== path && covers(other, path)));
};

export const inScope = (scope: Scope, unitPath: string): boolean =>
  scope === 'all' || scope.some((path) => covers(path, unitPath));

/** The principal used when authentication is off, and by the service's own jobs. */
export const unrestricted = (id: string, authenticatedBy: Principal['authenticatedBy']): Principal => ({
  id,
  authenticatedBy,
  grants: [{ role: 'ADMIN', unitId: null, unitPath: WHOLE_REGISTER }],
});
