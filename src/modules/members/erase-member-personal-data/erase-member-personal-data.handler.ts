import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Inject } from '@nestjs/common';
import { memberStreamId, orgUnitStreamId } from '../../../events/stream-ids';
import { Clock } from '../../../infrastructure/clock/clock';
import { EVENT_STORE, type EventStore } from '../../../infrastructure/event-store/event-store.port';
import { PersonalDataVault } from '../../../infrastructure/privacy/personal-data-vault';
import { CommandRunner, type CommandMeta, type CommandOutcome } from '../../shared-kernel/command-runner';
import { DomainError } from '../../shared-kernel/domain-error';
import { loadStream } from '../../shared-kernel/stream-loader';
import { orgUnitState } from '../../org-units/org-units.state';
import { memberState } from '../members.state';
import { decide, type EraseMemberPersonalData } from './erase-member-personal-data.decide';

export class EraseMemberPersonalDataCommand extends Command<CommandOutcome> {
  constructor(
    readonly input: Omit<EraseMemberPersonalData, 'unit' | 'now'>,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

/**
 * Records the erasure, then destroys the member's key at once. The members read
 * model destroys it too when it folds the erasure, so the shredding completes even
 * if this process stops between the two steps; a repeated request completes it as well.
 */
@CommandHandler(EraseMemberPersonalDataCommand)
export class EraseMemberPersonalDataHandler implements ICommandHandler<EraseMemberPersonalDataCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly runner: CommandRunner,
    private readonly vault: PersonalDataVault,
    private readonly clock: Clock,
  ) {}

  async execute({ input, meta }: EraseMemberPersonalDataCommand): Promise<CommandOutcome> {
    const member = (await loadStream(this.store, memberStreamId(input.memberId), memberState)).state;
    const unit = member.status === 'None' ? null : (await loadStream(this.store, orgUnitStreamId(member.unitId), orgUnitState)).state;
    const command: EraseMemberPersonalData = { ...input, unit, now: this.clock.now().toISOString() };
    try {
      const outcome = await this.runner.run(
        {
          streamId: memberStreamId(input.memberId),
          entityId: input.memberId,
          model: memberState,
          decide: (state) => decide(command, state),
          authorize: { action: 'erase' },
        },
        meta,
      );
      await this.shred(input.memberId);
      return outcome;
    } catch (error) {
      if (error instanceof DomainError && error.code === 'MEMBER.ALREADY_ERASED') await this.shred(input.memberId);
      throw error;
    }
  }

  private async shred(memberId: string): Promise<void> {
    await this.vault.shred(memberId);
    await this.vault.settle();
  }
}
