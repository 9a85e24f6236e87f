import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import { decodeCursor } from '../../infrastructure/graphql/connection.graphql';
import { validationError } from '../../modules/shared-kernel/domain-error';
import { type ReadDialect, textColumn } from './unit-path.sql';

/** The text sort key an `after` cursor carries, checked to be one this list gave out. */
export const cursorKey = (after: string | null | undefined, length: number): string[] | null => {
  const key = decodeCursor(after);
  if (key === null) return null;
  if (key.length !== length || key.some((part) => typeof part !== 'string')) throw validationError('after', 'is not a cursor this list gave out');
  return key as string[];
};

/**
 * Rows strictly after `key` in the order of `columns` (all text, all one direction):
 * `(a > x) OR (a = x AND b > y) …`. Keyset paging stays cheap on deep pages and stable while rows arrive.
 */
export const afterKey =
  (dialect: ReadDialect, columns: readonly string[], key: readonly string[], direction: 'asc' | 'desc') =>
  (eb: ExpressionBuilder<any, any>): Expression<SqlBool> => {
    const beyond = direction === 'asc' ? '>' : '<';
    return eb.or(
      columns.map((column, index) =>
        eb.and([
          ...columns.slice(0, index).map((equal, j) => eb(textColumn(dialect, equal), '=', key[j]!)),
          eb(textColumn(dialect, column), beyond, key[index]!),
        ]),
      ),
    );
  };
