import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { type Connection, toConnection } from '../../infrastructure/graphql/connection.graphql';
import { requestLoader } from '../../infrastructure/graphql/request-loaders';
import { ReadModels } from '../runner/read-models';
import { keysetPage } from '../shared/keyset.sql';
import { inSubtree } from '../shared/subtree.sql';
import { MemberType } from './members.graphql';
import { type MemberRow, type MemberStatus, membersProjection } from './members.projection';

const CHUNK = 500;

export interface MemberPage {
  /** The unit itself, by id, or its whole subtree by path. */
  readonly unit: { readonly id: string; readonly path: string };
  readonly includeDescendants: boolean;
  readonly status: MemberStatus | null;
  readonly size: number;
  readonly after: readonly string[] | null;
}

/** Reads of the members read model, for its resolver and for other read models' `member` fields. */
@Injectable()
export class MembersQueries {
  constructor(private readonly readModels: ReadModels) {}

  /** Members in the order of `ids`; null where no member has that id. */
  async byIds(ids: readonly string[]): Promise<Array<MemberType | null>> {
    const found = new Map<string, MemberType>();
    for (let start = 0; start < ids.length; start += CHUNK) {
      const chunk = [...new Set(ids.slice(start, start + CHUNK))];
      const rows = await this.readModels.select<MemberRow>(membersProjection, 'members', (q) => q.where('id', 'in', chunk));
      for (const row of rows) found.set(row.id, MemberType.of(row));
    }
    return ids.map((id) => found.get(id) ?? null);
  }

  /** One request's batched `member` lookups. */
  loader(context: object): DataLoader<string, MemberType | null> {
    return requestLoader<string, MemberType | null>(context, 'members.byId', (ids) => this.byIds(ids));
  }

  /** The unit's own members first, then each descendant unit's, in path order; by id within a unit. */
  async page({ unit, includeDescendants, status, size, after }: MemberPage): Promise<Connection<MemberType>> {
    const rows = await this.readModels.select<MemberRow>(membersProjection, 'members', (q) => {
      let query = includeDescendants ? q.where(inSubtree('unitPath', unit.path)) : q.where('unitId', '=', unit.id);
      if (status) query = query.where('status', '=', status);
      return keysetPage(query, ['unitPath', 'id'], after, 'asc').limit(size + 1);
    });
    return toConnection(rows, size, MemberType.of, (row) => [row.unitPath, row.id]);
  }
}
