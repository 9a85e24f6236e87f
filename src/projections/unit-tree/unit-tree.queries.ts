import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import type { Scope } from '../../infrastructure/auth/access';
import { requestLoader } from '../../infrastructure/graphql/request-loaders';
import { ReadModels } from '../runner/read-models';
import { inScopeOf } from '../shared/subtree.sql';
import { OrgUnitType } from './unit-tree.graphql';
import { type UnitRow, unitTreeProjection } from './unit-tree.projection';

const CHUNK = 500;

/**
 * Reads of the unit tree, for this module's resolvers and for other read models
 * that resolve a `unit` field: they go through here, never through the tables.
 */
@Injectable()
export class UnitTreeQueries {
  constructor(private readonly readModels: ReadModels) {}

  /** Units in the order of `ids`; null where no unit has that id. */
  async byIds(ids: readonly string[]): Promise<Array<OrgUnitType | null>> {
    const found = new Map<string, OrgUnitType>();
    for (let start = 0; start < ids.length; start += CHUNK) {
      const chunk = [...new Set(ids.slice(start, start + CHUNK))];
      const rows = await this.readModels.select<UnitRow>(unitTreeProjection, 'units', (q) => q.where('id', 'in', chunk));
      for (const row of rows) found.set(row.id, OrgUnitType.of(row));
    }
    return ids.map((id) => found.get(id) ?? null);
  }

  async byId(id: string): Promise<OrgUnitType | null> {
    return (await this.byIds([id]))[0] ?? null;
  }

  /** One request's batched `unit` lookups: a list of N items costs one query. */
  loader(context: object): DataLoader<string, OrgUnitType | null> {
    return requestLoader<string, OrgUnitType | null>(context, 'unit-tree.byId', (ids) => this.byIds(ids));
  }

  /** The children of each parent, in path order; the root units for a null parent. */
  async childrenOf(parentIds: ReadonlyArray<string | null>): Promise<OrgUnitType[][]> {
    const ids = [...new Set(parentIds.filter((id): id is string => id !== null))];
    const rows = [
      ...(ids.length > 0 ? await this.ordered((q) => q.where('parentId', 'in', ids)) : []),
      ...(parentIds.includes(null) ? await this.ordered((q) => q.where('parentId', 'is', null)) : []),
    ];
    return parentIds.map((parentId) => rows.filter((row) => row.parentId === parentId).map(OrgUnitType.of));
  }

  /** Units recorded with this territory code within `scope`, in path order; under one parent when `parentId` is given. */
  async byTerritoryCode(code: string, parentId: string | null, scope: Scope): Promise<OrgUnitType[]> {
    const rows = await this.ordered((q) => {
      const coded = q.where('territoryCode', '=', code).where(inScopeOf('path', scope));
      return parentId === null ? coded : coded.where('parentId', '=', parentId);
    });
    return rows.map(OrgUnitType.of);
  }

  /** The units at these paths, in path order; a path no unit has is left out. */
  async byPaths(paths: readonly string[]): Promise<OrgUnitType[]> {
    if (paths.length === 0) return [];
    return (await this.ordered((q) => q.where('path', 'in', [...paths]))).map(OrgUnitType.of);
  }

  private ordered(where: Parameters<ReadModels['select']>[2] & {}): Promise<UnitRow[]> {
    return this.readModels.select<UnitRow>(unitTreeProjection, 'units', (q) => where(q).orderBy('path'));
  }
}
