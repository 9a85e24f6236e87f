import { PRINCIPAL_ID } from '../../events/access.events';
import type { AccessReads } from '../../modules/access/access-cache';
import type { PrincipalDirectory } from '../../modules/access/principal-directory';
import type { Principal } from './access';
import { API_KEY_PREFIX, parseApiKey, secretMatches } from './api-key';
import { Authenticator, type Credentials, unauthenticated } from './authenticator';
import { TokenRefusal, type VerifyToken } from './token-verifier';

// Far above any real key or token; refuses junk before any parsing or crypto.
const MAX_CREDENTIAL_LENGTH = 8192;
const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

/**
 * Authentication with the register's own API keys and, when configured, bearer
 * tokens. Keys and grants come from their streams as they stand when the request
 * arrives (see AccessCache), so granting and revoking count from the next request on.
 */
export class RegisterAuthenticator extends Authenticator {
  constructor(
    private readonly directory: PrincipalDirectory,
    /** null: tokens are not configured, only API keys are accepted. */
    private readonly verifyToken: VerifyToken | null,
  ) {
    super();
  }

  async authenticate({ authorization }: Credentials): Promise<Principal> {
    if (!authorization) throw unauthenticated('Send Authorization: Bearer <API key or token>');
    const credential = authorization.length <= MAX_CREDENTIAL_LENGTH ? BEARER.exec(authorization)?.[1] : undefined;
    if (!credential) throw unauthenticated('Authorization must read: Bearer <API key or token>');
    const access = await this.directory.forRequest();
    const { id, authenticatedBy } = credential.startsWith(API_KEY_PREFIX) ? await this.byApiKey(credential, access) : await this.byToken(credential);
    return { id, authenticatedBy, grants: await access.grantsOf(id) };
  }

  private async byApiKey(credential: string, access: AccessReads): Promise<Pick<Principal, 'id' | 'authenticatedBy'>> {
    const parts = parseApiKey(credential);
    const key = parts && (await access.apiKey(parts.keyId));
    // Unknown, revoked and wrong secret answer alike.
    if (!parts || !key || key.status !== 'Active' || !secretMatches(parts.secret, key.secretHash)) throw unauthenticated('The API key is not valid');
    return { id: key.principalId, authenticatedBy: 'api-key' };
  }

  private async byToken(token: string): Promise<Pick<Principal, 'id' | 'authenticatedBy'>> {
    if (!this.verifyToken) throw unauthenticated('This service accepts API keys only');
    let subject: string;
    try {
      subject = await this.verifyToken(token);
    } catch (error) {
      if (error instanceof TokenRefusal) throw unauthenticated(error.message);
      throw error;
    }
    if (!PRINCIPAL_ID.test(subject)) throw unauthenticated('The token subject (sub) is not a usable principal id');
    return { id: subject, authenticatedBy: 'token' };
  }
}
