import type { Instant, LocalDate } from '../../events/shared.types';
import { DomainError, validationError } from '../shared-kernel/domain-error';
import { localDateOf } from '../shared-kernel/time.validation';
import type { ResolutionState } from './resolutions.state';

/** Follow-up dates default to today here; the register's users live in Morocco. */
export const FOLLOW_UP_TIME_ZONE = 'Africa/Casablanca';

type InForce = Extract<ResolutionState, { lifecycle: 'InForce' }>;

/** A resolution that can still be followed up: adopted, and not rescinded. */
export const inForce = (state: ResolutionState, resolutionId: string): InForce => {
  if (state.lifecycle === 'None') throw new DomainError('RESOLUTION.NOT_FOUND', `Resolution ${resolutionId} is not adopted`, 'resolutionId');
  if (state.lifecycle === 'Rescinded') {
    throw new DomainError('RESOLUTION.RESCINDED', `Resolution ${resolutionId} was rescinded on ${state.rescindedOn}`, 'resolutionId');
  }
  return state;
};

/** The day a follow-up happened: today when not given, never before the meeting, never after today. */
export const followUpDate = (requested: LocalDate | null, field: string, adoptedOn: LocalDate, now: Instant): LocalDate => {
  const today = localDateOf(now, FOLLOW_UP_TIME_ZONE);
  const date = requested ?? today;
  if (date < adoptedOn) {
    throw new DomainError('RESOLUTION.BEFORE_MEETING', `${field}: ${date} is before the meeting of ${adoptedOn}`, field, { adoptedOn });
  }
  if (date > today) throw validationError(field, `must not be after today (${today} in ${FOLLOW_UP_TIME_ZONE})`);
  return date;
};
