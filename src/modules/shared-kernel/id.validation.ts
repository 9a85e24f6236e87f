import { validationError } from './domain-error';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Unit ids become path segments (`/pam/fes-meknes`), so they are readable slugs. */
export const unitId = (value: unknown, field: string): string => {
  if (typeof value !== 'string' || value.length > 64 || !SLUG.test(value)) {
    throw validationError(field, 'must be a lowercase slug of letters, digits and single hyphens (at most 64)');
  }
  return value;
};

/** Other entity ids: a UUID or a slug, so imported registers can keep their own references. */
export const entityId = (value: unknown, field: string): string => {
  if (typeof value !== 'string' || value.length > 64 || !(UUID.test(value) || SLUG.test(value))) {
    throw validationError(field, 'must be a lowercase UUID or slug (at most 64 characters)');
  }
  return value;
};

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw validationError(field, `must be one of ${allowed.join(', ')}`);
  }
  return value as T;
}
