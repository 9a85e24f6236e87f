import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../../infrastructure/graphql/request-context';
import { mayRead, mayReadPersonal } from '../shared/read-access';
import type { SearchKind } from './search.documents';

/**
 * What a caller may find under a unit. Nothing outside its read scope (the
 * resolver has already answered such a unit as unknown; this keeps the search
 * empty should another caller forget). Members only with the right to read
 * personal data over the whole searched subtree, since a member hit shows the
 * name: a caller allowed only lower down searches that lower unit to find them.
 */
@Injectable()
export class SearchAccess {
  async visibleKinds(context: RequestContext, unitPath: string, kinds: readonly SearchKind[]): Promise<readonly SearchKind[]> {
    if (!mayRead(context, unitPath)) return [];
    return mayReadPersonal(context, unitPath) ? kinds : kinds.filter((kind) => kind !== 'MEMBER');
  }
}
