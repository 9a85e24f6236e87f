import { Injectable } from '@nestjs/common';
import type { Scope } from '../../infrastructure/auth/access';
import type { ResolutionStatus } from '../../events/resolutions.events';
import { ReadModels } from '../runner/read-models';
import { booleanValue } from '../shared/boolean.sql';
import { withinDays } from '../shared/day-range.sql';
import { keysetPage } from '../shared/keyset.sql';
import { inSubtree } from '../shared/subtree.sql';
import { unitPathOrNotFound } from '../shared/unit-path';
import { RESOLUTIONS, type ResolutionRow, resolutionsProjection, UNITS } from './resolutions.projection';

export interface ResolutionsQuery {
  readonly unitId: string;
  /** The caller's read scope: a unit outside it is unknown. */
  readonly scope: Scope;
  readonly includeDescendants: boolean;
  readonly status?: ResolutionStatus | null;
  readonly includeRescinded: boolean;
  readonly from?: string | null;
  readonly to?: string | null;
  /** Rows to fetch: a page's size plus one, to know whether another page follows. */
  readonly limit: number;
  /** The previous page's last key: [adoptedOn, id]. */
  readonly after: readonly string[] | null;
}

/** The resolutions read model's queries: its own tables only. */
@Injectable()
export class ResolutionsReader {
  constructor(private readonly readModels: ReadModels) {}

  async byIds(ids: readonly string[]): Promise<ResolutionRow[]> {
    if (ids.length === 0) return [];
    return this.readModels.select<ResolutionRow>(resolutionsProjection, RESOLUTIONS, (query) => query.where('id', 'in', [...ids]));
  }

  /** Each meeting's resolutions in adoption order (day, then id), in one query for all the meetings. */
  async byMeetingIds(meetingIds: readonly string[]): Promise<ResolutionRow[][]> {
    const unique = [...new Set(meetingIds)];
    const rows =
      unique.length === 0
        ? []
        : await this.readModels.select<ResolutionRow>(resolutionsProjection, RESOLUTIONS, (query) =>
            query.where('meetingId', 'in', unique).orderBy('adoptedOn').orderBy('id'),
          );
    return meetingIds.map((meetingId) => rows.filter((row) => row.meetingId === meetingId));
  }

  /** Newest first: adoptedOn, then id, both descending. */
  async list(query: ResolutionsQuery): Promise<ResolutionRow[]> {
    const path = await unitPathOrNotFound(this.readModels, resolutionsProjection, UNITS, query.unitId, query.scope);
    const { dialect } = this.readModels;
    return this.readModels.select<ResolutionRow>(resolutionsProjection, RESOLUTIONS, (select) => {
      let filtered = withinDays(select.where(inSubtree('unitPath', path, query.includeDescendants)), 'adoptedOn', query.from, query.to);
      if (query.status) filtered = filtered.where('status', '=', query.status);
      if (!query.includeRescinded) filtered = filtered.where('rescinded', '=', booleanValue(dialect, false));
      return keysetPage(filtered, ['adoptedOn', 'id'], query.after, 'desc').limit(query.limit);
    });
  }
}
