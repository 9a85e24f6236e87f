import type { LocalDate } from '../events/shared.types';

/** Everything a synthetic history depends on: the same options give the same events, byte for byte. */
export interface SyntheticOptions {
  /** Exactly this many events. */
  readonly events: number;
  readonly seed: number;
  /** The organization is founded on 1 January of this year. */
  readonly fromYear: number;
  /** The last day anything happens; the history runs up to it. */
  readonly until: LocalDate;
}

/** The national unit every synthetic organization hangs under. */
export const SYNTHETIC_ROOT_ID = 'party';
export const SYNTHETIC_ACTOR = 'system:seed';

/** The structure alone (units) takes this many events; a history needs room beyond it. */
export const MIN_SYNTHETIC_EVENTS = 5_000;
export const MAX_SYNTHETIC_EVENTS = 50_000_000;

export const DEFAULT_SEED = 1;
export const DEFAULT_FROM_YEAR = 2021;

/** The day before the first of the current month: a default that stays the same for a whole month, so a resumed run matches. */
export const defaultUntil = (today: Date): LocalDate => new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 0)).toISOString().slice(0, 10);

/**
 * The key every id of a history derives from. Two runs with different options
 * write different ids, so a store holding one history is never mistaken for
 * another's half-written copy.
 */
export const runKeyOf = (options: SyntheticOptions): string =>
  `synthetic/1/${options.seed}/${options.events}/${options.fromYear}/${options.until}`;

export const checkSyntheticOptions = (options: SyntheticOptions, today: Date): SyntheticOptions => {
  const { events, seed, fromYear, until } = options;
  if (!Number.isInteger(events) || events < MIN_SYNTHETIC_EVENTS || events > MAX_SYNTHETIC_EVENTS) {
    throw new Error(`events must be a whole number from ${MIN_SYNTHETIC_EVENTS} to ${MAX_SYNTHETIC_EVENTS}`);
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new Error('seed must be a whole number from 0 to 4294967295');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(until) || Number.isNaN(Date.parse(`${until}T00:00:00Z`))) throw new Error('until must be a date YYYY-MM-DD');
  if (!Number.isInteger(fromYear) || fromYear < 1950) throw new Error('from-year must be a year from 1950');
  const first = Date.UTC(fromYear, 0, 1);
  const last = Date.parse(`${until}T00:00:00Z`);
  // Three months at least: the structure takes the first week, and the figures need months to spread over.
  if (last - first < 90 * 86_400_000) throw new Error(`until (${until}) must be at least three months after 1 January ${fromYear}`);
  if (last > today.getTime()) throw new Error(`until (${until}) must not be in the future: the write side refuses facts dated after today`);
  return options;
};
