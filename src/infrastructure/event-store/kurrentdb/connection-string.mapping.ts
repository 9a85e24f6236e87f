/** Where KURRENTDB_CONNECTION_STRING points, in forms safe to print. */
export interface ConnectionTarget {
  /** What the client gets: the legacy esdb scheme spelt kurrentdb (same meaning, no deprecation warning on stderr). */
  readonly connectionString: string;
  /** `host:port[,host:port…]`, for messages. */
  readonly hosts: string;
  /** The whole string with its password replaced by `***`. */
  readonly redacted: string;
  readonly legacyScheme: boolean;
  /** The password as written and percent-decoded, to scrub from third-party messages; empty when none. */
  readonly secrets: readonly string[];
}

export const CONNECTION_VARIABLE = 'KURRENTDB_CONNECTION_STRING';

/** The schemes the client (1.3.1) parses; esdb is deprecated there but still the name many deployments use. */
const SCHEME = /^(kurrentdb|kurrent|kdb|esdb)(\+discover)?:\/\//i;
// As the client reads it: credentials are `user:password@` before the first host, '@' percent-encoded inside them.
const USERINFO = /^([^:@/?]+):([^@]+)@/;

const decode = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

// Third-party messages end with or without a full stop; ours add their own.
const clause = (reason: string): string => reason.trim().replace(/\.+$/, '');

export class KurrentDbConfigError extends Error {
  readonly code = 'EVENT_STORE.KURRENTDB_MISCONFIGURED';
  constructor(readonly redacted: string, reason: string) {
    super(
      `${CONNECTION_VARIABLE} is not a usable KurrentDB connection string (${redacted}): ${clause(reason)}. ` +
        'Expected kurrentdb://[user:password@]host:port[,host:port…][?tls=false&…]; kdb://, esdb:// and +discover work too.',
    );
    this.name = 'KurrentDbConfigError';
  }
}

export const parseConnectionTarget = (raw: string): ConnectionTarget => {
  const text = typeof raw === 'string' ? raw.trim() : '';
  const match = SCHEME.exec(text);
  const rest = match ? text.slice(match[0].length) : text.replace(/^[^:]*:\/\//, '');
  const userinfo = USERINFO.exec(rest);
  const password = userinfo?.[2] ?? '';
  const secrets = password === '' ? [] : [...new Set([password, decode(password)])];
  const afterCredentials = userinfo ? rest.slice(userinfo[0].length) : rest;
  const written = text.includes('://') ? (text.split('://')[0] ?? '') : '';
  const scheme = match ? `${match[1]!.toLowerCase()}${(match[2] ?? '').toLowerCase()}` : written;
  const redactedRest = userinfo ? `${userinfo[1]}:***@${afterCredentials}` : rest;
  const redacted = scheme === '' ? redactedRest : `${scheme}://${redactedRest}`;
  if (!match) throw new KurrentDbConfigError(redacted, 'the scheme must be kurrentdb://, kdb:// or esdb://');
  const hosts = afterCredentials.split(/[/?]/)[0] ?? '';
  if (hosts === '') throw new KurrentDbConfigError(redacted, 'it names no host');
  const legacyScheme = scheme.startsWith('esdb');
  const clientScheme = legacyScheme ? scheme.replace('esdb', 'kurrentdb') : scheme;
  return { connectionString: `${clientScheme}://${rest}`, hosts, redacted, legacyScheme, secrets };
};

/** Removes the password from a message that may quote the connection string (the client's parse errors do). */
export const scrub = (message: string, target: Pick<ConnectionTarget, 'secrets'>): string =>
  target.secrets.reduce((text, secret) => text.split(secret).join('***'), message);

export class KurrentDbUnavailableError extends Error {
  readonly code = 'EVENT_STORE.KURRENTDB_UNAVAILABLE';
  // Only printable fields: error objects end up in structured logs whole.
  readonly hosts: string;
  readonly redacted: string;
  constructor(target: Pick<ConnectionTarget, 'hosts' | 'redacted'>, reason: string) {
    super(
      `KurrentDB did not answer at ${target.hosts} (${CONNECTION_VARIABLE}=${target.redacted}): ${clause(reason)}. ` +
        'Check that the server runs and is reachable from here, and that tls= matches its security mode.',
    );
    this.name = 'KurrentDbUnavailableError';
    this.hosts = target.hosts;
    this.redacted = target.redacted;
  }
}
