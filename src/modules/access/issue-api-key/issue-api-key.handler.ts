import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { apiKeyStreamId } from '../../../events/stream-ids';
import { formatApiKey, hashApiKeySecret, newApiKeySecret } from '../../../infrastructure/auth/api-key';
import { Clock } from '../../../infrastructure/clock/clock';
import { EVENT_STORE, type EventStore } from '../../../infrastructure/event-store/event-store.port';
import { CommandRunner, newEntityId, type CommandMeta, type CommandOutcome } from '../../shared-kernel/command-runner';
import { loadStream } from '../../shared-kernel/stream-loader';
import { apiKeyState } from '../api-key.state';
import { decide, type IssueApiKey } from './issue-api-key.decide';

/** What issuing a key answers; the key itself exists only here. */
export interface IssuedApiKey {
  readonly keyId: string;
  readonly principalId: string;
  /** `sjk_<keyId>_<secret>`; null when the command repeated an earlier one, whose answer alone showed the key. */
  readonly apiKey: string | null;
  readonly outcome: CommandOutcome;
}

export class IssueApiKeyCommand extends Command<IssuedApiKey> {
  constructor(
    readonly input: Pick<IssueApiKey, 'principalId' | 'label'>,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

@CommandHandler(IssueApiKeyCommand)
export class IssueApiKeyHandler implements ICommandHandler<IssueApiKeyCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly runner: CommandRunner,
    private readonly clock: Clock,
  ) {}

  async execute({ input, meta }: IssueApiKeyCommand): Promise<IssuedApiKey> {
    // Derived from the commandId when there is one, so a retry finds the key it already issued.
    const keyId = newEntityId(meta);
    const secret = newApiKeySecret();
    const command: IssueApiKey = { ...input, keyId, secretHash: hashApiKeySecret(secret), now: this.clock.now().toISOString() };
    const outcome = await this.runner.run(
      { streamId: apiKeyStreamId(keyId), entityId: keyId, model: apiKeyState, decide: (state) => decide(command, state), authorize: { action: 'administer' } },
      meta,
    );
    return { keyId, principalId: input.principalId, apiKey: (await this.recordedOurs(command, meta, outcome)) ? formatApiKey({ keyId, secret }) : null, outcome };
  }

  /**
   * Whether the key recorded is the one this call drew. Twin commands (same commandId,
   * e.g. two instances bootstrapping at once) write the same event ids, which a store
   * keeps once: the later twin's append succeeds, but the stored secret is the earlier's.
   */
  private async recordedOurs(command: IssueApiKey, meta: CommandMeta, outcome: CommandOutcome): Promise<boolean> {
    if (outcome.replayed) return false;
    if (meta.commandId === null) return true;
    const recorded = (await loadStream(this.store, apiKeyStreamId(command.keyId), apiKeyState)).state;
    return recorded.status !== 'None' && recorded.secretHash === command.secretHash;
  }
}
