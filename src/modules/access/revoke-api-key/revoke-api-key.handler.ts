import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { apiKeyStreamId } from '../../../events/stream-ids';
import { Clock } from '../../../infrastructure/clock/clock';
import { CommandRunner, type CommandMeta, type CommandOutcome } from '../../shared-kernel/command-runner';
import { apiKeyState } from '../api-key.state';
import { decide, type RevokeApiKey } from './revoke-api-key.decide';

export class RevokeApiKeyCommand extends Command<CommandOutcome> {
  constructor(
    readonly input: Omit<RevokeApiKey, 'now'>,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

@CommandHandler(RevokeApiKeyCommand)
export class RevokeApiKeyHandler implements ICommandHandler<RevokeApiKeyCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly clock: Clock,
  ) {}

  async execute({ input, meta }: RevokeApiKeyCommand): Promise<CommandOutcome> {
    const command: RevokeApiKey = { ...input, now: this.clock.now().toISOString() };
    return this.runner.run(
      { streamId: apiKeyStreamId(input.keyId), entityId: input.keyId, model: apiKeyState, decide: (state) => decide(command, state), authorize: { action: 'administer' } },
      meta,
    );
  }
}
