/**
 * "As of": every view as the register stood at a past moment, read from the
 * service's time travel (`orgUnit(id, asOf: { recordedAt })`). It is about what
 * had been recorded by then, not what happened by then. In the URL it is a day,
 * meaning the end of that day in the organization's time zone, or an exact instant.
 */
export type AsOf = { readonly kind: 'day'; readonly day: string } | { readonly kind: 'instant'; readonly instant: string };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export const parseAsOf = (value: string | null | undefined): AsOf | null => {
  if (!value) return null;
  if (DAY.test(value)) return new Date(`${value}T00:00:00Z`).toISOString().startsWith(value) ? { kind: 'day', day: value } : null;
  return INSTANT.test(value) && !Number.isNaN(Date.parse(value)) ? { kind: 'instant', instant: value } : null;
};

export const asOfKey = (asOf: AsOf): string => (asOf.kind === 'day' ? asOf.day : asOf.instant);

/** Minutes the zone's clocks are ahead of UTC at an instant (Casablanca: 60, or 0 during Ramadan). */
export const offsetMinutes = (timeZone: string, at: Date): number => {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
};

const pad = (n: number): string => String(n).padStart(2, '0');

/** The instant the service is asked about: the last millisecond of the day on the organization's clocks, with its offset. */
export const recordedAtOf = (asOf: AsOf, timeZone: string): string => {
  if (asOf.kind === 'instant') return asOf.instant;
  const wallClock = Date.parse(`${asOf.day}T23:59:59.999Z`);
  // The offset in force at that wall-clock moment: try the offset at the naive instant, then settle on the one it lands in.
  const first = offsetMinutes(timeZone, new Date(wallClock));
  const offset = offsetMinutes(timeZone, new Date(wallClock - first * 60_000));
  const sign = offset < 0 ? '-' : '+';
  return `${asOf.day}T23:59:59.999${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
};
