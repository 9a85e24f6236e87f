import { Injectable } from '@nestjs/common';
import type { ResolutionStatus } from '../../events/resolutions.events';
import { DomainError } from '../../modules/shared-kernel/domain-error';
import { booleanValue, bytewise, newestFirst, withinDays, withinUnit } from '../meetings/read-queries';
import { ReadModels } from '../runner/read-models';
import { RESOLUTIONS, type ResolutionRow, resolutionsProjection, UNITS, type UnitPathRow } from './resolutions.projection';

export interface ResolutionsQuery {
  readonly unitId: string;
  readonly includeDescendants: boolean;
  readonly status?: ResolutionStatus | null;
  readonly includeRescinded: boolean;
  readonly from?: string | null;
  readonly to?: string | null;
  /** Rows to fetch: a page's size plus one, to know whether another page follows. */
  readonly limit: number;
  readonly after: readonly [adoptedOn: string, id: string] | null;
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
            query.where('meetingId', 'in', unique).orderBy('adoptedOn').orderBy(bytewise('id', this.readModels.dialect)),
          );
    return meetingIds.map((meetingId) => rows.filter((row) => row.meetingId === meetingId));
  }

  /** Newest first: adoptedOn, then id, both descending. */
  async list(query: ResolutionsQuery): Promise<ResolutionRow[]> {
    const path = await this.unitPath(query.unitId);
    const { dialect } = this.readModels;
    return this.readModels.select<ResolutionRow>(resolutionsProjection, RESOLUTIONS, (select) => {
      let filtered = withinDays(select.where(withinUnit('unitPath', path, query.includeDescendants, dialect)), 'adoptedOn', query.from, query.to);
      if (query.status) filtered = filtered.where('status', '=', query.status);
      if (!query.includeRescinded) filtered = filtered.where('rescinded', '=', booleanValue(false, dialect));
      return newestFirst(filtered, 'adoptedOn', query.after, dialect).limit(query.limit);
    });
  }

  private async unitPath(unitId: string): Promise<string> {
    const [unit] = await this.readModels.select<UnitPathRow>(resolutionsProjection, UNITS, (query) => query.where('id', '=', unitId));
    if (!unit) throw new DomainError('ORG_UNIT.NOT_FOUND', `Org unit ${unitId} is not established`, 'unitId', { unitId });
    return unit.path;
  }
}
