import type { Instant, LocalDate } from '../../events/shared.types';
import { validationError } from './domain-error';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export const localDate = (value: unknown, field: string): LocalDate => {
  const match = typeof value === 'string' ? DATE.exec(value) : null;
  if (!match) throw validationError(field, 'must be a date YYYY-MM-DD');
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw validationError(field, 'is not a calendar date');
  }
  return value as string;
};

export const optionalLocalDate = (value: unknown, field: string): LocalDate | null =>
  value === undefined || value === null ? null : localDate(value, field);

/** Normalized to UTC with milliseconds so that equal instants compare equal as text. */
export const instant = (value: unknown, field: string): Instant => {
  if (typeof value !== 'string' || !INSTANT.test(value) || Number.isNaN(Date.parse(value))) {
    throw validationError(field, 'must be an ISO 8601 date-time with an offset');
  }
  return new Date(value).toISOString();
};

export const optionalInstant = (value: unknown, field: string): Instant | null =>
  value === undefined || value === null ? null : instant(value, field);

// Building an Intl.DateTimeFormat costs some 100 times what using one does, and every
// command asks for a few: keep one per zone (only zones that exist get this far).
const formatters = new Map<string, Intl.DateTimeFormat>();
const formatterOf = (key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat => {
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter;
};

export const timeZone = (value: unknown, field: string): string => {
  if (typeof value !== 'string' || value.length > 64) throw validationError(field, 'must be an IANA time zone');
  try {
    return formatterOf(`zone:${value}`, () => new Intl.DateTimeFormat('en-US', { timeZone: value })).resolvedOptions().timeZone;
  } catch {
    throw validationError(field, 'must be an IANA time zone such as Africa/Casablanca');
  }
};

/** The calendar date an instant falls on in a time zone. */
export const localDateOf = (at: Instant, zone: string): LocalDate => {
  const parts = formatterOf(`date:${zone}`, () => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }))
    .formatToParts(new Date(at));
  const get = (type: string): string => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
};

/**
 * Noon of a local date in a zone, as an instant: a day-only record still needs an
 * `occurredAt`, and noon stays on the same calendar day in every zone within ±12 h.
 */
export const localNoon = (date: LocalDate, zone: string): Instant => {
  const guess = Date.parse(`${date}T12:00:00Z`);
  const offsetMinutes = zoneOffsetMinutes(guess, zone);
  return new Date(guess - offsetMinutes * 60_000).toISOString();
};

const zoneOffsetMinutes = (epochMs: number, zone: string): number => {
  const parts = formatterOf(`time:${zone}`, () => new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  })).formatToParts(new Date(epochMs));
  const get = (type: string): number => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - epochMs) / 60_000);
};

/** The zone of day-only dates when a command names none: the organization's home zone. */
export const DEFAULT_TIME_ZONE = 'Africa/Casablanca';
