import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Clock } from '../../clock/clock';
import type { SijillConfig } from '../../config/config.schema';
import { EVENT_STORE, type EventStore } from '../event-store.port';
import { takeAnchor } from './anchor-writer';

export const ANCHOR_CHECK_MS = 30_000;

/**
 * Takes a log anchor whenever SIJILL_ANCHOR_EVERY events came since the last.
 * Several instances may run it: the anchor stream's expected revision lets one
 * of them write and the others find the ground covered. A failure is logged and
 * tried again on the next tick; it never touches the write side.
 */
@Injectable()
export class AnchorScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(AnchorScheduler.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
    private readonly config: ConfigService<SijillConfig, true>,
  ) {}

  onApplicationBootstrap(): void {
    const every = this.config.get('SIJILL_ANCHOR_EVERY', { infer: true });
    if (!every) return;
    this.timer = setInterval(() => {
      // A long first anchor over an old log may outlast a tick: never run two at once.
      this.running ??= this.tick(every).finally(() => {
        this.running = null;
      });
    }, ANCHOR_CHECK_MS);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private async tick(every: number): Promise<void> {
    try {
      const anchor = await takeAnchor(this.store, { actor: 'system:anchor-scheduler', now: this.clock.now(), minEvents: every });
      if (anchor?.data) this.logger.log(`Anchored ${anchor.data.eventCount} events up to ${anchor.data.toPosition}: ${anchor.data.anchorHash}`);
    } catch (error) {
      this.logger.warn(`No anchor taken: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
