import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ROLES, type Role } from '../../events/access.events';
import type { Grant, Principal } from '../../infrastructure/auth/access';
import { enumOf } from '../../infrastructure/graphql/enum-of';
import type { IssuedApiKey } from './issue-api-key/issue-api-key.handler';
import type { ApiKeySummary } from './principal-directory';

export const RoleEnum = enumOf(ROLES);
registerEnumType(RoleEnum, {
  name: 'Role',
  description:
    'ADMIN: everything, grants and keys included; RECORDER: read, personal data, record, shape the tree below its unit; VIEWER: read; AUDITOR: read and audit; STEWARD: read, personal data, erase.',
});

@ObjectType('Grant', { description: 'A role over a unit and everything below it, or over the whole register.' })
export class GrantType {
  @Field(() => RoleEnum)
  role!: Role;
  @Field(() => ID, { nullable: true, description: 'null: the whole register.' })
  unitId!: string | null;
  @Field(() => String, { description: "The unit's path, or / for the whole register." })
  unitPath!: string;

  static of(grant: Pick<Grant, 'role' | 'unitId' | 'unitPath'>): GrantType {
    return Object.assign(new GrantType(), { role: grant.role, unitId: grant.unitId, unitPath: grant.unitPath });
  }
}

@ObjectType('Caller', { description: 'Who the current request authenticated as.' })
export class CallerType {
  @Field(() => ID, { description: 'Recorded as the actor of every event this caller records.' })
  id!: string;
  @Field(() => String, { description: 'api-key, token, auth-off or system.' })
  authenticatedBy!: string;
  @Field(() => [GrantType])
  grants!: GrantType[];

  static of(principal: Principal): CallerType {
    return Object.assign(new CallerType(), { id: principal.id, authenticatedBy: principal.authenticatedBy, grants: principal.grants.map(GrantType.of) });
  }
}

@ObjectType('ApiKey', { description: 'An API key, without its secret: that was shown once, when it was issued.' })
export class ApiKeyType {
  @Field(() => ID)
  keyId!: string;
  @Field(() => String)
  label!: string;
  @Field(() => String, { description: 'ISO 8601.' })
  issuedAt!: string;
  @Field(() => Boolean)
  revoked!: boolean;
  @Field(() => String, { nullable: true, description: 'ISO 8601; null while the key works.' })
  revokedAt!: string | null;

  static of(key: ApiKeySummary): ApiKeyType {
    return Object.assign(new ApiKeyType(), { ...key, revoked: key.revokedAt !== null });
  }
}

@ObjectType('Principal', { description: 'A person or system as the register knows it: its grants and API keys.' })
export class PrincipalType {
  @Field(() => ID)
  id!: string;
  @Field(() => [GrantType])
  grants!: GrantType[];
  @Field(() => [ApiKeyType], { description: 'Oldest first, revoked ones included.' })
  apiKeys!: ApiKeyType[];
}

@ObjectType('IssuedApiKey', { description: 'A new API key. Its secret is in `apiKey` and nowhere else, ever: store it now.' })
export class IssuedApiKeyType {
  @Field(() => ID)
  keyId!: string;
  @Field(() => ID)
  principalId!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Send as `Authorization: Bearer <apiKey>`. null when this repeated an earlier commandId: revoke that key and issue another.',
  })
  apiKey!: string | null;
  @Field(() => String)
  streamId!: string;
  @Field(() => Int)
  revision!: number;
  @Field(() => String)
  position!: string;
  @Field(() => Boolean)
  replayed!: boolean;

  static of(issued: IssuedApiKey): IssuedApiKeyType {
    const { keyId, principalId, apiKey, outcome } = issued;
    const { streamId, revision, position, replayed } = outcome;
    return Object.assign(new IssuedApiKeyType(), { keyId, principalId, apiKey, streamId, revision, position, replayed });
  }
}
