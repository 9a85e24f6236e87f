import { DomainError } from '../../modules/shared-kernel/domain-error';
import type { Projection } from '../runner/projection';
import type { ReadModels } from '../runner/read-models';

/**
 * The path of `unitId` in a read model's own table of unit paths, or
 * ORG_UNIT.NOT_FOUND naming `unitId`: lists scoped to an unknown unit are an
 * error, said the same way by every read model that keeps such a table.
 */
export const unitPathOrNotFound = async (readModels: ReadModels, projection: Projection, table: string, unitId: string): Promise<string> => {
  const [unit] = await readModels.select<{ readonly id: string; readonly path: string }>(projection, table, (query) => query.where('id', '=', unitId));
  if (!unit) throw new DomainError('ORG_UNIT.NOT_FOUND', `Org unit ${unitId} is not established`, 'unitId', { unitId });
  return unit.path;
};
