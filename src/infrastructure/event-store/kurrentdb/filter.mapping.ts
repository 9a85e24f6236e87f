import { eventTypeFilter, excludeSystemEvents, streamNameFilter, type Filter } from '@kurrent/kurrentdb-client';
import type { RecordedEvent } from '../../../events/envelope';
import { streamCategory } from '../../../events/stream-ids';
import type { LogFilter } from '../event-store.port';

/**
 * Escapes what .NET's Regex.Escape escapes (the server evaluates filters with
 * .NET regular expressions), plus the closing brackets. Letters, digits and
 * non-ASCII text stay as they are: .NET rejects an escaped letter.
 */
export const escapeRegex = (text: string): string => text.replace(/[\\*+?|{}[\]()^$.#\s]/g, (char) => `\\${char}`);

/** A pattern no name matches: "within a list, any entry may" match, so an empty list keeps nothing. */
export const MATCHES_NOTHING = '(?!)';

/** True when the filter can keep no event at all, so there is nothing to ask the server. */
export const matchesNothing = (filter: LogFilter | undefined): boolean =>
  filter?.types?.length === 0 || filter?.categories?.length === 0;

const anyOf = (names: readonly string[]): string =>
  names.length === 0 ? MATCHES_NOTHING : `(?:${names.map(escapeRegex).join('|')})`;

/**
 * The one server-side filter a `$all` read takes (stream name OR event type, not
 * both), chosen to let the server drop the most: our namespace and categories on
 * the stream name, else the types, else just the system events. Whatever it
 * cannot express is applied again by `keeps`, which is the authority.
 */
export const serverFilterFor = (filter: LogFilter | undefined, prefix: string): Filter => {
  // `(?!\$)` keeps system streams out even when a category or type starts with '$'.
  if (filter?.categories) {
    return streamNameFilter({ regex: `^(?!\\$)${escapeRegex(prefix)}${anyOf(filter.categories)}(?:-|$)` });
  }
  if (prefix !== '') return streamNameFilter({ regex: `^${escapeRegex(prefix)}` });
  if (filter?.types) return eventTypeFilter({ regex: `^(?!\\$)${anyOf(filter.types)}$` });
  return excludeSystemEvents();
};

/**
 * A unit and its descendants, as in the SQL adapters: `/pam/fes` keeps itself and
 * `/pam/fes/…`, not `/pam/fes2`; no wildcards, case matters, a trailing '/' is ignored.
 */
export const inUnit = (unitPath: string, unitPathPrefix: string): boolean => {
  const unit = unitPathPrefix.replace(/\/+$/, '');
  return unitPath === unit || unitPath.startsWith(`${unit}/`);
};

/** Every present criterion must match; within a list, any entry may. */
export const keeps = (filter: LogFilter | undefined, event: RecordedEvent): boolean =>
  (!filter?.types || filter.types.includes(event.type)) &&
  (!filter?.categories || filter.categories.includes(streamCategory(event.streamId))) &&
  (filter?.unitPathPrefix === undefined || inUnit(event.metadata.unitPath, filter.unitPathPrefix));
