/** What the live-feed bench and its subscriber process say to each other over IPC. */

/** Sent to the subscribers once the train is appended. */
export interface ClientsCommand {
  readonly kind: 'collect';
  /** How many items each subscriber should hold. */
  readonly events: number;
  /** How long to wait for the last of them. */
  readonly waitMs: number;
}

/** One subscriber's items, in arrival order, with `performance.timeOrigin + performance.now()` at each. */
export interface Received {
  readonly ids: string[];
  readonly at: number[];
  /** How its subscription ended before it was disposed, if it did. */
  ended: string | null;
}

export interface ClientsReport {
  readonly kind: 'received';
  readonly received: readonly Received[];
  /** CPU the subscriber process spent from the first item received to the report. */
  readonly cpuMs: number;
}
