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

export type MemberEvent = MemberJoined | MemberTransferred | MemberLeft;
