import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../../../infrastructure/graphql/request-context';
import { DomainError } from '../../../modules/shared-kernel/domain-error';
import { mayRead } from '../../shared/read-access';

/** What the subscription says of a unit it cannot follow: the same for an unknown unit and one outside the caller's read scope. */
export const unknownUnit = (unitId: string): DomainError => new DomainError('ORG_UNIT.NOT_FOUND', `Unit ${unitId} does not exist`, 'unitId');

/**
 * Who may follow which subtree: a caller may follow a unit it may read. Every
 * event the feed then delivers lies in that subtree, so in the caller's scope;
 * names in the items are withheld field by field, as in the activityFeed query.
 */
@Injectable()
export class FeedAccess {
  async assertCanFollow(context: RequestContext, unit: { readonly id: string; readonly path: string }): Promise<void> {
    if (!mayRead(context, unit.path)) throw unknownUnit(unit.id);
  }
}
