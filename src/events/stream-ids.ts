/** One stream-id function per category; the category is what precedes the first '-'. */
export const orgUnitStreamId = (unitId: string): string => `orgUnit-${unitId}`;
export const memberStreamId = (memberId: string): string => `member-${memberId}`;
export const meetingStreamId = (meetingId: string): string => `meeting-${meetingId}`;
export const resolutionStreamId = (resolutionId: string): string => `resolution-${resolutionId}`;

export const streamCategory = (streamId: string): string => {
  const dash = streamId.indexOf('-');
  return dash === -1 ? streamId : streamId.slice(0, dash);
};
