import { CommandBus } from '@nestjs/cqrs';
import { userInfo } from 'node:os';
import { Command, CommandRunner, Option, SubCommand } from 'nest-commander';
import { unrestricted } from '../infrastructure/auth/access';
import { GrantRoleCommand } from '../modules/access/grant-role/grant-role.handler';
import { IssueApiKeyCommand } from '../modules/access/issue-api-key/issue-api-key.handler';
import { PrincipalDirectory } from '../modules/access/principal-directory';
import { RevokeApiKeyCommand } from '../modules/access/revoke-api-key/revoke-api-key.handler';
import { RevokeRoleCommand } from '../modules/access/revoke-role/revoke-role.handler';
import type { CommandMeta } from '../modules/shared-kernel/command-runner';

interface UnitFlags {
  readonly unit?: string;
}

/** The operator at the console administers everything, and is recorded as `cli:<user>`. */
const operator = (): CommandMeta => {
  const principal = unrestricted(`cli:${userInfo().username}`, 'system');
  return { principal, actor: principal.id, correlationId: `cli-${Date.now()}`, commandId: null, expectedRevision: null };
};

const where = (unitId: string | null): string => (unitId ? `unit ${unitId} and below` : 'the whole register');

/** grant and revoke take the same arguments: who, which role, over which subtree. */
const roleOver = ([principalId, role]: string[], flags: UnitFlags): { principalId: string; role: string; unitId: string | null } => ({
  principalId: principalId!,
  role: role!.toUpperCase(),
  unitId: flags.unit ?? null,
});

const UNIT_OPTION = { flags: '--unit <unitId>', description: 'the unit whose subtree the role covers (default: the whole register)' };

@SubCommand({ name: 'grant', arguments: '<principalId> <role>', description: 'Grant a role (ADMIN, RECORDER, VIEWER, AUDITOR, STEWARD) to a principal' })
export class PrincipalsGrantCommand extends CommandRunner {
  constructor(private readonly commands: CommandBus) {
    super();
  }

  @Option(UNIT_OPTION)
  parseUnit(value: string): string {
    return value;
  }

  async run(params: string[], flags: UnitFlags = {}): Promise<void> {
    const grant = roleOver(params, flags);
    await this.commands.execute(new GrantRoleCommand(grant, operator()));
    console.log(`Granted ${grant.role} over ${where(grant.unitId)} to ${grant.principalId}`);
  }
}

@SubCommand({ name: 'revoke', arguments: '<principalId> <role>', description: "Revoke one of a principal's grants" })
export class PrincipalsRevokeCommand extends CommandRunner {
  constructor(private readonly commands: CommandBus) {
    super();
  }

  @Option(UNIT_OPTION)
  parseUnit(value: string): string {
    return value;
  }

  async run(params: string[], flags: UnitFlags = {}): Promise<void> {
    const grant = roleOver(params, flags);
    await this.commands.execute(new RevokeRoleCommand(grant, operator()));
    console.log(`Revoked ${grant.role} over ${where(grant.unitId)} from ${grant.principalId}`);
  }
}

@SubCommand({ name: 'issue-key', arguments: '<principalId>', description: 'Issue an API key for a principal and print it (shown once)' })
export class PrincipalsIssueKeyCommand extends CommandRunner {
  constructor(private readonly commands: CommandBus) {
    super();
  }

  @Option({ flags: '--label <label>', description: 'what the key is for', required: true })
  parseLabel(value: string): string {
    return value;
  }

  async run([principalId]: string[], flags: { label?: string } = {}): Promise<void> {
    const issued = await this.commands.execute(new IssueApiKeyCommand({ principalId: principalId!, label: flags.label ?? '' }, operator()));
    console.log(`API key ${issued.keyId} for ${principalId} (shown once, store it now):`);
    console.log(issued.apiKey);
  }
}

@SubCommand({ name: 'revoke-key', arguments: '<keyId>', description: 'Revoke an API key for good' })
export class PrincipalsRevokeKeyCommand extends CommandRunner {
  constructor(private readonly commands: CommandBus) {
    super();
  }

  @Option({ flags: '--reason <reason>', description: 'why, kept in the log' })
  parseReason(value: string): string {
    return value;
  }

  async run([keyId]: string[], flags: { reason?: string } = {}): Promise<void> {
    await this.commands.execute(new RevokeApiKeyCommand({ keyId: keyId!, reason: flags.reason ?? null }, operator()));
    console.log(`Revoked API key ${keyId}`);
  }
}

@SubCommand({ name: 'show', arguments: '<principalId>', description: "Print a principal's grants and API keys" })
export class PrincipalsShowCommand extends CommandRunner {
  constructor(private readonly directory: PrincipalDirectory) {
    super();
  }

  async run([principalId]: string[]): Promise<void> {
    const [grants, keys] = await Promise.all([this.directory.grantsOf(principalId!), this.directory.keysOf(principalId!)]);
    console.log(`${principalId}`);
    console.log(grants.length === 0 ? '  no grants' : grants.map((grant) => `  ${grant.role} over ${grant.unitId === null ? 'the whole register' : `${grant.unitId} (${grant.unitPath})`}`).join('\n'));
    for (const key of keys) console.log(`  key ${key.keyId} "${key.label}" issued ${key.issuedAt}${key.revokedAt ? `, revoked ${key.revokedAt}` : ''}`);
  }
}

@Command({
  name: 'principals',
  description: 'Grant and revoke roles, issue and revoke API keys',
  subCommands: [PrincipalsGrantCommand, PrincipalsRevokeCommand, PrincipalsIssueKeyCommand, PrincipalsRevokeKeyCommand, PrincipalsShowCommand],
})
export class PrincipalsCommand extends CommandRunner {
  async run(): Promise<void> {
    this.command.help();
  }
}

export const PRINCIPALS_COMMANDS = [PrincipalsCommand, PrincipalsGrantCommand, PrincipalsRevokeCommand, PrincipalsIssueKeyCommand, PrincipalsRevokeKeyCommand, PrincipalsShowCommand];
