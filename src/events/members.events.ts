import type { LocalDate, LocalizedText } from './shared.types';

export const LEAVING_REASONS = ['RESIGNED', 'EXPELLED', 'DECEASED', 'MEMBERSHIP_LAPSED', 'OTHER'] as const;
export type LeavingReason = (typeof LEAVING_REASONS)[number];

export interface MemberJoined {
  readonly type: 'MemberJoined';
  readonly data: {
    readonly memberId: string;
    readonly unitId: string;
    readonly fullName: LocalizedText;
    readonly honorific: LocalizedText | null;
    readonly joinedOn: LocalDate;
  };
}

export interface MemberTransferred {
  readonly type: 'MemberTransferred';
  readonly data: {
    readonly memberId: string;
    readonly fromUnitId: string;
    readonly fromUnitPath: string;
    readonly toUnitId: string;
    readonly transferredOn: LocalDate;
    readonly reason: string | null;
  };
}

export interface MemberLeft {
  readonly type: 'MemberLeft';
  readonly data: {
    readonly memberId: string;
    readonly unitId: string;
    readonly reason: LeavingReason;
    readonly note: string | null;
    readonly leftOn: LocalDate;
  };
}

/**
 * The member's personal data was erased: the key their fields were sealed with is
 * destroyed, so every earlier and later event reads them as erased. The events
 * themselves are never edited; only the key goes.
 */
export interface MemberPersonalDataErased {
  readonly type: 'MemberPersonalDataErased';
  readonly data: {
    readonly memberId: string;
    /** The unit the member was registered in when erased. */
    readonly unitId: string;
    /** Why, as a reference (a request number, a legal ground): stored in clear and never erased, so never personal data. */
    readonly reason: string;
  };
}

export type MemberEvent = MemberJoined | MemberTransferred | MemberLeft | MemberPersonalDataErased;
