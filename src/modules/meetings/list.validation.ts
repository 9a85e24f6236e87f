import { validationError } from '../shared-kernel/domain-error';

/** A list bounded in size, each entry checked under its own indexed field (`attendees.2`). */
export const boundedList = <T>(
  value: unknown,
  field: string,
  max: number,
  entry: (value: unknown, field: string) => T,
): readonly T[] => {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw validationError(field, 'must be a list');
  if (value.length > max) throw validationError(field, `must list at most ${max} entries`);
  return value.map((item, index) => entry(item, `${field}.${index}`));
};
