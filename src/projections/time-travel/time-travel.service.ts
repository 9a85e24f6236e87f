import { type BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '../../infrastructure/event-store/event-store.port';
import { PersonalData } from '../../infrastructure/privacy/personal-data';
import { type Bound, exactlyOne, positionBound, recordedAtBound } from './as-of.bound';
import type { AsOfInput } from './as-of.input';
import type { PointInTime } from './point-in-time';
import { TemporaryReadModel } from './temporary-read-model';

/** Past points kept built; each is a temporary SQLite file, so a few cost disk, not memory. */
export const POINTS_KEPT = 4;
/** An evicted point stays readable this long after its last use, for the resolvers still reading it. */
export const RETIRE_AFTER_IDLE_MS = 10_000;
const BOUNDS_KEPT = 64;

/**
 * Answers `asOf` queries from read models replayed up to the asked point. Points are
 * kept in a small LRU cache; concurrent asks for one point share its build; builds run
 * one at a time; an evicted point's file is deleted once no resolver has used it for a
 * while, and every file is deleted on shutdown.
 */
@Injectable()
export class TimeTravel implements BeforeApplicationShutdown {
  private readonly logger = new Logger(TimeTravel.name);
  private readonly points = new Map<string, Promise<TemporaryReadModel>>();
  private readonly retired = new Set<TemporaryReadModel>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly bounds = new Map<string, string | null>();
  private readonly abort = new AbortController();
  private builds: Promise<unknown> = Promise.resolve();
  private capacity = POINTS_KEPT;
  private retireAfterIdleMs = RETIRE_AFTER_IDLE_MS;

  /** The vault's erasure mark when the kept points were built: a point built before an erasure shows what it erased. */
  private erasureMark: string | null = null;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly personalData: PersonalData,
  ) {}

  /** For tests that want eviction without building many points, or without waiting. */
  keepAtMost(points: number, retireAfterIdleMs = RETIRE_AFTER_IDLE_MS): void {
    this.capacity = points;
    this.retireAfterIdleMs = retireAfterIdleMs;
    this.evictBeyondCapacity();
  }

  /** The read models as they stood at `asOf`, or null when the log held nothing yet. */
  async at(asOf: AsOfInput): Promise<PointInTime | null> {
    const position = await this.boundOf(asOf);
    if (position === null) return null;
    await this.forgetPointsBeforeErasure();
    return this.point(position);
  }

  /** The positions currently kept, most recently used last. */
  keptPositions(): string[] {
    return [...this.points.keys()];
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.abort.abort();
    for (const timer of this.timers) clearTimeout(timer);
    const built = await Promise.allSettled([...this.points.values()]);
    this.points.clear();
    const models = [...built.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : [])), ...this.retired];
    this.retired.clear();
    await Promise.all(models.map((model) => model.dispose()));
  }

  private async forgetPointsBeforeErasure(): Promise<void> {
    const mark = await this.personalData.vault.erasureMark();
    if (this.erasureMark !== null && mark !== this.erasureMark) {
      for (const [position, kept] of [...this.points]) {
        this.points.delete(position);
        kept.then((model) => this.retire(model), () => undefined);
      }
    }
    this.erasureMark = mark;
  }

  private async boundOf(asOf: AsOfInput): Promise<string | null> {
    const point = exactlyOne(asOf);
    if ('position' in point) return (await positionBound(this.store, point.position)).position;
    if (this.bounds.has(point.recordedAt)) return this.bounds.get(point.recordedAt)!;
    const bound: Bound = await recordedAtBound(this.store, point.recordedAt);
    if (bound.settled) {
      this.bounds.set(point.recordedAt, bound.position);
      if (this.bounds.size > BOUNDS_KEPT) this.bounds.delete(this.bounds.keys().next().value!);
    }
    return bound.position;
  }

  private point(position: string): Promise<TemporaryReadModel> {
    const kept = this.points.get(position);
    if (kept) {
      this.points.delete(position);
      this.points.set(position, kept);
      return kept;
    }
    const building = this.build(position);
    this.points.set(position, building);
    // A failed build is not kept: the next ask tries again.
    building.catch(() => this.points.get(position) === building && this.points.delete(position));
    this.evictBeyondCapacity();
    return building;
  }

  private build(position: string): Promise<TemporaryReadModel> {
    const started = this.builds.then(() => {
      if (this.abort.signal.aborted) throw new Error('Shutting down');
      return TemporaryReadModel.build(this.store, position, {
        signal: this.abort.signal,
        open: (events) => this.personalData.open(events),
        onIssue: (name, issue) => this.logger.warn(`as of ${position}, ${name} could not use ${issue.eventType} ${issue.eventId}: ${issue.message}`),
      });
    });
    this.builds = started.catch(() => undefined);
    return started;
  }

  private evictBeyondCapacity(): void {
    while (this.points.size > this.capacity) {
      const [position, oldest] = this.points.entries().next().value!;
      this.points.delete(position);
      oldest.then((model) => this.retire(model), () => undefined);
    }
  }

  private retire(model: TemporaryReadModel): void {
    if (this.abort.signal.aborted) {
      void model.dispose();
      return;
    }
    this.retired.add(model);
    const check = (): void => {
      this.timers.delete(timer);
      if (model.idleMs < this.retireAfterIdleMs) {
        timer = setTimeout(check, this.retireAfterIdleMs - model.idleMs).unref();
        this.timers.add(timer);
        return;
      }
      this.retired.delete(model);
      model.dispose().catch((error: unknown) => this.logger.warn(`Could not delete ${model.path}: ${String(error)}`));
    };
    let timer = setTimeout(check, Math.max(0, this.retireAfterIdleMs - model.idleMs)).unref();
    this.timers.add(timer);
  }
}
