import { memberStreamId } from '../../events/stream-ids';
import type { MemberEvent } from '../../events/members.events';
import type { Decided } from '../../modules/shared-kernel/decider';
import { decide as recordLeaving } from '../../modules/members/record-member-leaving/record-member-leaving.decide';
import { decide as register } from '../../modules/members/register-member/register-member.decide';
import { decide as transfer } from '../../modules/members/transfer-member/transfer-member.decide';
import type { Random } from '../random';
import type { SyntheticEmitter } from '../synthetic-emitter';
import { SyntheticWorld } from '../synthetic-world';
import { honorificOf, personName } from '../texts/person-names';
import { LEAVING, LEAVING_NOTES, TRANSFER_REASONS } from '../texts/resolution-texts';

export class MemberActs {
  constructor(
    private readonly world: SyntheticWorld,
    private readonly emitter: SyntheticEmitter,
    private readonly random: Random,
  ) {}

  join(unit: number, day: number): void {
    const { world } = this;
    const member = world.addMember(unit, day);
    const { fullName, woman } = personName(member, world.nameSalt);
    const decided = register(
      {
        memberId: world.memberIds[member]!,
        unitId: world.units[unit]!.id,
        fullName,
        honorific: honorificOf(member, world.nameSalt, woman),
        joinedOn: world.dates[day]!,
        unit: world.units[unit]!.state,
        now: world.evenings[day]!,
      },
      { status: 'None' },
    );
    this.record(member, decided);
  }

  /** To another unit under the same parent (a move to the next commune); false when the member's unit has no sibling. */
  transfer(day: number): boolean {
    const { world, random } = this;
    const member = world.freeMember(random);
    if (member === null) return false;
    const from = world.units[world.memberUnit[member]!]!;
    const siblings = from.parent === null ? [] : world.units[from.parent]!.children.filter((index) => index !== from.index && !world.units[index]!.parallel);
    if (siblings.length === 0) return false;
    const to = world.units[random.pick(siblings)]!;
    const decided = transfer(
      {
        memberId: world.memberIds[member]!,
        toUnitId: to.id,
        transferredOn: world.dates[day]!,
        reason: random.chance(0.6) ? random.pick(TRANSFER_REASONS) : null,
        fromUnit: from.state,
        toUnit: to.state,
        now: world.evenings[day]!,
      },
      world.memberState(member),
    );
    world.moveMember(member, to.index);
    this.record(member, decided);
    return true;
  }

  leave(day: number): boolean {
    const { world, random } = this;
    const member = world.freeMember(random);
    if (member === null) return false;
    const decided = recordLeaving(
      {
        memberId: world.memberIds[member]!,
        reason: random.choose(LEAVING),
        note: random.chance(0.3) ? random.pick(LEAVING_NOTES) : null,
        leftOn: world.dates[day]!,
        unit: world.units[world.memberUnit[member]!]!.state,
        now: world.evenings[day]!,
      },
      world.memberState(member),
    );
    world.removeMember(member, day);
    this.record(member, decided);
    return true;
  }

  private record(member: number, decided: readonly Decided<MemberEvent>[]): void {
    this.emitter.emit(memberStreamId(this.world.memberIds[member]!), this.world.memberRevision[member]! + 1, decided);
    this.world.memberRevision[member] = this.world.memberRevision[member]! + decided.length;
  }
}
