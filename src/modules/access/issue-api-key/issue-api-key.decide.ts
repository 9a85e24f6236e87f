import { WHOLE_REGISTER, type ApiKeyIssued } from '../../../events/access.events';
import type { Instant } from '../../../events/shared.types';
import { type Decided, decided } from '../../shared-kernel/decider';
import { validationError } from '../../shared-kernel/domain-error';
import { requiredText } from '../../shared-kernel/text.validation';
import type { ApiKeyState } from '../api-key.state';
import { principalId as validPrincipalId } from '../principal-id.validation';

export interface IssueApiKey {
  readonly keyId: string;
  readonly principalId: string;
  readonly label: string;
  /** SHA-256 (hex) of the secret the handler drew; the decision never sees the secret. */
  readonly secretHash: string;
  readonly now: Instant;
}

const LABEL_MAX = 100;
const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * Issues a key that authenticates as the principal. Keys are filed at the whole
 * register: a key carries every grant its principal holds, anywhere, so only an
 * administrator of the whole register issues one.
 */
export const decide = (command: IssueApiKey, state: ApiKeyState): readonly Decided<ApiKeyIssued>[] => {
  const principalId = validPrincipalId(command.principalId, 'principalId');
  const label = requiredText(command.label, 'label', { max: LABEL_MAX });
  if (!SHA256_HEX.test(command.secretHash)) throw new Error('An API key must be recorded by the SHA-256 of its secret');
  if (state.status !== 'None') throw validationError('keyId', `key ${command.keyId} already exists`);
  return [
    decided<ApiKeyIssued>(
      { type: 'ApiKeyIssued', data: { keyId: command.keyId, principalId, label, secretHash: command.secretHash } },
      { occurredAt: command.now, unitPath: WHOLE_REGISTER },
    ),
  ];
};
