import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { ReadModels } from '../runner/read-models';
import { booleanValue } from '../shared/boolean.sql';
import { withinDays } from '../shared/day-range.sql';
import { keysetPage } from '../shared/keyset.sql';
import { inSubtree } from '../shared/subtree.sql';
import { type DayRange, type Granularity, monthSplit } from './activity.periods';
import { activityProjection } from './activity.projection';
import { type EvidenceRow, type Figure, FIGURES, type Figures, noFigures, type UnitRow } from './activity.tables';

/** Whose figures: a unit alone, or with its whole subtree. */
export interface Scope extends DayRange {
  readonly path: string;
  readonly includeDescendants: boolean;
}

export interface DayFigures extends Figures {
  readonly day: string;
}

/** One event behind a figure, once per day even when it stands behind several subjects (a correction moving five resolutions). */
export type CitedEvent = Pick<EvidenceRow, 'day' | 'eventId' | 'streamId' | 'revision'>;

const BRANCHES_PER_STATEMENT = 100;

const sums = FIGURES.map((figure) => sql<string | number>`COALESCE(SUM(${sql.ref(figure)}), 0)`.as(figure));

// PostgreSQL returns SUM(integer) as bigint, which the driver hands over as text.
const figuresOf = (raw: Record<string, unknown>): Figures => {
  const figures = noFigures();
  for (const figure of FIGURES) figures[figure] = Number(raw[figure] ?? 0);
  return figures;
};

/**
 * The rows of a scope's days: the subtree buckets at its path (one per day, the
 * whole subtree summed), or the unit's own day buckets. Either way the cost
 * follows the days in range, never the number of events or of units below.
 */
const scopeDays = async (readModels: ReadModels, scope: Scope) => {
  const { db } = readModels;
  const query = scope.includeDescendants
    ? db.selectFrom(await readModels.table(activityProjection, 'subtree_days')).where('path', '=', scope.path)
    : db.selectFrom(await readModels.table(activityProjection, 'days')).where('unitPath', '=', scope.path);
  return withinDays(query, 'day', scope.from, scope.to);
};

/** SUMs over the day buckets: cost follows the buckets in range, never the number of events. */
@Injectable()
export class ActivityReader {
  constructor(private readonly readModels: ReadModels) {}

  /** One total per scope, in UNION ALL statements whose branches (up to three a scope) each use the indexes (SQLite allows 500 branches; we stay below). */
  async summaries(scopes: readonly Scope[]): Promise<Figures[]> {
    const totals: Figures[] = [];
    for (let start = 0; start < scopes.length; start += BRANCHES_PER_STATEMENT) {
      totals.push(...(await this.summariesAtOnce(scopes.slice(start, start + BRANCHES_PER_STATEMENT))));
    }
    return totals;
  }

  /** A subtree's whole months come from its month buckets and only the ragged ends from day buckets: a year is 12 rows, not 365. */
  private async summariesAtOnce(scopes: readonly Scope[]): Promise<Figures[]> {
    if (scopes.length === 0) return [];
    const { db } = this.readModels;
    const months = await this.readModels.table(activityProjection, 'subtree_months');
    const branches = (
      await Promise.all(
        scopes.map(async (scope, index) => {
          const tag = [sql.lit(index).as('scope'), ...sums];
          if (!scope.includeDescendants) return [(await scopeDays(this.readModels, scope)).select(tag)];
          const split = monthSplit(scope);
          const ends = await Promise.all(split.days.map(async (days) => (await scopeDays(this.readModels, { ...scope, ...days })).select(tag)));
          if (!split.months) return ends;
          const whole = db.selectFrom(months).where('path', '=', scope.path).where('month', '>=', split.months.from).where('month', '<=', split.months.to).select(tag);
          return [whole, ...ends];
        }),
      )
    ).flat();
    const [first, ...rest] = branches;
    const query = rest.reduce((union, next) => union.unionAll(next), first!);
    const totals = scopes.map(noFigures);
    for (const raw of (await query.execute()) as Record<string, unknown>[]) {
      const total = totals[Number(raw.scope)]!;
      const part = figuresOf(raw);
      for (const figure of FIGURES) total[figure] += part[figure];
    }
    return totals;
  }

  /**
   * Per-day totals of one scope, only for days with a bucket; callers fold them into
   * periods. For a subtree and periods of whole months (MONTH, QUARTER, YEAR) each
   * whole month comes as one total dated on its first day, read from the month buckets.
   */
  async perDay(scope: Scope, granularity?: Granularity): Promise<DayFigures[]> {
    const byDay = async (days: Scope) => {
      const rows = await (await scopeDays(this.readModels, days)).select(['day', ...sums]).groupBy('day').orderBy('day').execute();
      return rows.map((raw: Record<string, unknown>) => ({ day: String(raw.day), ...figuresOf(raw) }));
    };
    if (!scope.includeDescendants || granularity === undefined || granularity === 'DAY' || granularity === 'WEEK') return byDay(scope);
    const split = monthSplit(scope);
    const ends = (await Promise.all(split.days.map((days) => byDay({ ...scope, ...days })))).flat();
    if (!split.months) return ends;
    const months = await this.readModels.db
      .selectFrom(await this.readModels.table(activityProjection, 'subtree_months'))
      .select(['month', ...sums])
      .where('path', '=', scope.path)
      .where('month', '>=', split.months.from)
      .where('month', '<=', split.months.to)
      .groupBy('month')
      .execute();
    const whole = months.map((raw: Record<string, unknown>) => ({ day: `${String(raw.month)}-01`, ...figuresOf(raw) }));
    return [...ends, ...whole].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  }

  /** The events behind one figure of a scope, by day then event id; `after` is the previous page's last [day, eventId]. */
  async evidence(scope: Scope, figure: Figure, limit: number, after: readonly string[] | null): Promise<CitedEvent[]> {
    const { db, dialect } = this.readModels;
    const inScope = db
      .selectFrom(await this.readModels.table(activityProjection, 'evidence'))
      .select(['day', 'eventId', 'streamId', 'revision'])
      .distinct()
      .where('figure', '=', figure)
      .where('retired', '=', booleanValue(dialect, false))
      .where(inSubtree('unitPath', scope.path, scope.includeDescendants));
    const rows = await keysetPage(withinDays(inScope, 'day', scope.from, scope.to), ['day', 'eventId'], after, 'asc').limit(limit).execute();
    return rows.map((raw: Record<string, unknown>) => ({ day: String(raw.day), eventId: String(raw.eventId), streamId: String(raw.streamId), revision: Number(raw.revision) }));
  }

  async unit(unitId: string): Promise<UnitRow | null> {
    const [unit] = await this.readModels.select<UnitRow>(activityProjection, 'units', (query) => query.where('id', '=', unitId));
    return unit ?? null;
  }

  async children(parentId: string): Promise<UnitRow[]> {
    return this.readModels.select<UnitRow>(activityProjection, 'units', (query) => query.where('parentId', '=', parentId).orderBy('path'));
  }
}
