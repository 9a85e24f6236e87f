import type { OrgUnitEvent, Position } from '../../events/org-units.events';
import { orgUnitStreamId } from '../../events/stream-ids';
import { decide as appoint } from '../../modules/org-units/appoint-officer/appoint-officer.decide';
import { orgUnitState } from '../../modules/org-units/org-units.state';
import { decide as relieve } from '../../modules/org-units/relieve-officer/relieve-officer.decide';
import type { Decided } from '../../modules/shared-kernel/decider';
import type { Random } from '../random';
import type { SyntheticEmitter } from '../synthetic-emitter';
import { SyntheticWorld, type Unit } from '../synthetic-world';

type Bureau = ReadonlyArray<readonly [Position, number]>;

/** The offices a unit fills, in the order it fills them, with how many may hold each. */
const LOCAL_BUREAU: Bureau = [['LOCAL_SECRETARY', 1], ['TREASURER', 1], ['SECRETARIAT_MEMBER', 4]];
const PARALLEL_BUREAU: Bureau = [['SECRETARY_GENERAL', 1], ['TREASURER', 1], ['SECRETARIAT_MEMBER', 5]];
const bureauOf = (unit: Unit): Bureau => {
  if (unit.parallel) return PARALLEL_BUREAU;
  if (unit.level === 'LOCAL') return LOCAL_BUREAU;
  const council = unit.level === 'PROVINCIAL' ? 9 : 15;
  return [['SECRETARY_GENERAL', 1], ['DEPUTY_SECRETARY_GENERAL', 1], ['TREASURER', 1], ['SPOKESPERSON', 1], ['SECRETARIAT_MEMBER', 6], ['COUNCIL_MEMBER', council]];
};

const LEADING: readonly Position[] = ['SECRETARY_GENERAL', 'LOCAL_SECRETARY'];
const RELIEF_REASONS = ['انتهاء الولاية', 'استقالة من المهمة', 'إعادة هيكلة المكتب'];

export class OfficerActs {
  constructor(
    private readonly world: SyntheticWorld,
    private readonly emitter: SyntheticEmitter,
    private readonly random: Random,
  ) {}

  /** A free member takes the first vacant office of their own unit; false when none was found. */
  appoint(day: number): boolean {
    const { world } = this;
    for (let attempt = 0; attempt < 4; attempt++) {
      const member = world.freeMember(this.random);
      if (member === null) return false;
      const unit = world.units[world.memberUnit[member]!]!;
      const position = vacancyOf(unit);
      if (position === null) continue;
      const decided = appoint(
        {
          unitId: unit.id,
          memberId: world.memberIds[member]!,
          position,
          title: null,
          termStart: world.dates[day]!,
          termEnd: null,
          member: world.memberState(member),
          now: world.evenings[day]!,
        },
        unit.state,
      );
      this.record(unit, decided);
      world.memberOffices[member] = world.memberOffices[member]! + 1;
      world.terms.push({ unit: unit.index, member, position, since: day });
      if (LEADING.includes(position)) unit.leader = member;
      return true;
    }
    return false;
  }

  relieve(day: number): boolean {
    const { world, random } = this;
    if (world.terms.length === 0) return false;
    const term = SyntheticWorld.takeAt(world.terms, random.int(0, world.terms.length - 1));
    const unit = world.units[term.unit]!;
    const decided = relieve(
      {
        unitId: unit.id,
        memberId: world.memberIds[term.member]!,
        position: term.position,
        relievedOn: world.dates[day]!,
        reason: random.chance(0.5) ? random.pick(RELIEF_REASONS) : null,
        now: world.evenings[day]!,
      },
      unit.state,
    );
    this.record(unit, decided);
    world.memberOffices[term.member] = world.memberOffices[term.member]! - 1;
    if (unit.leader === term.member && LEADING.includes(term.position)) unit.leader = null;
    return true;
  }

  private record(unit: Unit, decided: readonly Decided<OrgUnitEvent>[]): void {
    this.emitter.emit(orgUnitStreamId(unit.id), unit.revision + 1, decided);
    for (const event of decided) unit.state = orgUnitState.evolve(unit.state, event);
    unit.revision += decided.length;
  }
}

const vacancyOf = (unit: Unit): Position | null => {
  if (unit.state.status !== 'Active') return null;
  const officers = unit.state.officers;
  for (const [position, seats] of bureauOf(unit)) {
    if (officers.filter((term) => term.position === position).length < seats) return position;
  }
  return null;
};
