import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { requestLoader } from '../../infrastructure/graphql/request-loaders';
import { DomainError } from '../../modules/shared-kernel/domain-error';
import { ReadModels } from '../runner/read-models';
import { MEETINGS, type MeetingRow, meetingsProjection, UNITS, type UnitPathRow } from './meetings.projection';
import { newestFirst, withinDays, withinUnit } from './read-queries';

export interface MeetingsQuery {
  readonly unitId: string;
  readonly includeDescendants: boolean;
  readonly from?: string | null;
  readonly to?: string | null;
  /** Rows to fetch: a page's size plus one, to know whether another page follows. */
  readonly limit: number;
  readonly after: readonly [heldOn: string, id: string] | null;
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
    const path = await this.unitPath(query.unitId);
    const { dialect } = this.readModels;
    return this.readModels.select<MeetingRow>(meetingsProjection, MEETINGS, (select) => {
      const inScope = withinDays(select.where(withinUnit('unitPath', path, query.includeDescendants, dialect)), 'heldOn', query.from, query.to);
      return newestFirst(inScope, 'heldOn', query.after, dialect).limit(query.limit);
    });
  }

  private async unitPath(unitId: string): Promise<string> {
    const [unit] = await this.readModels.select<UnitPathRow>(meetingsProjection, UNITS, (query) => query.where('id', '=', unitId));
    if (!unit) throw new DomainError('ORG_UNIT.NOT_FOUND', `Org unit ${unitId} is not established`, 'unitId', { unitId });
    return unit.path;
  }
}
