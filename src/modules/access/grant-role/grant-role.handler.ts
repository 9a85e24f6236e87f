import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { orgUnitStreamId, principalStreamId } from '../../../events/stream-ids';
import { Clock } from '../../../infrastructure/clock/clock';
import { EVENT_STORE, type EventStore } from '../../../infrastructure/event-store/event-store.port';
import { orgUnitState } from '../../org-units/org-units.state';
import { CommandRunner, type CommandMeta, type CommandOutcome } from '../../shared-kernel/command-runner';
import { unitId as validUnitId } from '../../shared-kernel/id.validation';
import { loadStream } from '../../shared-kernel/stream-loader';
import { principalId as validPrincipalId } from '../principal-id.validation';
import { principalState } from '../principal.state';
import { decide, type GrantRole } from './grant-role.decide';

export class GrantRoleCommand extends Command<CommandOutcome> {
  constructor(
    readonly input: Omit<GrantRole, 'unit' | 'now'>,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

@CommandHandler(GrantRoleCommand)
export class GrantRoleHandler implements ICommandHandler<GrantRoleCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly runner: CommandRunner,
    private readonly clock: Clock,
  ) {}

  async execute({ input, meta }: GrantRoleCommand): Promise<CommandOutcome> {
    const principalId = validPrincipalId(input.principalId, 'principalId');
    // The grant carries the unit's path, read from the unit's own stream.
    const unit = input.unitId === null ? null : (await loadStream(this.store, orgUnitStreamId(validUnitId(input.unitId, 'unitId')), orgUnitState)).state;
    const command: GrantRole = { ...input, unit, now: this.clock.now().toISOString() };
    return this.runner.run(
      {
        streamId: principalStreamId(principalId),
        entityId: principalId,
        model: principalState,
        decide: (state) => decide(command, state),
        // A principal's stream spans units: each grant is authorized where it lands.
        authorize: { action: 'administer', streamScoped: false },
      },
      meta,
    );
  }
}
