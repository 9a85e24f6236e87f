import type { Position } from '../events/org-units.events';
import type { ResolutionStatus } from '../events/resolutions.events';
import type { Instant, LocalDate, UnitLevel } from '../events/shared.types';
import type { MeetingState } from '../modules/meetings/meetings.state';
import type { MemberState } from '../modules/members/members.state';
import type { OrgUnitState } from '../modules/org-units/org-units.state';
import type { Random } from './random';
import type { Calendar } from './synthetic-calendar';
import type { SyntheticIds } from './synthetic-ids';
import { personName } from './texts/person-names';

export interface Unit {
  readonly index: number;
  readonly id: string;
  readonly level: UnitLevel;
  readonly parallel: boolean;
  readonly nameAr: string;
  readonly nameFr: string;
  /** Communes only: an urban commune draws more members and meetings than a rural one. */
  readonly urban: boolean;
  readonly parent: number | null;
  readonly children: number[];
  state: OrgUnitState;
  revision: number;
  /** Active members, by member index; order changes as members leave. */
  readonly members: number[];
  /** The member holding the unit's first office (secretary-general or local secretary), who chairs its meetings. */
  leader: number | null;
}

export interface OfficerTerm {
  readonly unit: number;
  readonly member: number;
  readonly position: Position;
  readonly since: number;
}

export interface OpenResolution {
  readonly id: string;
  readonly meetingId: string;
  readonly unit: number;
  readonly adoptedOn: LocalDate;
  readonly adoptedDay: number;
  status: ResolutionStatus;
  revision: number;
}

export interface RecentMeeting {
  readonly unit: number;
  state: Extract<MeetingState, { status: 'Held' }>;
  revision: number;
  corrected: boolean;
}

const RECENT_MEETINGS = 400;

/**
 * What the simulation needs to know to keep every history valid: units with their
 * state, members and where they are, officers in office, resolutions still open,
 * the latest meetings. Members are kept in plain number arrays (a million-event
 * history has hundreds of thousands); their names are derived again when needed.
 */
export class SyntheticWorld {
  readonly units: Unit[] = [];
  readonly memberIds: string[] = [];
  readonly memberUnit: number[] = [];
  readonly memberJoinedDay: number[] = [];
  private readonly memberLeftDay: number[] = [];
  readonly memberRevision: number[] = [];
  readonly memberOffices: number[] = [];
  private readonly memberSlotInUnit: number[] = [];
  private readonly memberSlotInActive: number[] = [];
  /** Member indices of everyone active, in no particular order. */
  private readonly active: number[] = [];
  readonly terms: OfficerTerm[] = [];
  readonly openResolutions: OpenResolution[] = [];
  readonly recentMeetings: RecentMeeting[] = [];
  meetingCount = 0;
  resolutionCount = 0;

  readonly dates: readonly LocalDate[];
  readonly evenings: readonly Instant[];

  constructor(
    readonly ids: SyntheticIds,
    calendar: Calendar,
    readonly nameSalt: number,
  ) {
    this.dates = calendar.dates;
    this.evenings = calendar.evenings;
  }

  get activeCount(): number {
    return this.active.length;
  }

  addUnit(unit: Omit<Unit, 'index' | 'children' | 'members' | 'state' | 'revision' | 'leader'>): Unit {
    const added: Unit = { ...unit, index: this.units.length, children: [], members: [], state: { status: 'None' }, revision: -1, leader: null };
    this.units.push(added);
    if (unit.parent !== null) this.units[unit.parent]!.children.push(added.index);
    return added;
  }

  /** A new member's index; the member is active in `unit` from `day`. */
  addMember(unit: number, day: number): number {
    const member = this.memberIds.length;
    this.memberIds.push(this.ids.of('member', member));
    this.memberUnit.push(unit);
    this.memberJoinedDay.push(day);
    this.memberLeftDay.push(-1);
    this.memberRevision.push(-1);
    this.memberOffices.push(0);
    this.memberSlotInUnit.push(this.units[unit]!.members.length);
    this.units[unit]!.members.push(member);
    this.memberSlotInActive.push(this.active.length);
    this.active.push(member);
    return member;
  }

  moveMember(member: number, to: number): void {
    this.leaveUnit(member);
    this.memberUnit[member] = to;
    this.memberSlotInUnit[member] = this.units[to]!.members.length;
    this.units[to]!.members.push(member);
  }

  removeMember(member: number, day: number): void {
    this.leaveUnit(member);
    this.memberLeftDay[member] = day;
    const slot = this.memberSlotInActive[member]!;
    const last = this.active.pop()!;
    if (last !== member) {
      this.active[slot] = last;
      this.memberSlotInActive[last] = slot;
    }
    this.memberSlotInActive[member] = -1;
  }

  /** An active member who holds no office, or null after a few misses (most are free). */
  freeMember(random: Random): number | null {
    for (let attempt = 0; attempt < 8 && this.active.length > 0; attempt++) {
      const member = random.pick(this.active);
      if (this.memberOffices[member] === 0) return member;
    }
    return null;
  }

  randomActiveMember(random: Random): number | null {
    return this.active.length === 0 ? null : random.pick(this.active);
  }

  /** The member's state as the write side would fold it from the member's stream. */
  memberState(member: number): MemberState {
    if (this.memberRevision[member] === -1) return { status: 'None' };
    const facts = {
      memberId: this.memberIds[member]!,
      unitId: this.units[this.memberUnit[member]!]!.id,
      fullName: personName(member, this.nameSalt).fullName,
      joinedOn: this.dates[this.memberJoinedDay[member]!]!,
    };
    const left = this.memberLeftDay[member]!;
    return left === -1 ? { status: 'Active', ...facts } : { status: 'Left', ...facts, leftOn: this.dates[left]! };
  }

  rememberMeeting(meeting: RecentMeeting): void {
    this.recentMeetings.push(meeting);
    if (this.recentMeetings.length > RECENT_MEETINGS) this.recentMeetings.shift();
  }

  /** Removes an entry from an unordered list in O(1). */
  static takeAt<T>(list: T[], index: number): T {
    const taken = list[index]!;
    const last = list.pop()!;
    if (index < list.length) list[index] = last;
    return taken;
  }

  private leaveUnit(member: number): void {
    const members = this.units[this.memberUnit[member]!]!.members;
    const slot = this.memberSlotInUnit[member]!;
    const last = members.pop()!;
    if (last !== member) {
      members[slot] = last;
      this.memberSlotInUnit[last] = slot;
    }
  }
}
