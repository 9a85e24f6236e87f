import { type ResolutionEvent, type ResolutionKind, type ResolutionStatus } from '../../events/resolutions.events';
import { resolutionStreamId } from '../../events/stream-ids';
import { decide as adopt } from '../../modules/resolutions/adopt-resolution/adopt-resolution.decide';
import { decide as changeStatus } from '../../modules/resolutions/change-resolution-status/change-resolution-status.decide';
import { decide as rescind } from '../../modules/resolutions/rescind-resolution/rescind-resolution.decide';
import type { ResolutionState } from '../../modules/resolutions/resolutions.state';
import type { Decided } from '../../modules/shared-kernel/decider';
import type { Random } from '../random';
import type { SyntheticEmitter } from '../synthetic-emitter';
import { type OpenResolution, type RecentMeeting, SyntheticWorld } from '../synthetic-world';
import { RESCIND_REASONS, RESOLUTION_TEXTS, STATUS_NOTES } from '../texts/resolution-texts';

const KIND_WEIGHTS: ReadonlyArray<readonly [ResolutionKind, number]> = [['DECISION', 4], ['COMMITMENT', 2], ['RECOMMENDATION', 3], ['STATEMENT', 1]];

/** Where a follow-up leads from each open status; IMPLEMENTED and ABANDONED close the resolution. */
const NEXT: Readonly<Partial<Record<ResolutionStatus, ReadonlyArray<readonly [ResolutionStatus, number]>>>> = {
  ADOPTED: [['IN_PROGRESS', 70], ['IMPLEMENTED', 15], ['BLOCKED', 10], ['ABANDONED', 5]],
  IN_PROGRESS: [['IMPLEMENTED', 65], ['BLOCKED', 25], ['ABANDONED', 10]],
  BLOCKED: [['IN_PROGRESS', 60], ['ABANDONED', 40]],
};

const DAY_MS = 86_400_000;

export class ResolutionActs {
  constructor(
    private readonly world: SyntheticWorld,
    private readonly emitter: SyntheticEmitter,
    private readonly random: Random,
  ) {}

  /** A resolution the meeting adopted, through AdoptResolution's decider with the meeting's state. */
  adopt(meeting: RecentMeeting, day: number): void {
    const { world, random } = this;
    const unit = world.units[meeting.unit]!;
    const kind = random.choose(KIND_WEIGHTS);
    const resolutionId = world.ids.of('resolution', world.resolutionCount++);
    const adoptedOn = meeting.state.record.heldOn;
    const dueOn = random.chance(0.4) ? new Date(Date.parse(`${adoptedOn}T00:00:00Z`) + random.int(30, 180) * DAY_MS).toISOString().slice(0, 10) : null;
    const decided = adopt(
      {
        resolutionId,
        meetingId: meeting.state.meetingId,
        unitId: random.chance(0.5) ? unit.id : null,
        kind,
        text: { ar: random.pick(RESOLUTION_TEXTS[kind]).replace('{unit}', unit.nameAr) },
        dueOn,
        meeting: meeting.state,
        unit: unit.state,
      },
      { lifecycle: 'None' },
    );
    this.emitter.emit(resolutionStreamId(resolutionId), 0, decided);
    world.openResolutions.push({ id: resolutionId, meetingId: meeting.state.meetingId, unit: meeting.unit, adoptedOn, adoptedDay: day, status: 'ADOPTED', revision: decided.length - 1 });
  }

  /** The next step of an open resolution's follow-up, preferring ones adopted a fortnight ago or more. */
  followUp(day: number): boolean {
    const index = this.pickOpen(day);
    if (index === null) return false;
    const { world, random } = this;
    const resolution = world.openResolutions[index]!;
    const to = random.choose(NEXT[resolution.status]!);
    const notes = STATUS_NOTES[to];
    const unit = world.units[resolution.unit]!;
    const decided = changeStatus(
      {
        resolutionId: resolution.id,
        status: to,
        changedOn: world.dates[day]!,
        note: notes && random.chance(0.4) ? random.pick(notes) : null,
        unit: unit.state,
        now: world.evenings[day]!,
      },
      stateOf(resolution, unit.id),
    );
    this.record(resolution, decided);
    resolution.status = to;
    if (NEXT[to] === undefined) SyntheticWorld.takeAt(world.openResolutions, index);
    return true;
  }

  rescind(day: number): boolean {
    const index = this.pickOpen(day);
    if (index === null) return false;
    const { world, random } = this;
    const resolution = world.openResolutions[index]!;
    const unit = world.units[resolution.unit]!;
    const decided = rescind(
      { resolutionId: resolution.id, reason: random.pick(RESCIND_REASONS), rescindedOn: world.dates[day]!, unit: unit.state, now: world.evenings[day]! },
      stateOf(resolution, unit.id),
    );
    this.record(resolution, decided);
    SyntheticWorld.takeAt(world.openResolutions, index);
    return true;
  }

  private pickOpen(day: number): number | null {
    const open = this.world.openResolutions;
    if (open.length === 0) return null;
    let index = this.random.int(0, open.length - 1);
    for (let attempt = 0; attempt < 3 && open[index]!.adoptedDay > day - 14; attempt++) index = this.random.int(0, open.length - 1);
    return index;
  }

  private record(resolution: OpenResolution, decided: readonly Decided<ResolutionEvent>[]): void {
    this.emitter.emit(resolutionStreamId(resolution.id), resolution.revision + 1, decided);
    resolution.revision += decided.length;
  }
}

const stateOf = (resolution: OpenResolution, unitId: string): ResolutionState => ({
  lifecycle: 'InForce',
  resolutionId: resolution.id,
  meetingId: resolution.meetingId,
  unitId,
  adoptedOn: resolution.adoptedOn,
  status: resolution.status,
});
