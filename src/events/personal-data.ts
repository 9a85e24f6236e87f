import type { DomainEventType } from './registry';

/** A payload field holding personal data, and what it reads as once erased. */
export interface PersonalField {
  readonly name: string;
  /** `{}` for a LocalizedText that must stay an object, null for a nullable field. */
  readonly erased: unknown;
}

export interface PersonalFields {
  /** The payload field naming whose data it is: one key per subject. */
  readonly subject: 'memberId';
  readonly fields: readonly PersonalField[];
}

/**
 * The one list of personal data in the contract: these fields are sealed with the
 * subject's key before they are stored and read as `erased` once the key is
 * destroyed. Any free text about a person belongs here. Fields are top-level and
 * named as in every schema version of their type; a future version that renames
 * one must list both names.
 */
export const PERSONAL_DATA: Readonly<Partial<Record<DomainEventType, PersonalFields>>> = {
  MemberJoined: {
    subject: 'memberId',
    fields: [
      { name: 'fullName', erased: {} },
      { name: 'honorific', erased: null },
    ],
  },
  MemberTransferred: { subject: 'memberId', fields: [{ name: 'reason', erased: null }] },
  MemberLeft: { subject: 'memberId', fields: [{ name: 'note', erased: null }] },
};

/** The event that destroys a subject's key; its payload names the subject as `memberId`. */
export const ERASURE_EVENT_TYPE = 'MemberPersonalDataErased' satisfies DomainEventType;

export const personalFieldsOf = (type: string): PersonalFields | null =>
  Object.prototype.hasOwnProperty.call(PERSONAL_DATA, type) ? PERSONAL_DATA[type as DomainEventType]! : null;
