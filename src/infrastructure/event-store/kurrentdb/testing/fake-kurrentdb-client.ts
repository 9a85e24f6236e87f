import { randomUUID } from 'node:crypto';
import {
  ANY,
  BACKWARDS,
  END,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  StreamNotFoundError,
  WrongExpectedVersionError,
  type AllStreamResolvedEvent,
  type AppendResult,
  type AppendToStreamOptions,
  type EventData,
  type ReadAllOptions,
  type ReadStreamOptions,
  type SubscribeToAllOptions,
} from '@kurrent/kurrentdb-client';
import type { KurrentClientPort, LiveSubscription } from '../kurrentdb-client.port';
import { compareRawPositions } from '../position.mapping';
import { openFakeLive, type LivePeer } from './fake-live-subscription';
import { resolved, serverKeeps, wire, type Stored } from './fake-records';

export interface FakeOptions {
  /** Writes a system event (and another tenant's event) before every append, as a shared live server would hold. */
  readonly noise?: 'system' | 'system+tenant';
}

/**
 * An in-memory stand-in for KurrentDBClient that follows the server's documented
 * rules as this adapter relies on them: gapped 64-bit positions, forward $all
 * reads that start AT their position and backward ones before it, subscriptions
 * that start strictly after theirs, idempotency by event id only under an exact
 * expectation (ANY is never deduplicated here: the worst case of the server's
 * cache), wrong-expected-version for a stale or partly repeated batch, an append
 * result whose position is not the last event's. It is a model, not the server.
 */
export class FakeKurrentDbClient implements KurrentClientPort {
  readonly log: Stored[] = [];
  private readonly streams = new Map<string, Stored[]>();
  private readonly live = new Set<LivePeer>();
  private offset = 2n ** 60n;

  constructor(private readonly options: FakeOptions = {}) {}

  async appendToStream(name: string, events: EventData[], options: AppendToStreamOptions = {}): Promise<AppendResult> {
    await Promise.resolve();
    if (this.options.noise) this.write('$stats-fake', [{ id: randomUUID(), type: '$statsCollected', data: {}, metadata: {} }]);
    if (this.options.noise === 'system+tenant') {
      this.write('othertenant_meeting-1', [{ id: randomUUID(), type: 'MeetingHeld', data: {}, metadata: {} }]);
    }
    const stream = this.streams.get(name) ?? [];
    const current = stream.length - 1;
    const state = options.streamState ?? ANY;
    const refuse = (): never => {
      throw new WrongExpectedVersionError(undefined, { streamName: name, expected: state, current: current < 0 ? NO_STREAM : BigInt(current) });
    };
    if (state === STREAM_EXISTS && current < 0) refuse();
    if (state !== ANY && state !== STREAM_EXISTS) {
      const expected = state === NO_STREAM ? -1 : Number(state);
      if (expected > current) refuse();
      if (expected < current) {
        const stored = events.map((event, index) => stream[expected + 1 + index]?.id === event.id);
        if (stored.every(Boolean)) return { success: true, nextExpectedRevision: BigInt(expected + events.length), position: undefined };
        refuse(); // the first id differs, or the batch only partly repeats what is stored
      }
    }
    const written = this.write(name, events);
    const [first, last] = [written[0]!, written.at(-1)!];
    return { success: true, nextExpectedRevision: last.revision, position: { commit: last.position.commit + 1n, prepare: first.position.prepare } };
  }

  async *readStream(name: string, options: ReadStreamOptions = {}): AsyncGenerator<AllStreamResolvedEvent> {
    await Promise.resolve();
    const stream = this.streams.get(name);
    if (!stream) throw new StreamNotFoundError(undefined, name);
    const count = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
    const from = options.fromRevision ?? (options.direction === BACKWARDS ? END : START);
    if (options.direction === BACKWARDS) {
      // A backward read names a range ending at `from`; past the end that range is partly empty.
      const top = from === END ? BigInt(stream.length - 1) : (from as bigint);
      const bottom = top - BigInt(count) + 1n;
      yield* stream.filter((e) => e.revision <= top && e.revision >= bottom).reverse().map(resolved);
      return;
    }
    yield* stream.filter((e) => from === START || e.revision >= (from as bigint)).slice(0, count).map(resolved);
  }

  async *readAll(options: ReadAllOptions = {}): AsyncGenerator<AllStreamResolvedEvent> {
    await Promise.resolve();
    const count = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
    const from = options.fromPosition ?? (options.direction === BACKWARDS ? END : START);
    if (from !== START && from !== END && !this.log.some((e) => compareRawPositions(e.position, from) === 0)) {
      throw new Error(`fake: ${from.commit}/${from.prepare} is not the position of an event`);
    }
    const backwards = options.direction === BACKWARDS;
    const inRange = (e: Stored): boolean =>
      backwards
        ? from === END || (from !== START && compareRawPositions(e.position, from) < 0)
        : from === START || (from !== END && compareRawPositions(e.position, from) >= 0);
    const ordered = backwards ? [...this.log].reverse() : this.log;
    yield* ordered.filter((e) => inRange(e) && serverKeeps(options.filter, e)).slice(0, count).map(resolved);
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): LiveSubscription {
    return openFakeLive(this.log, this.live, options);
  }

  /** Breaks every live subscription, as a dropped connection would. */
  dropSubscriptions(error = new Error('14 UNAVAILABLE: connection reset')): void {
    for (const peer of [...this.live]) {
      this.live.delete(peer);
      peer.fail(error);
    }
  }

  get liveSubscriptions(): number {
    return this.live.size;
  }

  async dispose(): Promise<void> {
    this.dropSubscriptions(new Error('disposed'));
  }

  private write(name: string, events: ReadonlyArray<Pick<EventData, 'id' | 'type' | 'data' | 'metadata'>>): Stored[] {
    const stream = this.streams.get(name) ?? [];
    this.streams.set(name, stream);
    const written = events.map((event) => {
      this.offset += 97n + BigInt(JSON.stringify(event.data).length);
      const position = { commit: this.offset, prepare: this.offset };
      const data = wire(event.data);
      const record: Stored = { streamId: name, id: event.id, revision: BigInt(stream.length), type: event.type, isJson: true, data, metadata: wire(event.metadata), position };
      stream.push(record);
      this.log.push(record);
      return record;
    });
    for (const peer of this.live) peer.wake();
    return written;
  }
}
