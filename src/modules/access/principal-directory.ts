import { Inject, Injectable } from '@nestjs/common';
import { apiKeyStreamId, principalStreamId, streamCategory } from '../../events/stream-ids';
import { upcast } from '../../events/upcasting';
import { EVENT_STORE, type EventStore } from '../../infrastructure/event-store/event-store.port';
import { loadStream } from '../shared-kernel/stream-loader';
import { AccessCache, type AccessReads } from './access-cache';
import { apiKeyState, type ApiKeyState } from './api-key.state';
import { principalState, type GrantFact } from './principal.state';

/** An API key as an administrator sees it: never its secret or hash. */
export interface ApiKeySummary {
  readonly keyId: string;
  readonly label: string;
  readonly issuedAt: string;
  readonly revokedAt: string | null;
}

const PAGE = 500;
const API_KEY_CATEGORY = streamCategory(apiKeyStreamId('x'));

/**
 * Reads grants and keys straight from their streams, never from a read model: a
 * grant or revocation must count from the very next request.
 */
@Injectable()
export class PrincipalDirectory {
  private readonly cache: AccessCache;

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {
    this.cache = new AccessCache(store, { grantsOf: (principalId) => this.grantsOf(principalId), apiKey: (keyId) => this.apiKey(keyId) });
  }

  /** Keys and grants for authenticating a request arriving now: kept between requests, checked against the log's head. */
  forRequest(): Promise<AccessReads> {
    return this.cache.current();
  }

  async grantsOf(principalId: string): Promise<readonly GrantFact[]> {
    return (await loadStream(this.store, principalStreamId(principalId), principalState)).state.grants;
  }

  async apiKey(keyId: string): Promise<ApiKeyState> {
    return (await loadStream(this.store, apiKeyStreamId(keyId), apiKeyState)).state;
  }

  /** The principal's keys, oldest first: one pass over the key streams, which the stores index by category. */
  async keysOf(principalId: string): Promise<readonly ApiKeySummary[]> {
    const keys = new Map<string, ApiKeySummary>();
    for await (const recorded of this.scan({ categories: [API_KEY_CATEGORY] })) {
      const event = upcast(recorded);
      if (event?.type === 'ApiKeyIssued' && event.data.principalId === principalId) {
        const { keyId, label } = event.data;
        keys.set(keyId, { keyId, label, issuedAt: recorded.metadata.occurredAt, revokedAt: null });
      } else if (event?.type === 'ApiKeyRevoked') {
        const issued = keys.get(event.data.keyId);
        if (issued) keys.set(issued.keyId, { ...issued, revokedAt: recorded.metadata.occurredAt });
      }
    }
    return [...keys.values()];
  }

  /** True once any key was ever issued, revoked or not: the register then has an administrator. */
  async anyApiKeyIssued(): Promise<boolean> {
    for await (const _event of this.scan({ types: ['ApiKeyIssued'] })) return true;
    return false;
  }

  private async *scan(filter: { types?: string[]; categories?: string[] }) {
    let after: string | null = null;
    for (;;) {
      const page = await this.store.readAll({ after, limit: PAGE, filter });
      yield* page.events;
      if (page.isEnd || page.nextCursor === null) return;
      after = page.nextCursor;
    }
  }
}
