import { inScope, type Scope } from '../../infrastructure/auth/access';
import { DomainError } from '../../modules/shared-kernel/domain-error';
import type { Projection } from '../runner/projection';
import type { ReadModels } from '../runner/read-models';

/** What a list scoped to a unit says when the unit is unknown, or outside the caller's read scope: the same words either way. */
export const unitNotFound = (unitId: string): DomainError =>
  new DomainError('ORG_UNIT.NOT_FOUND', `Org unit ${unitId} is not established`, 'unitId', { unitId });

/**
 * The path of `unitId` in a read model's own table of unit paths, or
 * ORG_UNIT.NOT_FOUND naming `unitId`: lists scoped to an unknown unit are an
 * error, said the same way by every read model that keeps such a table. A unit
 * outside the caller's read scope is unknown too.
 */
export const unitPathOrNotFound = async (readModels: ReadModels, projection: Projection, table: string, unitId: string, scope: Scope): Promise<string> => {
  const [unit] = await readModels.select<{ readonly id: string; readonly path: string }>(projection, table, (query) => query.where('id', '=', unitId));
  if (!unit || !inScope(scope, unit.path)) throw unitNotFound(unitId);
  return unit.path;
};
