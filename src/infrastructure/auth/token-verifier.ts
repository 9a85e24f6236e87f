import { createRemoteJWKSet, errors, importSPKI, jwtVerify, type JWTVerifyOptions } from 'jose';
import type { TokenSettings } from './auth-settings';

/** The verified token's subject; throws a TokenRefusal for a token that does not verify. */
export type VerifyToken = (token: string) => Promise<string>;

export class TokenRefusal extends Error {}

/** Seconds of clock difference tolerated between the token's issuer and this service. */
const CLOCK_TOLERANCE_SECONDS = 30;

/**
 * Verifies signature, algorithm, issuer, audience and expiry (exp is required).
 * The algorithm is pinned by the key kind, so a token cannot pick a weaker one.
 * A PEM key is imported here, so a bad one stops start-up rather than a request.
 */
export const createTokenVerifier = async (settings: TokenSettings): Promise<VerifyToken> => {
  const options: JWTVerifyOptions = {
    algorithms: settings.key.kind === 'secret' ? ['HS256'] : ['RS256'],
    issuer: settings.issuer,
    audience: settings.audience,
    clockTolerance: CLOCK_TOLERANCE_SECONDS,
    requiredClaims: ['exp', 'sub'],
  };
  const verify = await verifierFor(settings, options);
  return async (token) => {
    try {
      return (await verify(token)).payload.sub!;
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new TokenRefusal('The token has expired');
      if (error instanceof errors.JOSEError) throw new TokenRefusal('The token is not valid');
      throw error;
    }
  };
};

const verifierFor = async (settings: TokenSettings, options: JWTVerifyOptions) => {
  const { key } = settings;
  switch (key.kind) {
    case 'secret': {
      const secret = new TextEncoder().encode(key.secret);
      return (token: string) => jwtVerify(token, secret, options);
    }
    case 'jwks': {
      // Fetched on first use and cached; a token naming an unknown key id refetches, within jose's cooldown.
      const keys = createRemoteJWKSet(new URL(key.url));
      return (token: string) => jwtVerify(token, keys, options);
    }
    case 'pem': {
      const publicKey = await importSPKI(key.pem, 'RS256');
      return (token: string) => jwtVerify(token, publicKey, options);
    }
  }
};
