import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { unrestricted, WHOLE_REGISTER } from '../../../infrastructure/auth/access';
import { AuthSettings } from '../../../infrastructure/auth/auth-settings';
import type { CommandMeta } from '../../shared-kernel/command-runner';
import { DomainError } from '../../shared-kernel/domain-error';
import { GrantRoleCommand, GrantRoleHandler } from '../grant-role/grant-role.handler';
import { IssueApiKeyCommand, IssueApiKeyHandler } from '../issue-api-key/issue-api-key.handler';
import { PrincipalDirectory } from '../principal-directory';

/** The principal the first start makes administrator of the whole register. */
export const FIRST_ADMINISTRATOR = 'admin';

const SYSTEM = unrestricted('system:bootstrap', 'system');

// Fixed command ids: instances starting together on one store record one grant and one key.
const meta = (commandId: string): CommandMeta => ({ principal: SYSTEM, actor: SYSTEM.id, correlationId: 'bootstrap', commandId, expectedRevision: null });

/**
 * Secure by default: with authentication on and no API key ever issued, nobody
 * could get in, so the first start grants ADMIN over the whole register to `admin`,
 * issues it a key and prints that key once, on stdout, outside the JSON logs.
 */
@Injectable()
export class AdministratorBootstrap implements OnApplicationBootstrap {
  constructor(
    private readonly settings: AuthSettings,
    private readonly directory: PrincipalDirectory,
    // The handlers themselves, not the command bus: the bus may not have registered them yet at bootstrap.
    private readonly grantRole: GrantRoleHandler,
    private readonly issueApiKey: IssueApiKeyHandler,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.settings.enabled || (await this.directory.anyApiKeyIssued())) return;
    try {
      await this.grantRole.execute(new GrantRoleCommand({ principalId: FIRST_ADMINISTRATOR, role: 'ADMIN', unitId: null }, meta('bootstrap-administrator-grant')));
    } catch (error) {
      // An operator may have granted it already; the key is what is missing.
      if (!(error instanceof DomainError && error.code === 'ACCESS.ALREADY_GRANTED')) throw error;
    }
    const issued = await this.issueApiKey.execute(
      new IssueApiKeyCommand({ principalId: FIRST_ADMINISTRATOR, label: `first administrator, whole register (${WHOLE_REGISTER})` }, meta('bootstrap-administrator-key')),
    );
    // null: another instance issued it a moment ago and printed it.
    if (issued.apiKey) process.stdout.write(`Sijill administrator API key (shown once, store it now): ${issued.apiKey}\n`);
  }
}
