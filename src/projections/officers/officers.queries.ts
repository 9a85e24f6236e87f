import { Injectable } from '@nestjs/common';
import { POSITIONS } from '../../events/org-units.events';
import { ReadModels } from '../runner/read-models';
import { booleanValue } from '../shared/boolean.sql';
import { OfficerType } from './officers.graphql';
import { officersProjection, type TermRow } from './officers.projection';

/** Senior positions first, as the contract lists them; then the longest-serving. */
const byRank = (a: TermRow, b: TermRow): number =>
  POSITIONS.indexOf(a.position) - POSITIONS.indexOf(b.position) || a.termStart.localeCompare(b.termStart) || a.id.localeCompare(b.id);

/** The latest terms first. */
const byStartDescending = (a: TermRow, b: TermRow): number => b.termStart.localeCompare(a.termStart) || byRank(a, b);

@Injectable()
export class OfficersQueries {
  constructor(private readonly readModels: ReadModels) {}

  /** The current holders of each unit's positions, in the order of `unitIds`. */
  async currentOf(unitIds: readonly string[]): Promise<OfficerType[][]> {
    const current = booleanValue(this.readModels.dialect, true);
    const rows = await this.readModels.select<TermRow>(officersProjection, 'terms', (q) => q.where('unitId', 'in', [...unitIds]).where('current', '=', current));
    return group(unitIds, rows.sort(byRank));
  }

  /** Every term of each unit, current and past, the latest first. */
  async historyOf(unitIds: readonly string[]): Promise<OfficerType[][]> {
    const rows = await this.readModels.select<TermRow>(officersProjection, 'terms', (q) => q.where('unitId', 'in', [...unitIds]));
    return group(unitIds, rows.sort(byStartDescending));
  }
}

const group = (unitIds: readonly string[], rows: readonly TermRow[]): OfficerType[][] =>
  unitIds.map((unitId) => rows.filter((row) => row.unitId === unitId).map(OfficerType.of));
