import { EVENT_TYPE, STREAM_NAME, type Filter } from '@kurrent/kurrentdb-client';
import type { RecordedEvent } from '../../../events/envelope';
import type { LogFilter } from '../event-store.port';
import { escapeRegex, inUnit, keeps, matchesNothing, serverFilterFor } from './filter.mapping';

/** The server applies the filter as a regular expression to the stream name or the event type. */
const serverKeeps = (filter: Filter, record: { streamId: string; type: string }): boolean => {
  if (!('regex' in filter)) throw new Error('expected a regex filter');
  return new RegExp(filter.regex).test(filter.filterOn === STREAM_NAME ? record.streamId : record.type);
};

const event = (streamId: string, type: string, unitPath: string): RecordedEvent => ({
  id: 'id',
  type,
  schemaVersion: 1,
  data: null,
  streamId,
  revision: 0,
  position: '1:1',
  metadata: { actor: 'a', correlationId: 'c', causationId: null, occurredAt: 'o', recordedAt: 'r', unitPath },
});

describe('KurrentDB filter mapping', () => {
  it('excludes system events when nothing narrows the read', () => {
    const filter = serverFilterFor(undefined, '');
    expect(filter.filterOn).toBe(EVENT_TYPE);
    expect(serverKeeps(filter, { streamId: 'meeting-1', type: 'MeetingHeld' })).toBe(true);
    expect(serverKeeps(filter, { streamId: '$stats-127.0.0.1:2113', type: '$statsCollected' })).toBe(false);
    expect(serverKeeps(filter, { streamId: '$ce-meeting', type: '$>' })).toBe(false);
  });

  it('turns categories into a stream-name filter on the category and its dash', () => {
    const filter = serverFilterFor({ categories: ['orgUnit', 'resolution'] }, '');
    expect(filter.filterOn).toBe(STREAM_NAME);
    for (const name of ['orgUnit-1', 'orgUnit-فاس', 'resolution-9', 'orgUnit']) {
      expect(serverKeeps(filter, { streamId: name, type: 'X' })).toBe(true);
    }
    for (const name of ['orgUnits-1', 'meeting-1', 'xorgUnit-1', '$ce-orgUnit', '$$orgUnit-1', 'orgUnitX']) {
      expect(serverKeeps(filter, { streamId: name, type: 'X' })).toBe(false);
    }
  });

  it('keeps the namespace on the server side, with or without categories', () => {
    const inNamespace = serverFilterFor({ types: ['MeetingHeld'] }, 'run42_');
    expect(inNamespace.filterOn).toBe(STREAM_NAME);
    expect(serverKeeps(inNamespace, { streamId: 'run42_meeting-1', type: 'MemberJoined' })).toBe(true);
    expect(serverKeeps(inNamespace, { streamId: 'run43_meeting-1', type: 'MeetingHeld' })).toBe(false);
    expect(serverKeeps(inNamespace, { streamId: 'meeting-1', type: 'MeetingHeld' })).toBe(false);

    const categories = serverFilterFor({ categories: ['meeting'] }, 'run42_');
    expect(serverKeeps(categories, { streamId: 'run42_meeting-1', type: 'X' })).toBe(true);
    expect(serverKeeps(categories, { streamId: 'run42_member-1', type: 'X' })).toBe(false);
    expect(serverKeeps(categories, { streamId: 'meeting-1', type: 'X' })).toBe(false);
  });

  it('turns types into an exact, escaped event-type filter that never lets a system event through', () => {
    const filter = serverFilterFor({ types: ['MeetingHeld', 'Odd.Type+1', '$metadata'] }, '');
    expect(filter.filterOn).toBe(EVENT_TYPE);
    expect(serverKeeps(filter, { streamId: 's', type: 'MeetingHeld' })).toBe(true);
    expect(serverKeeps(filter, { streamId: 's', type: 'Odd.Type+1' })).toBe(true);
    for (const type of ['MeetingHeldX', 'XMeetingHeld', 'OddXType+1', 'Odd.Typee1', '$metadata']) {
      expect(serverKeeps(filter, { streamId: 's', type })).toBe(false);
    }
  });

  it('sends a filter that matches nothing for an empty list, and says so', () => {
    expect(serverKeeps(serverFilterFor({ types: [] }, ''), { streamId: 's', type: 'MeetingHeld' })).toBe(false);
    expect(serverKeeps(serverFilterFor({ categories: [] }, ''), { streamId: 'meeting-1', type: 'X' })).toBe(false);
    expect(matchesNothing({ types: [] })).toBe(true);
    expect(matchesNothing({ categories: [], types: ['A'] })).toBe(true);
    expect(matchesNothing({ types: ['A'] })).toBe(false);
    expect(matchesNothing(undefined)).toBe(false);
  });

  it('escapes every regex metacharacter and leaves Arabic text alone', () => {
    const nasty = 'a.b*c+d?e|f(g)h[i]j{k}l^m$n\\o#p q';
    expect(new RegExp(`^${escapeRegex(nasty)}$`).test(nasty)).toBe(true);
    expect(new RegExp(`^${escapeRegex(nasty)}$`).test(nasty.replace('.', 'X'))).toBe(false);
    expect(escapeRegex('فاس-مكناس')).toBe('فاس-مكناس');
  });

  it.each<[string, string, boolean]>([
    ['/pam/fes', '/pam/fes', true],
    ['/pam/fes/x', '/pam/fes', true],
    ['/pam/fes/x/y', '/pam/fes/', true],
    ['/pam/fes2', '/pam/fes', false],
    ['/pam/FES', '/pam/fes', false],
    ['/pam/fes', '/pam/FES', false],
    ['/pam/f_s', '/pam/f_s', true],
    ['/pam/fes', '/pam/%', false],
    ['/pam', '/pam/fes', false],
    ['/pam/فاس-مكناس/الحاجب', '/pam/فاس-مكناس', true],
    ['/pam/فاس-مكناسX', '/pam/فاس-مكناس', false],
  ])('unit path %p is under %p: %p', (unitPath, prefix, expected) => {
    expect(inUnit(unitPath, prefix)).toBe(expected);
  });

  describe('keeps (applied on our side, after the server filter)', () => {
    const seeded = [
      event('meeting-1', 'MeetingHeld', '/pam/fes'),
      event('meeting-2', 'MeetingHeld', '/pam/fes/x'),
      event('meeting-3', 'MeetingHeld', '/pam/fes2'),
      event('resolution-1', 'ResolutionAdopted', '/pam/fes/x/y'),
      event('member-1', 'MemberJoined', '/pam/FES'),
      event('orgUnit-1', 'OrgUnitEstablished', '/pam'),
    ];
    const streams = (filter: LogFilter | undefined): string[] =>
      seeded.filter((candidate) => keeps(filter, candidate)).map((kept) => kept.streamId);

    it('requires every present criterion, any entry of a list', () => {
      expect(streams(undefined)).toHaveLength(6);
      expect(streams({ types: ['MemberJoined', 'OrgUnitEstablished'] })).toEqual(['member-1', 'orgUnit-1']);
      expect(streams({ categories: ['resolution', 'orgUnit'] })).toEqual(['resolution-1', 'orgUnit-1']);
      expect(streams({ unitPathPrefix: '/pam/fes' })).toEqual(['meeting-1', 'meeting-2', 'resolution-1']);
      const all = { types: ['MeetingHeld', 'ResolutionAdopted'], categories: ['meeting', 'resolution'], unitPathPrefix: '/pam/fes/x' };
      expect(streams(all)).toEqual(['meeting-2', 'resolution-1']);
      expect(streams({ types: ['MeetingHeld'], categories: ['resolution'] })).toEqual([]);
      expect(streams({ types: [] })).toEqual([]);
    });
  });
});
