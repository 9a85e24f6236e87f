import { may, scopeOf, type Scope } from '../../infrastructure/auth/access';
import type { RequestContext } from '../../infrastructure/graphql/request-context';
import { forbidden } from '../../modules/shared-kernel/domain-error';

/**
 * The read side's questions about the caller, all pure. A unit outside the read
 * scope does not exist for the caller: lookups answer null, lists scoped to it
 * answer as for an unknown unit, and nothing says it was withheld. Within a
 * visible unit everything below is visible too (grants cover subtrees), so lists
 * under a visible unit need no further filtering.
 */
export const mayRead = (context: RequestContext, unitPath: string): boolean => may(context.principal, 'read', unitPath);

/** Members' names, honorifics, notes and reasons, where the member is registered. */
export const mayReadPersonal = (context: RequestContext, unitPath: string): boolean => may(context.principal, 'readPersonal', unitPath);

export const readScopeOf = (context: RequestContext): Scope => scopeOf(context.principal, 'read');

/** The entity when the caller may read where it lives, else null. */
export const visible = <T>(context: RequestContext, entity: T | null | undefined, pathOf: (entity: T) => string): T | null =>
  entity !== null && entity !== undefined && mayRead(context, pathOf(entity)) ? entity : null;

export const visibleUnit = <T extends { readonly path: string }>(context: RequestContext, unit: T | null | undefined): T | null =>
  visible(context, unit, (found) => found.path);

/** Members, meetings, resolutions, officers, feed items and search hits all say where they live as `unitPath`. */
export const visibleEntity = <T extends { readonly unitPath: string }>(context: RequestContext, entity: T | null | undefined): T | null =>
  visible(context, entity, (found) => found.unitPath);

/**
 * History, time travel and evidence need 'audit' where they look. Callers first
 * make sure the unit is visible (else they answer as for an unknown one): a caller
 * that can see the unit learns nothing new from being refused.
 */
export const assertMayAudit = (context: RequestContext, unitPath: string, what: string): void => {
  if (!may(context.principal, 'audit', unitPath)) throw forbidden(`${what} needs the audit role over ${unitPath}`);
};
