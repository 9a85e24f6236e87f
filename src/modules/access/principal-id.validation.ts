import { PRINCIPAL_ID } from '../../events/access.events';
import { validationError } from '../shared-kernel/domain-error';

/** Principal ids are chosen by people and identity providers, so they are checked wherever they come in. */
export const principalId = (value: unknown, field: string): string => {
  if (typeof value !== 'string' || !PRINCIPAL_ID.test(value)) {
    throw validationError(field, 'must be 1 to 100 letters, digits or . _ @ : + -');
  }
  return value;
};
