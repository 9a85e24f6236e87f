import type { Projection, Row } from '../../src/projections/runner/projection';

interface CountRow extends Row {
  readonly unitPath: string;
  readonly joined: number;
}

/** A projection small enough to check by hand: members joined per unit path. */
export const countingProjection = (version = 1, options: { failOn?: (memberId: string) => boolean } = {}): Projection => ({
  name: 'test_counts',
  version,
  handles: ['MemberJoined'],
  tables: [{ name: 'per_unit', columns: [{ name: 'unitPath', type: 'text' }, { name: 'joined', type: 'integer' }] }],
  async apply(event, rows) {
    if (event.type !== 'MemberJoined') return;
    if (options.failOn?.(event.data.memberId)) throw new Error(`cannot count ${event.data.memberId}`);
    const id = event.metadata.unitPath;
    const row = await rows.get<CountRow>('per_unit', id);
    rows.put<CountRow>('per_unit', { id, unitPath: id, joined: (row?.joined ?? 0) + 1 });
  },
});
