/**
 * Who may do what: grants and API keys are facts in the log like any other, so
 * they are sealed, exported and audited with the rest, on every store.
 */

/** The roles a grant gives; what each allows is the access model's business. */
export const ROLES = ['ADMIN', 'RECORDER', 'VIEWER', 'AUDITOR', 'STEWARD'] as const;
export type Role = (typeof ROLES)[number];

/** A principal id: an operator's name, an e-mail address, a token's subject (`sub`). */
export const PRINCIPAL_ID = /^[\w.@:+-]{1,100}$/;

/** The unit path of a grant on the whole register, and of every API key event. */
export const WHOLE_REGISTER = '/';

interface GrantData {
  readonly principalId: string;
  readonly role: Role;
  /** null: the whole register. */
  readonly unitId: string | null;
  /** The unit's path when granted, or WHOLE_REGISTER. */
  readonly unitPath: string;
}

export interface RoleGranted {
  readonly type: 'RoleGranted';
  readonly data: GrantData;
}

export interface RoleRevoked {
  readonly type: 'RoleRevoked';
  readonly data: GrantData;
}

export interface ApiKeyIssued {
  readonly type: 'ApiKeyIssued';
  readonly data: {
    readonly keyId: string;
    readonly principalId: string;
    readonly label: string;
    /** SHA-256 (hex) of the key's random secret. The secret itself is never recorded. */
    readonly secretHash: string;
  };
}

export interface ApiKeyRevoked {
  readonly type: 'ApiKeyRevoked';
  readonly data: {
    readonly keyId: string;
    readonly principalId: string;
    readonly reason: string | null;
  };
}

export type AccessEvent = RoleGranted | RoleRevoked | ApiKeyIssued | ApiKeyRevoked;

/** The access events' types: they are not the organization's activity, so feeds leave them out. */
export const ACCESS_EVENT_TYPES = ['RoleGranted', 'RoleRevoked', 'ApiKeyIssued', 'ApiKeyRevoked'] as const satisfies readonly AccessEvent['type'][];
