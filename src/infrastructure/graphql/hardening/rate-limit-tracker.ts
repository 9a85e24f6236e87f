import { normalizeIp } from '@nestjs/throttler';
import type { Principal } from '../../auth/access';

/** A principal that proved who it is; with authentication off everyone is the same `auth-off`. */
export const isIdentified = (principal: Principal | undefined): principal is Principal =>
  principal?.authenticatedBy === 'api-key' || principal?.authenticatedBy === 'token';

/**
 * Whose calls count together: an identified principal's, wherever they come
 * from; otherwise the client address's, with IPv6 addresses taken by their /64
 * so that one host cannot rotate through its subnet.
 */
export const rateLimitTracker = (principal: Principal | undefined, clientIp: string | undefined): string => {
  if (isIdentified(principal)) return `principal:${principal.id}`;
  return `ip:${clientIp ? normalizeIp(clientIp) : 'unknown'}`;
};
