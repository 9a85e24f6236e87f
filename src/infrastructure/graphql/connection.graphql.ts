import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import { validationError } from '../../modules/shared-kernel/domain-error';

@ObjectType('PageInfo')
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;
  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount?: number;
}

/** A Relay connection type `<Name>Connection` with its `<Name>Edge`. */
export const connectionOf = <T>(node: Type<T>, name: string): Type<Connection<T>> => {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => node)
    node!: T;
    @Field(() => String)
    cursor!: string;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [EdgeType])
    edges!: EdgeType[];
    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return ConnectionType as Type<Connection<T>>;
};

export const MAX_PAGE_SIZE = 100;
/** The page a list gives when `first` is left out. */
export const DEFAULT_PAGE_SIZE = 20;

/** `first` within 1..100; the typed error names the argument. A larger page is refused, never cut down quietly. */
export const pageSize = (first: number | null | undefined, fallback = DEFAULT_PAGE_SIZE): number => {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) throw validationError('first', `must be between 1 and ${MAX_PAGE_SIZE}`);
  return size;
};

/** Cursors are opaque to clients: the sort key of the last row, base64url JSON. */
export const encodeCursor = (key: readonly unknown[]): string => Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');

export const decodeCursor = (cursor: string | null | undefined, field = 'after'): unknown[] | null => {
  if (cursor === null || cursor === undefined) return null;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key)) return key;
  } catch {
    // fall through to the typed error
  }
  throw validationError(field, 'is not a cursor this list gave out');
};

/** Builds a page from rows fetched with limit `size + 1`, so hasNextPage needs no count query. */
export const toConnection = <R, T>(rows: readonly R[], size: number, node: (row: R) => T, key: (row: R) => readonly unknown[]): Connection<T> => {
  const page = rows.slice(0, size);
  const edges = page.map((row) => ({ node: node(row), cursor: encodeCursor(key(row)) }));
  return { edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges[edges.length - 1]?.cursor ?? null } };
};
