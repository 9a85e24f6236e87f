import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../../infrastructure/graphql/request-context';
import type { SearchKind } from './search.documents';

/**
 * What a caller may find. Every request may search every unit, member names
 * included, until authorization lands; then this narrows the kinds (MEMBER only
 * with the right to see personal data) and refuses subtrees outside the caller's
 * grants, and search needs no other change.
 */
@Injectable()
export class SearchAccess {
  async visibleKinds(_context: RequestContext, _unitPath: string, kinds: readonly SearchKind[]): Promise<readonly SearchKind[]> {
    return kinds;
  }
}
