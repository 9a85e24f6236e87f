import { Module } from '@nestjs/common';
import { GrantRoleHandler } from './grant-role/grant-role.handler';
import { GrantRoleResolver } from './grant-role/grant-role.resolver';
import { IssueApiKeyHandler } from './issue-api-key/issue-api-key.handler';
import { IssueApiKeyResolver } from './issue-api-key/issue-api-key.resolver';
import { PrincipalDirectory } from './principal-directory';
import { PrincipalsResolver } from './principals/principals.resolver';
import { RevokeApiKeyHandler } from './revoke-api-key/revoke-api-key.handler';
import { RevokeApiKeyResolver } from './revoke-api-key/revoke-api-key.resolver';
import { RevokeRoleHandler } from './revoke-role/revoke-role.handler';
import { RevokeRoleResolver } from './revoke-role/revoke-role.resolver';

/** Grants and API keys: who may do what, recorded as events. */
@Module({
  providers: [
    PrincipalDirectory,
    GrantRoleHandler,
    GrantRoleResolver,
    RevokeRoleHandler,
    RevokeRoleResolver,
    IssueApiKeyHandler,
    IssueApiKeyResolver,
    RevokeApiKeyHandler,
    RevokeApiKeyResolver,
    PrincipalsResolver,
  ],
  exports: [PrincipalDirectory, GrantRoleHandler, IssueApiKeyHandler],
})
export class AccessModule {}
