import type { LocalDate, LocalizedText } from './shared.types';

export const RESOLUTION_KINDS = ['DECISION', 'COMMITMENT', 'RECOMMENDATION', 'STATEMENT'] as const;
export type ResolutionKind = (typeof RESOLUTION_KINDS)[number];

/** Follow-up status; a rescinded resolution leaves this lifecycle altogether. */
export const RESOLUTION_STATUSES = ['ADOPTED', 'IN_PROGRESS', 'IMPLEMENTED', 'BLOCKED', 'ABANDONED'] as const;
export type ResolutionStatus = (typeof RESOLUTION_STATUSES)[number];

export interface ResolutionAdopted {
  readonly type: 'ResolutionAdopted';
  readonly data: {
    readonly resolutionId: string;
    readonly meetingId: string;
    readonly unitId: string;
    readonly kind: ResolutionKind;
    readonly text: LocalizedText;
    readonly adoptedOn: LocalDate;
    readonly dueOn: LocalDate | null;
  };
}

export interface ResolutionStatusChanged {
  readonly type: 'ResolutionStatusChanged';
  readonly data: {
    readonly resolutionId: string;
    readonly unitId: string;
    readonly from: ResolutionStatus;
    readonly to: ResolutionStatus;
    readonly changedOn: LocalDate;
    readonly note: string | null;
  };
}

export interface ResolutionRescinded {
  readonly type: 'ResolutionRescinded';
  readonly data: {
    readonly resolutionId: string;
    readonly unitId: string;
    readonly rescindedOn: LocalDate;
    readonly reason: string;
  };
}

export type ResolutionEvent = ResolutionAdopted | ResolutionStatusChanged | ResolutionRescinded;
