import { Injectable } from '@nestjs/common';
import { type Connection, toConnection } from '../../infrastructure/graphql/connection.graphql';
import { ReadModels } from '../runner/read-models';
import { keysetPage } from '../shared/keyset.sql';
import { inSubtree } from '../shared/subtree.sql';
import { ActivityFeedItemType } from './activity-feed.graphql';
import type { ActivityType } from './activity-feed.item';
import { activityFeedProjection, type EntryRow } from './activity-feed.projection';

export interface FeedPage {
  readonly unit: { readonly id: string; readonly path: string };
  readonly includeDescendants: boolean;
  /** Empty: every type. */
  readonly types: readonly ActivityType[];
  readonly size: number;
  readonly after: readonly string[] | null;
}

/**
 * About how many of the newest entries a subtree's page looks through before it
 * asks the path index instead. A subtree holding more than one entry in ~65 of
 * the newest finds its page among them (a region, the party); a sparser one (a
 * commune) is small enough that sorting its own entries is cheap.
 */
const NEWEST_SCAN = 2_000;

@Injectable()
export class ActivityFeedQueries {
  constructor(private readonly readModels: ReadModels) {}

  /** Newest first by log position; the cursor is the last entry's position key. */
  async page(page: FeedPage): Promise<Connection<ActivityFeedItemType>> {
    const rows = (page.includeDescendants ? await this.amongNewest(page) : null) ?? (await this.byPath(page));
    return toConnection(rows, page.size, ActivityFeedItemType.of, (row) => [row.positionKey]);
  }

  /**
   * A subtree's page found by walking the log order down from the cursor: on the
   * path index, the database would gather and sort the whole subtree first, which
   * grows with the register. Null when the subtree is too sparse among the newest.
   */
  private async amongNewest({ unit, types, size, after }: FeedPage): Promise<EntryRow[] | null> {
    const { db } = this.readModels;
    const table = await this.readModels.table(activityFeedProjection, 'entries');
    const keys: string[] = [];
    let from = after;
    let exhausted = false;
    // Steps growing fourfold: a busy subtree is done after the first, a sparse one gives up after some NEWEST_SCAN entries.
    for (let scanned = 0, step = 4 * (size + 1); keys.length <= size && !exhausted && scanned < NEWEST_SCAN; scanned += step, step *= 4) {
      let newest = db.selectFrom(table).select(['positionKey', 'unitPath']);
      if (types.length > 0) newest = newest.where('type', 'in', [...types]);
      const rows = (await keysetPage(newest, ['positionKey'], from, 'desc').limit(step).execute()) as Array<{ positionKey: string; unitPath: string }>;
      for (const row of rows) if (row.unitPath === unit.path || row.unitPath.startsWith(`${unit.path}/`)) keys.push(row.positionKey);
      exhausted = rows.length < step;
      if (!exhausted) from = [rows[rows.length - 1]!.positionKey];
    }
    if (keys.length <= size && !exhausted) return null;
    if (keys.length === 0) return [];
    return this.readModels.select<EntryRow>(activityFeedProjection, 'entries', (q) => q.where('positionKey', 'in', keys.slice(0, size + 1)).orderBy('positionKey', 'desc'));
  }

  private async byPath({ unit, includeDescendants, types, size, after }: FeedPage): Promise<EntryRow[]> {
    return this.readModels.select<EntryRow>(activityFeedProjection, 'entries', (q) => {
      let query = includeDescendants ? q.where(inSubtree('unitPath', unit.path)) : q.where('unitId', '=', unit.id);
      if (types.length > 0) query = query.where('type', 'in', [...types]);
      return keysetPage(query, ['positionKey'], after, 'desc').limit(size + 1);
    });
  }
}
