import type { SijillConfig } from '../config/config.schema';

/** How bearer tokens are verified: a shared secret (HS256) or an identity provider's public keys (RS256). */
export type TokenKey =
  | { readonly kind: 'secret'; readonly secret: string }
  | { readonly kind: 'jwks'; readonly url: string }
  | { readonly kind: 'pem'; readonly pem: string };

export interface TokenSettings {
  readonly key: TokenKey;
  readonly issuer: string;
  readonly audience: string;
}

type AuthConfig = Pick<
  SijillConfig,
  'SIJILL_AUTH' | 'SIJILL_JWT_SECRET' | 'SIJILL_JWT_JWKS_URL' | 'SIJILL_JWT_PUBLIC_KEY' | 'SIJILL_JWT_ISSUER' | 'SIJILL_JWT_AUDIENCE'
>;

/** Authentication as configured; a provider of its own so tests can set it without touching the environment. */
export class AuthSettings {
  constructor(
    /** false: SIJILL_AUTH=off, every request is the unrestricted principal `auth-off`. */
    readonly enabled: boolean,
    /** null: tokens are refused and only API keys authenticate. */
    readonly tokens: TokenSettings | null,
  ) {}

  /** From validated configuration, which already requires issuer and audience beside a token key. */
  static of(config: AuthConfig): AuthSettings {
    return new AuthSettings(config.SIJILL_AUTH === 'on', tokenSettingsOf(config));
  }
}

const tokenSettingsOf = (config: AuthConfig): TokenSettings | null => {
  const key: TokenKey | null = config.SIJILL_JWT_SECRET
    ? { kind: 'secret', secret: config.SIJILL_JWT_SECRET }
    : config.SIJILL_JWT_JWKS_URL
      ? { kind: 'jwks', url: config.SIJILL_JWT_JWKS_URL }
      : config.SIJILL_JWT_PUBLIC_KEY
        ? { kind: 'pem', pem: config.SIJILL_JWT_PUBLIC_KEY.replace(/\\n/g, '\n') }
        : null;
  if (!key || !config.SIJILL_JWT_ISSUER || !config.SIJILL_JWT_AUDIENCE) return null;
  return { key, issuer: config.SIJILL_JWT_ISSUER, audience: config.SIJILL_JWT_AUDIENCE };
};
