import type { MeetingEvent, MeetingKind, PartOfDay } from '../../events/meetings.events';
import type { LocalizedText } from '../../events/shared.types';
import { meetingStreamId } from '../../events/stream-ids';
import { decide as correct } from '../../modules/meetings/correct-meeting-record/correct-meeting-record.decide';
import { meetingState } from '../../modules/meetings/meetings.state';
import type { AttendeeDraft, ParticipantDraft } from '../../modules/meetings/participants.validation';
import { decide as record } from '../../modules/meetings/record-meeting/record-meeting.decide';
import type { MemberState } from '../../modules/members/members.state';
import type { Decided } from '../../modules/shared-kernel/decider';
import type { Random } from '../random';
import type { SyntheticEmitter } from '../synthetic-emitter';
import type { RecentMeeting, SyntheticWorld, Unit } from '../synthetic-world';
import { AGENDA_ITEMS, CLOSINGS, CORRECTION_REASONS, DISCUSSIONS, GROUP_LABELS, GUEST_ROLES, KIND_WORDS, VENUES } from '../texts/meeting-texts';
import { personName } from '../texts/person-names';
import { bodyOf } from './unit-phrases';

const KINDS_LOCAL: ReadonlyArray<readonly [MeetingKind, number]> = [['GENERAL_ASSEMBLY', 3], ['ORGANIZATIONAL', 4], ['PUBLIC', 3], ['BUREAU', 4], ['OTHER', 1]];
const KINDS_HIGHER: ReadonlyArray<readonly [MeetingKind, number]> = [['COUNCIL', 3], ['BUREAU', 6], ['ORGANIZATIONAL', 3], ['PUBLIC', 2], ['CONGRESS', 0.3], ['OTHER', 0.5]];
const PARTS: ReadonlyArray<readonly [PartOfDay | null, number]> = [['MORNING', 2], ['AFTERNOON', 3], ['EVENING', 4], [null, 2]];
// Guests are people too, numbered apart from members so their names differ.
const GUEST_SALT = 0x6a09e667;

export class MeetingActs {
  private guests = 0;

  constructor(
    private readonly world: SyntheticWorld,
    private readonly emitter: SyntheticEmitter,
    private readonly random: Random,
  ) {}

  /** Records a meeting of `unit` on `day` through RecordMeeting's decider; its state, for the resolutions it adopts. */
  hold(unitIndex: number, day: number): RecentMeeting {
    const { world, random } = this;
    const unit = world.units[unitIndex]!;
    const kind = random.choose(unit.level === 'LOCAL' ? KINDS_LOCAL : KINDS_HIGHER);
    const chairs = this.chairs(unit);
    const named = this.attendees(unit, chairs);
    const group = random.chance(0.7) ? { group: random.pick(GROUP_LABELS), count: random.chance(0.1) ? null : random.int(5, 200) } : null;
    const attendees: AttendeeDraft[] = [...named.map((member) => ({ memberId: world.memberIds[member]! })), ...(group ? [group] : [])];
    const members = new Map<string, MemberState>([...chairs.members, ...named].map((member) => [world.memberIds[member]!, world.memberState(member)]));
    const agenda = this.agenda();
    const evening = random.chance(0.4);
    const body = bodyOf(unit);
    const present = named.length + (group?.count ?? 0);
    const summaryAr = [openingOfMeeting(kind, body, chairs.leaderName, present), random.pick(DISCUSSIONS), random.pick(CLOSINGS)].join(' ');
    const date = world.dates[day]!;
    const meetingId = world.ids.of('meeting', world.meetingCount++);
    const decided = record(
      {
        meetingId,
        unitId: unit.id,
        kind,
        title: { ar: `${KIND_WORDS[kind].ar} ${body.ar}`, fr: `${KIND_WORDS[kind].fr} – ${body.fr}` },
        heldOn: date,
        startsAt: evening ? `${date}T18:00:00+01:00` : null,
        partOfDay: evening ? 'EVENING' : random.choose(PARTS),
        timeZone: null,
        venue: random.chance(0.7) ? { name: random.pick(VENUES), locality: { ar: unit.nameAr, fr: unit.nameFr } } : null,
        chairs: chairs.drafts,
        attendees,
        agenda,
        summary: random.chance(0.2) ? { ar: summaryAr, fr: `${KIND_WORDS[kind].fr} – ${body.fr}.` } : { ar: summaryAr },
        summaryLanguage: 'ar',
        unit: unit.state,
        members,
        now: world.evenings[day]!,
      },
      { status: 'None' },
    );
    const meeting = { unit: unitIndex, state: evolveHeld(decided), revision: decided.length - 1, corrected: false };
    this.emitter.emit(meetingStreamId(meetingId), 0, decided);
    world.rememberMeeting(meeting);
    return meeting;
  }

