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

@Injectable()
export class ActivityFeedQueries {
  constructor(private readonly readModels: ReadModels) {}

  /** Newest first by log position; the cursor is the last entry's position key. */
  async page({ unit, includeDescendants, types, size, after }: FeedPage): Promise<Connection<ActivityFeedItemType>> {
    const rows = await this.readModels.select<EntryRow>(activityFeedProjection, 'entries', (q) => {
      let query = includeDescendants ? q.where(inSubtree('unitPath', unit.path)) : q.where('unitId', '=', unit.id);
      if (types.length > 0) query = query.where('type', 'in', [...types]);
      return keysetPage(query, ['positionKey'], after, 'desc').limit(size + 1);
    });
    return toConnection(rows, size, ActivityFeedItemType.of, (row) => [row.positionKey]);
  }
}
