import type { LeavingReason } from '../../events/members.events';
import type { LocalDate, LocalizedText } from '../../events/shared.types';
import type { ProjectedEvent, Projection, Rows } from '../runner/projection';

export type MemberStatus = 'ACTIVE' | 'LEFT';

export interface MemberTransferRow {
  readonly fromUnitId: string;
  readonly fromUnitPath: string;
  readonly toUnitId: string;
  readonly toUnitPath: string;
  readonly transferredOn: LocalDate;
  readonly reason: string | null;
}

export type MemberRow = {
  readonly id: string;
  readonly unitId: string;
  readonly unitPath: string;
  /** Null once the member's personal data is erased. */
  readonly fullName: LocalizedText | null;
  readonly honorific: LocalizedText | null;
  /** The member's personal data is erased: every personal column is null and stays so. */
  readonly erased: boolean;
  readonly status: MemberStatus;
  readonly joinedOn: LocalDate;
  readonly leftOn: LocalDate | null;
  readonly leavingReason: LeavingReason | null;
  /** Oldest first. */
  readonly transfers: readonly MemberTransferRow[];
};

const MEMBERS = 'members';

/** The row with nothing personal left: what a member reads as once erased. */
export const erasedMember = (row: MemberRow): MemberRow => ({
  ...row,
  fullName: null,
  honorific: null,
  erased: true,
  transfers: row.transfers.map((transfer) => ({ ...transfer, reason: null })),
});

/** Every member with the unit they are registered in now; the unit's path comes from the event's metadata. */
export const membersProjection: Projection = {
  name: 'members',
  // 2: the erased flag, and names that may be null.
  version: 2,
  handles: ['MemberJoined', 'MemberTransferred', 'MemberLeft', 'MemberPersonalDataErased'],
  tables: [
    {
      name: MEMBERS,
      columns: [
        { name: 'unitId', type: 'text' },
        { name: 'unitPath', type: 'text' },
        { name: 'fullName', type: 'json', nullable: true },
        { name: 'honorific', type: 'json', nullable: true },
        { name: 'erased', type: 'boolean' },
        { name: 'status', type: 'text' },
        { name: 'joinedOn', type: 'text' },
        { name: 'leftOn', type: 'text', nullable: true },
        { name: 'leavingReason', type: 'text', nullable: true },
        { name: 'transfers', type: 'json' },
      ],
      indexes: [
        ['unitId', 'id'],
        ['unitPath', 'id'],
      ],
    },
  ],

  async apply(event: ProjectedEvent, rows: Rows): Promise<void> {
    if (!('memberId' in event.data)) return;
    const row = await rows.get<MemberRow>(MEMBERS, event.data.memberId);
    const unitPath = event.metadata.unitPath;
    switch (event.type) {
      case 'MemberJoined': {
        if (row) return;
        const { memberId, unitId, fullName, honorific, joinedOn } = event.data;
        const joined: MemberRow = { id: memberId, unitId, unitPath, fullName, honorific, erased: false, status: 'ACTIVE', joinedOn, leftOn: null, leavingReason: null, transfers: [] };
        // Read after the member's key was destroyed (a rebuild, time travel): the row is erased from the start.
        rows.put<MemberRow>(MEMBERS, event.personalDataErased ? erasedMember(joined) : joined);
        return;
      }
      case 'MemberTransferred': {
        if (!row) return;
        const { fromUnitId, fromUnitPath, toUnitId, transferredOn, reason } = event.data;
        const transfer: MemberTransferRow = { fromUnitId, fromUnitPath, toUnitId, toUnitPath: unitPath, transferredOn, reason: row.erased ? null : reason };
        rows.put<MemberRow>(MEMBERS, { ...row, unitId: toUnitId, unitPath, transfers: [...row.transfers, transfer] });
        return;
      }
      case 'MemberLeft':
        if (row) rows.put<MemberRow>(MEMBERS, { ...row, status: 'LEFT', leftOn: event.data.leftOn, leavingReason: event.data.reason });
        return;
      case 'MemberPersonalDataErased':
        if (row) rows.put<MemberRow>(MEMBERS, erasedMember(row));
        return;
      default:
        return;
    }
  },
};
