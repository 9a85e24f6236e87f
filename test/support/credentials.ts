import type { INestApplication } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { SignJWT, type JWTPayload } from 'jose';
import type { Role } from '../../src/events/access.events';
import { unrestricted } from '../../src/infrastructure/auth/access';
import { AuthSettings } from '../../src/infrastructure/auth/auth-settings';
import { GrantRoleCommand } from '../../src/modules/access/grant-role/grant-role.handler';
import { IssueApiKeyCommand } from '../../src/modules/access/issue-api-key/issue-api-key.handler';
import type { CommandMeta } from '../../src/modules/shared-kernel/command-runner';
import { DomainError } from '../../src/modules/shared-kernel/domain-error';

/** What test apps verify tokens with: HS256, this issuer and audience. */
export const TEST_TOKENS = {
  secret: 'sijill-test-secret-at-least-32-characters-long',
  issuer: 'https://id.sijill.test',
  audience: 'sijill-test',
} as const;

export const testAuthSettings = (enabled = true): AuthSettings =>
  AuthSettings.of({
    SIJILL_AUTH: enabled ? 'on' : 'off',
    SIJILL_JWT_SECRET: TEST_TOKENS.secret,
    SIJILL_JWT_ISSUER: TEST_TOKENS.issuer,
    SIJILL_JWT_AUDIENCE: TEST_TOKENS.audience,
    SIJILL_JWT_JWKS_URL: undefined,
    SIJILL_JWT_PUBLIC_KEY: undefined,
  });

export interface TestGrant {
  readonly role: Role;
  /** null: the whole register. */
  readonly unitId: string | null;
}

const TEST_SYSTEM = unrestricted('test:credentials', 'system');
const meta = (): CommandMeta => ({ principal: TEST_SYSTEM, actor: TEST_SYSTEM.id, correlationId: 'test-credentials', commandId: null, expectedRevision: null });

/**
 * Grants these roles (those already held are kept) and issues a new API key, through
 * the service's own command handlers; returns the Authorization header value.
 */
export const issueCredential = async (app: INestApplication, principalId: string, grants: readonly TestGrant[]): Promise<string> => {
  const commands = app.get(CommandBus);
  for (const grant of grants) {
    try {
      await commands.execute(new GrantRoleCommand({ principalId, role: grant.role, unitId: grant.unitId }, meta()));
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'ACCESS.ALREADY_GRANTED')) throw error;
    }
  }
  const issued = await commands.execute(new IssueApiKeyCommand({ principalId, label: 'test credential' }, meta()));
  return `Bearer ${issued.apiKey!}`;
};

/**
 * An HS256 token the test app accepts: issuer, audience, issued-at and a one-hour
 * expiry are filled in unless `claims` sets them. Returns the Authorization header value.
 */
export const signTestToken = async (claims: JWTPayload & { sub: string }, secret: string = TEST_TOKENS.secret): Promise<string> => {
  const now = Math.floor(Date.now() / 1000);
  const token = await new SignJWT({ iss: TEST_TOKENS.issuer, aud: TEST_TOKENS.audience, iat: now, exp: now + 3600, ...claims })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .sign(new TextEncoder().encode(secret));
  return `Bearer ${token}`;
};
