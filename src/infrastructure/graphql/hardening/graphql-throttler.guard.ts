import { Injectable, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { DomainError } from '../../../modules/shared-kernel/domain-error';
import type { RequestContext } from '../request-context';
import { rateLimitTracker } from './rate-limit-tracker';

interface Socket {
  readonly remoteAddress?: string;
}

/**
 * What the guard reads of `req`: over HTTP the Express request; over graphql-ws
 * Nest puts graphql-ws's own context there, whose `extra` holds the upgrade request.
 */
interface RequestLike {
  readonly ip?: string;
  readonly socket?: Socket;
  readonly res?: Record<string, any>;
  readonly extra?: { readonly request?: { readonly socket?: Socket } };
}

interface GraphqlContext {
  readonly req?: RequestLike;
  readonly requestContext?: RequestContext;
}

/**
 * Rate limits GraphQL per caller (see rateLimitTracker). The guard runs for each
 * root field; one verdict is kept per operation, so an operation counts once
 * however many root fields it asks for, and is refused as a whole. Operations over
 * graphql-ws (subscriptions included) count like the others.
 */
@Injectable()
export class GraphqlThrottlerGuard extends ThrottlerGuard {
  private readonly verdicts = new WeakMap<GraphqlContext, Promise<boolean>>();

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const graphql = GqlExecutionContext.create(context).getContext<GraphqlContext>();
    let verdict = this.verdicts.get(graphql);
    if (!verdict) {
      verdict = super.canActivate(context);
      this.verdicts.set(graphql, verdict);
    }
    return verdict;
  }

  // Over graphql-ws there is no response to put rate-limit headers on; `{}` takes none.
  protected override getRequestResponse(context: ExecutionContext): { req: Record<string, any>; res: Record<string, any> } {
    const req = GqlExecutionContext.create(context).getContext<GraphqlContext>().req;
    return { req: req ?? {}, res: req?.res ?? {} };
  }

  protected override async getTracker(req: Record<string, any>, context?: ExecutionContext): Promise<string> {
    const principal = context ? GqlExecutionContext.create(context).getContext<GraphqlContext>().requestContext?.principal : undefined;
    const from = req as RequestLike;
    return rateLimitTracker(principal, from.ip ?? from.socket?.remoteAddress ?? from.extra?.request?.socket?.remoteAddress);
  }

  // One budget per caller across every query, mutation and subscription, not one per resolver.
  protected override generateKey(_context: ExecutionContext, tracker: string, throttlerName: string): string {
    return `${throttlerName}:${tracker}`;
  }

  protected override async throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    throw new DomainError('RATE_LIMITED', `Too many calls: at most ${detail.limit} in ${detail.ttl / 1000} s; try again in ${detail.timeToBlockExpire} s`, null, {
      limit: detail.limit,
      windowMs: detail.ttl,
      retryAfterSeconds: detail.timeToBlockExpire,
    });
  }
}
