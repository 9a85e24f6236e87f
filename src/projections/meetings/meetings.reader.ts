import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import type { Scope } from '../../infrastructure/auth/access';
import { requestLoader } from '../../infrastructure/graphql/request-loaders';
import { ReadModels } from '../runner/read-models';
import { withinDays } from '../shared/day-range.sql';
import { keysetPage } from '../shared/keyset.sql';
import { inSubtree } from '../shared/subtree.sql';
import { unitPathOrNotFound } from '../shared/unit-path';
import { MEETINGS, type MeetingRow, meetingsProjection, UNITS } from './meetings.projection';

export interface MeetingsQuery {
  readonly unitId: string;
  /** The caller's read scope: a unit outside it is unknown. */
  readonly scope: Scope;
  readonly includeDescendants: boolean;
  readonly from?: string | null;
  readonly to?: string | null;
  /** Rows to fetch: a page's size plus one, to know whether another page follows. */
  readonly limit: number;
  /** The previous page's last key: [heldOn, id]. */
  readonly after: readonly string[] | null;
}

/** The meetings read model's queries: its own tables only. */
@Injectable()
export class MeetingsReader {
  constructor(private readonly readModels: ReadModels) {}

  async byIds(ids: readonly string[]): Promise<MeetingRow[]> {
    if (ids.length === 0) return [];
    return this.readModels.select<MeetingRow>(meetingsProjection, MEETINGS, (query) => query.where('id', 'in', [...ids]));
  }

  /** One request's batched lookups by id: the `meeting` of N resolutions costs one query. */
  loader(context: object): DataLoader<string, MeetingRow | null> {
    return requestLoader<string, MeetingRow | null>(context, 'meetings.byId', async (ids) => {
      const found = new Map((await this.byIds([...new Set(ids)])).map((row) => [row.id, row]));
      return ids.map((id) => found.get(id) ?? null);
    });
  }

  /** Newest first: heldOn, then id, both descending. */
  async list(query: MeetingsQuery): Promise<MeetingRow[]> {
    const path = await unitPathOrNotFound(this.readModels, meetingsProjection, UNITS, query.unitId, query.scope);
    return this.readModels.select<MeetingRow>(meetingsProjection, MEETINGS, (select) => {
      const inScope = withinDays(select.where(inSubtree('unitPath', path, query.includeDescendants)), 'heldOn', query.from, query.to);
      return keysetPage(inScope, ['heldOn', 'id'], query.after, 'desc').limit(query.limit);
    });
  }
}
