import type { SelectQueryBuilder } from 'kysely';
import { validationError } from '../../modules/shared-kernel/domain-error';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Inclusive day bounds on a 'YYYY-MM-DD' text column, either bound optional.
 * Such days sort as text in calendar order, so plain comparisons suffice; a
 * bound in another shape would not, hence the typed error naming the argument.
 */
export const withinDays = <Q extends SelectQueryBuilder<any, any, any>>(query: Q, column: string, from: string | null | undefined, to: string | null | undefined): Q => {
  let bounded = query;
  for (const [field, value] of [['from', from], ['to', to]] as const) {
    if (value !== null && value !== undefined && !LOCAL_DATE.test(value)) throw validationError(field, 'must be a date, YYYY-MM-DD');
  }
  if (from) bounded = bounded.where(column, '>=', from) as Q;
  if (to) bounded = bounded.where(column, '<=', to) as Q;
  return bounded;
};
