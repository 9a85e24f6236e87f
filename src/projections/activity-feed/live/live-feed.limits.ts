import type { ConfigService } from '@nestjs/config';
import type { SijillConfig } from '../../../infrastructure/config/config.schema';

/** How much a live feed may hold back for one subscriber, and replay for one resume. */
export class LiveFeedLimits {
  constructor(
    readonly bufferPerSubscriber: number,
    readonly maxReplay: number,
  ) {}

  static fromConfig(config: ConfigService<SijillConfig, true>): LiveFeedLimits {
    return new LiveFeedLimits(config.get('SIJILL_FEED_BUFFER', { infer: true }), config.get('SIJILL_FEED_MAX_REPLAY', { infer: true }));
  }
}
