import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { may, WHOLE_REGISTER } from '../../../infrastructure/auth/access';
import { Ctx, type RequestContext } from '../../../infrastructure/graphql/request-context';
import { forbidden } from '../../shared-kernel/domain-error';
import { ApiKeyType, CallerType, GrantType, PrincipalType } from '../access.graphql';
import { principalId as validPrincipalId } from '../principal-id.validation';
import { PrincipalDirectory } from '../principal-directory';

@Resolver()
export class PrincipalsResolver {
  constructor(private readonly directory: PrincipalDirectory) {}

  @Query(() => CallerType, { description: 'Who this request is authenticated as, and its grants.' })
  me(@Ctx() context: RequestContext): CallerType {
    return CallerType.of(context.principal);
  }

  @Query(() => PrincipalType, { description: "A principal's grants and API keys. Needs ADMIN over the whole register." })
  async principal(@Args('id', { type: () => ID }) id: string, @Ctx() context: RequestContext): Promise<PrincipalType> {
    // Keys are issued at the whole register, and a principal's grants span units: only a whole-register administrator sees them all.
    if (!may(context.principal, 'administer', WHOLE_REGISTER)) throw forbidden('Reading principals needs ADMIN over the whole register');
    const principalId = validPrincipalId(id, 'id');
    const [grants, keys] = await Promise.all([this.directory.grantsOf(principalId), this.directory.keysOf(principalId)]);
    return Object.assign(new PrincipalType(), { id: principalId, grants: grants.map(GrantType.of), apiKeys: keys.map(ApiKeyType.of) });
  }
}
