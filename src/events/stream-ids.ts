import { PRINCIPAL_ID } from './access.events';

/** One stream-id function per category; the category is what precedes the first '-'. */
export const orgUnitStreamId = (unitId: string): string => `orgUnit-${unitId}`;
export const memberStreamId = (memberId: string): string => `member-${memberId}`;
export const meetingStreamId = (meetingId: string): string => `meeting-${meetingId}`;
export const resolutionStreamId = (resolutionId: string): string => `resolution-${resolutionId}`;
/** A principal's grants. Its id is checked here too: it comes from tokens and operators, not from our own generators. */
export const principalStreamId = (principalId: string): string => {
  if (!PRINCIPAL_ID.test(principalId)) throw new Error(`Not a principal id: ${JSON.stringify(principalId.slice(0, 120))}`);
  return `principal-${principalId}`;
};
/** One API key's issue and revocation. */
export const apiKeyStreamId = (keyId: string): string => `apiKey-${keyId}`;

export const streamCategory = (streamId: string): string => {
  const dash = streamId.indexOf('-');
  return dash === -1 ? streamId : streamId.slice(0, dash);
};
