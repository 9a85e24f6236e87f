import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../../../infrastructure/graphql/request-context';

/**
 * Who may follow which subtree. Every request may follow every unit until
 * authorization lands; then this checks the principal's grants, and the live feed
 * needs no other change.
 */
@Injectable()
export class FeedAccess {
  async assertCanFollow(_context: RequestContext, _unitPath: string): Promise<void> {
    return;
  }
}
