import type { CommandMeta } from '../../modules/shared-kernel/command-runner';
import { validationError } from '../../modules/shared-kernel/domain-error';
import type { RequestContext } from './request-context';

/** The options every mutation accepts, checked the same way everywhere. */
export const commandMeta = (
  context: RequestContext,
  commandId: string | null | undefined,
  expectedRevision: number | null | undefined,
): CommandMeta => {
  if (commandId !== undefined && commandId !== null && !/^[\w.:-]{1,100}$/.test(commandId)) {
    throw validationError('commandId', 'must be 1 to 100 letters, digits or . _ : -');
  }
  if (expectedRevision !== undefined && expectedRevision !== null && expectedRevision < -1) {
    throw validationError('expectedRevision', 'must be -1 (no stream yet) or a revision');
  }
  return {
    principal: context.principal,
    actor: context.actor,
    correlationId: context.correlationId,
    commandId: commandId ?? null,
    expectedRevision: expectedRevision ?? null,
  };
};
