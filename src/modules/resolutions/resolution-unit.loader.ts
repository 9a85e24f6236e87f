import { orgUnitStreamId, resolutionStreamId } from '../../events/stream-ids';
import type { EventStore } from '../../infrastructure/event-store/event-store.port';
import { initialState as noUnit, type OrgUnitState, orgUnitState } from '../org-units/org-units.state';
import { loadStream } from '../shared-kernel/stream-loader';
import { resolutionState } from './resolutions.state';

/** The unit a resolution belongs to, for the path its follow-up events carry; `None` when there is no such resolution. */
export const loadResolutionUnit = async (store: EventStore, resolutionId: string): Promise<OrgUnitState> => {
  const resolution = (await loadStream(store, resolutionStreamId(resolutionId), resolutionState)).state;
  if (resolution.lifecycle === 'None') return noUnit();
  return (await loadStream(store, orgUnitStreamId(resolution.unitId), orgUnitState)).state;
};
