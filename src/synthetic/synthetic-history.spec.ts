import type { NewEvent } from '../events/envelope';
import type { MeetingHeld } from '../events/meetings.events';
import type { MemberJoined, MemberTransferred } from '../events/members.events';
import type { OfficerAppointed, OrgUnitEstablished } from '../events/org-units.events';
import { CURRENT_SCHEMA_VERSIONS, type DomainEvent, type DomainEventType } from '../events/registry';
import type { ResolutionAdopted } from '../events/resolutions.events';
import { streamCategory } from '../events/stream-ids';
import { meetingState } from '../modules/meetings/meetings.state';
import { memberState } from '../modules/members/members.state';
import { orgUnitState } from '../modules/org-units/org-units.state';
import { resolutionState } from '../modules/resolutions/resolutions.state';
import type { StateModel } from '../modules/shared-kernel/decider';
import { loadMoroccoReference } from '../modules/territory/reference/morocco.reference';
import type { SyntheticEvent } from './synthetic-emitter';
import { syntheticHistory } from './synthetic-history';
import type { SyntheticOptions } from './synthetic-options';

const reference = loadMoroccoReference();
const OPTIONS: SyntheticOptions = { events: 10_000, seed: 7, fromYear: 2021, until: '2024-12-31' };
const history = (options: SyntheticOptions = OPTIONS): SyntheticEvent[] => [...syntheticHistory(options, reference)];
const generated = history();

const dataOf = <E extends DomainEvent>(event: NewEvent): E['data'] => event.data as E['data'];
const MODELS: Readonly<Record<string, StateModel<any, any>>> = {
  orgUnit: orgUnitState,
  member: memberState,
  meeting: meetingState,
  resolution: resolutionState,
};

describe('a synthetic history', () => {
  it('has exactly the events asked for, the same ones on every run with the same options', () => {
    expect(generated).toHaveLength(10_000);
    expect(history()).toEqual(generated);
  });

  it('is another history under another seed', () => {
    const other = history({ ...OPTIONS, seed: 8 });
    expect(other).toHaveLength(10_000);
    expect(other.map((item) => item.event.id)).not.toEqual(generated.map((item) => item.event.id));
    const firstMeeting = (items: SyntheticEvent[]) => items.find((item) => item.event.type === 'MeetingHeld')!.event.data;
    expect(firstMeeting(other)).not.toEqual(firstMeeting(generated));
  });

  it("writes every event as the command runner would: current schema version, the seed's actor, a unit path, unique ids", () => {
    for (const { event } of generated) {
      expect(event.schemaVersion).toBe(CURRENT_SCHEMA_VERSIONS[event.type as DomainEventType]);
      expect(event.metadata.actor).toBe('system:seed');
      expect(event.metadata.unitPath).toMatch(/^\/party(\/[a-z0-9-]+)*$/);
      expect(event.metadata.occurredAt <= '2025-01-01T00:00:00.000Z').toBe(true);
    }
    expect(new Set(generated.map((item) => item.event.id)).size).toBe(generated.length);
  });

  it("numbers each stream's events from 0 without a gap, and each stream folds with its state model", () => {
    const streams = new Map<string, SyntheticEvent[]>();
    for (const item of generated) streams.set(item.streamId, [...(streams.get(item.streamId) ?? []), item]);
    for (const [streamId, items] of streams) {
      expect(items.map((item) => item.revision)).toEqual(items.map((_, index) => index));
      const model = MODELS[streamCategory(streamId)]!;
      const state = items.reduce((folded, { event }) => model.evolve(folded, { type: event.type, data: event.data }), model.initialState());
      expect(state.status ?? state.lifecycle).not.toBe('None');
    }
  });

  it('records nothing before what it depends on: units before members, members before the meetings naming them, meetings before resolutions', () => {
    const units = new Set<string>();
    const members = new Map<string, string>();
    const meetings = new Map<string, string>();
    const resolutions = new Set<string>();
    for (const { event } of generated) {
      switch (event.type) {
        case 'OrgUnitEstablished': {
          const { unitId, parentId } = dataOf<OrgUnitEstablished>(event);
          if (parentId !== null) expect(units.has(parentId)).toBe(true);
          units.add(unitId);
          break;
        }
        case 'MemberJoined': {
          const { memberId, unitId } = dataOf<MemberJoined>(event);
          expect(units.has(unitId)).toBe(true);
          members.set(memberId, unitId);
          break;
        }
        case 'MemberTransferred': {
          const { memberId, fromUnitId, toUnitId } = dataOf<MemberTransferred>(event);
          expect(members.get(memberId)).toBe(fromUnitId);
          members.set(memberId, toUnitId);
          break;
        }
        case 'MemberLeft':
          expect(members.delete((event.data as { memberId: string }).memberId)).toBe(true);
          break;
        case 'OfficerAppointed':
          expect(members.has(dataOf<OfficerAppointed>(event).memberId)).toBe(true);
          break;
        case 'MeetingHeld': {
          const { meetingId, unitId, chairs, attendees } = dataOf<MeetingHeld>(event);
          for (const named of [...chairs, ...attendees]) if (named.kind === 'MEMBER') expect(members.has(named.memberId)).toBe(true);
          expect(chairs.length + attendees.length).toBeGreaterThan(0);
          meetings.set(meetingId, unitId);
          break;
        }
        case 'ResolutionAdopted': {
          const { resolutionId, meetingId, unitId } = dataOf<ResolutionAdopted>(event);
          expect(meetings.get(meetingId)).toBe(unitId);
          resolutions.add(resolutionId);
          break;
        }
        case 'ResolutionStatusChanged':
        case 'ResolutionRescinded':
          expect(resolutions.has((event.data as { resolutionId: string }).resolutionId)).toBe(true);
          break;
      }
    }
    expect(units.size).toBe(1 + 2 + 12 + 75 + 1503);
  });

  it('spreads meetings over every year and most regions, with Arabic summaries and resolutions', () => {
    const held = generated.filter((item) => item.event.type === 'MeetingHeld').map((item) => item.event);
    const years = new Set(held.map((event) => dataOf<MeetingHeld>(event).heldOn.slice(0, 4)));
    expect([...years].sort()).toEqual(['2021', '2022', '2023', '2024']);
    const regions = new Set(held.map((event) => event.metadata.unitPath.split('/')[2]).filter(Boolean));
    expect(regions.size).toBeGreaterThanOrEqual(12);
    expect(held.every((event) => /[\u0600-\u06FF]/.test(dataOf<MeetingHeld>(event).summary?.ar ?? ''))).toBe(true);
    const adopted = generated.filter((item) => item.event.type === 'ResolutionAdopted');
    expect(adopted.length).toBeGreaterThan(held.length);
    expect(adopted.every((item) => /[\u0600-\u06FF]/.test(dataOf<ResolutionAdopted>(item.event).text.ar ?? ''))).toBe(true);
  });
});
