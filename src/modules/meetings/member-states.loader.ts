import { memberStreamId } from '../../events/stream-ids';
import type { EventStore } from '../../infrastructure/event-store/event-store.port';
import { type MemberState, memberState } from '../members/members.state';
import { loadStream } from '../shared-kernel/stream-loader';

/** The current state of each named member, for decide to check that they exist. */
export const loadMemberStates = async (store: EventStore, memberIds: readonly string[]): Promise<ReadonlyMap<string, MemberState>> => {
  const states = new Map<string, MemberState>();
  for (const memberId of memberIds) {
    states.set(memberId, (await loadStream(store, memberStreamId(memberId), memberState)).state);
  }
  return states;
};