  /** A recent meeting's record corrected once: its summary completed, its venue or its agenda fixed. */
  correct(day: number): boolean {
    const { world, random } = this;
    const candidates = world.recentMeetings.filter((meeting) => !meeting.corrected);
    if (candidates.length === 0) return false;
    const meeting = random.pick(candidates);
    const unit = world.units[meeting.unit]!;
    const current = meeting.state.record;
    const fix = random.int(0, 2);
    const fields =
      fix === 0
        ? { summary: { ...current.summary, ar: `${current.summary?.ar ?? ''} ${random.pick(DISCUSSIONS)}`.trim() } }
        : fix === 1
          ? { venue: { name: VENUES.find((venue) => venue.ar !== current.venue?.name?.ar)!, locality: { ar: unit.nameAr, fr: unit.nameFr } } }
          : { agenda: [...current.agenda, AGENDA_ITEMS.find((item) => !current.agenda.some((given) => given.ar === item.ar)) ?? { ar: 'نقط مختلفة', fr: 'Divers' }] };
    const decided = correct(
      { meetingId: meeting.state.meetingId, reason: random.pick(CORRECTION_REASONS), fields, unit: unit.state, members: new Map(), now: world.evenings[day]! },
      meeting.state,
    );
    this.emitter.emit(meetingStreamId(meeting.state.meetingId), meeting.revision + 1, decided);
    meeting.state = evolveHeld(decided, meeting.state);
    meeting.revision += decided.length;
    meeting.corrected = true;
    return true;
  }

  /** The unit's leader in the chair, or a member, and now and then a guest from above; a guest alone where the unit has no members yet. */
  private chairs(unit: Unit): { drafts: ParticipantDraft[]; members: number[]; leaderName: string | null } {
    const { world, random } = this;
    const chair = unit.leader ?? (unit.members.length > 0 ? random.pick(unit.members) : null);
    const drafts: ParticipantDraft[] = [];
    const members: number[] = [];
    if (chair !== null) {
      drafts.push({ memberId: world.memberIds[chair]!, role: unit.leader === chair ? 'رئاسة الجلسة' : null });
      members.push(chair);
    }
    if (chair === null || random.chance(0.25)) {
      drafts.push({ guestName: personName(this.guests++, GUEST_SALT).fullName, role: random.pick(GUEST_ROLES) });
    }
    const leaderName = chair === null ? null : personName(chair, world.nameSalt).fullName.ar!;
    return { drafts, members, leaderName };
  }

  /** Up to a dozen named members of the unit, never the chair twice. */
  private attendees(unit: Unit, chairs: { members: number[] }): number[] {
    const { random } = this;
    const pool = unit.members;
    const wanted = Math.min(pool.length, random.int(0, 12));
    const picked = new Set<number>();
    for (let attempt = 0; picked.size < wanted && attempt < wanted * 3; attempt++) {
      const member = random.pick(pool);
      if (!chairs.members.includes(member)) picked.add(member);
    }
    return [...picked];
  }

  private agenda(): LocalizedText[] {
    const count = this.random.int(1, 4);
    const start = this.random.int(0, AGENDA_ITEMS.length - 1);
    return Array.from({ length: count }, (_, offset) => AGENDA_ITEMS[(start + offset) % AGENDA_ITEMS.length]!);
  }
}

const openingOfMeeting = (kind: MeetingKind, body: LocalizedText, chair: string | null, present: number): string =>
  `انعقد ${KIND_WORDS[kind].ar} ${body.ar}` + (chair ? `، برئاسة ${chair}` : '') + (present > 0 ? `، وبحضور ${present} من المناضلات والمناضلين.` : '.');

const evolveHeld = (decided: readonly Decided<MeetingEvent>[], from = meetingState.initialState()): RecentMeeting['state'] => {
  const state = decided.reduce(meetingState.evolve, from);
  if (state.status !== 'Held') throw new Error('A recorded meeting folds to a held one');
  return state;
};
