import { WHOLE_REGISTER, type ApiKeyRevoked } from '../../../events/access.events';
import type { Instant } from '../../../events/shared.types';
import { type Decided, decided } from '../../shared-kernel/decider';
import { DomainError } from '../../shared-kernel/domain-error';
import { entityId } from '../../shared-kernel/id.validation';
import { optionalText, TEXT_LIMITS } from '../../shared-kernel/text.validation';
import type { ApiKeyState } from '../api-key.state';

export interface RevokeApiKey {
  readonly keyId: string;
  readonly reason: string | null;
  readonly now: Instant;
}

/** Ends a key for good: the next request that presents it is refused. */
export const decide = (command: RevokeApiKey, state: ApiKeyState): readonly Decided<ApiKeyRevoked>[] => {
  entityId(command.keyId, 'keyId');
  const reason = optionalText(command.reason, 'reason', { max: TEXT_LIMITS.reason });
  if (state.status === 'None') throw new DomainError('ACCESS.KEY_NOT_FOUND', `No API key ${command.keyId}`, 'keyId');
  if (state.status === 'Revoked') throw new DomainError('ACCESS.KEY_ALREADY_REVOKED', `API key ${command.keyId} is already revoked`, 'keyId');
  return [
    decided<ApiKeyRevoked>(
      { type: 'ApiKeyRevoked', data: { keyId: state.keyId, principalId: state.principalId, reason } },
      { occurredAt: command.now, unitPath: WHOLE_REGISTER },
    ),
  ];
};
