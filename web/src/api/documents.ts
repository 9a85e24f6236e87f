/**
 * The GraphQL documents the dashboard sends; each view asks for what it shows
 * and no more. With `asOf` a document reads through `orgUnit(id, asOf:)`, which
 * answers everything nested under it as it stood then; without it, a document
 * names no time-travel type at all.
 */
const TEXT = 'ar fr en';
const FIGURES = `meetingsHeld attendanceNamed attendanceCounted attendanceUnknownGroups resolutionsAdopted resolutionsImplemented membersJoined membersLeft membersNet`;

const asOfVariable = (asOf: boolean): string => (asOf ? ', $asOf: AsOf!' : '');
const unit = (asOf: boolean, id = '$id'): string => `orgUnit(id: ${id}${asOf ? ', asOf: $asOf' : ''})`;

export const ROOTS = `query Roots { orgUnits { id } }`;

const CHILD = `id level path parallel status name { ${TEXT} }`;

export const unitHeader = (asOf: boolean) => `query UnitHeader($id: ID!${asOfVariable(asOf)}) {
  ${unit(asOf)} {
    id level path name { ${TEXT} } shortName { ${TEXT} }
    ancestors { id level name { ${TEXT} } }
    children { ${CHILD} }
  }
}`;

// The present reads the children table in one statement (activityByChild); the past reads it under the unit.
export const overview = (asOf: boolean) => `query Overview($id: ID!, $from: String!, $to: String!, $cFrom: String!, $cTo: String!, $compare: Boolean!${asOfVariable(asOf)}) {
  ${unit(asOf)} {
    id
    current: activity(from: $from, to: $to) { ${FIGURES} }
    comparison: activity(from: $cFrom, to: $cTo) @include(if: $compare) { ${FIGURES} }
    ${asOf ? `children { ${CHILD} activity(from: $from, to: $to) { ${FIGURES} } }` : ''}
  }
  ${asOf ? '' : `activityByChild(unitId: $id, from: $from, to: $to) { ${CHILD} activity { ${FIGURES} } }`}
}`;

export const series = (asOf: boolean) => `query Series($id: ID!, $from: String!, $to: String!, $cFrom: String!, $cTo: String!, $step: Granularity!, $compare: Boolean!${asOfVariable(asOf)}) {
  ${unit(asOf)} {
    id
    current: activitySeries(from: $from, to: $to, granularity: $step) { label start end ${FIGURES} }
    comparison: activitySeries(from: $cFrom, to: $cTo, granularity: $step) @include(if: $compare) { label start end ${FIGURES} }
  }
}`;

const MEETING_ROW = `id heldOn partOfDay kind title { ${TEXT} } unitId unit { name { ${TEXT} } } resolutions { id }`;
const PAGE = `pageInfo { hasNextPage endCursor }`;

export const meetings = (asOf: boolean) =>
  asOf
    ? `query Meetings($id: ID!, $from: String!, $to: String!, $after: String, $asOf: AsOf!) {
  ${unit(true)} { id meetings(from: $from, to: $to, first: 20, after: $after) { edges { cursor node { ${MEETING_ROW} } } ${PAGE} } }
}`
    : `query Meetings($id: ID!, $from: String!, $to: String!, $after: String) {
  meetings(unitId: $id, from: $from, to: $to, first: 20, after: $after) { edges { cursor node { ${MEETING_ROW} } } ${PAGE} }
}`;

const PARTICIPANT = `kind memberId role count name { ${TEXT} } label { ${TEXT} }`;
const MEETING_DETAIL = `${MEETING_ROW}
    venue { name { ${TEXT} } locality { ${TEXT} } }
    chairs { ${PARTICIPANT} }
    attendees { ${PARTICIPANT} }
    agenda { ${TEXT} }
    summary { ${TEXT} } summaryLanguage
    recordedAt recordedBy
    resolutions { id kind status rescinded text { ${TEXT} } }
    corrections { actor changedFields reason recordedAt }`;

export const MEETING = `query Meeting($id: ID!) { meeting(id: $id) { ${MEETING_DETAIL} } }`;

/** A meeting as recorded then: found among its unit's meetings of the period, read as of the point. */
export const MEETING_AS_OF = `query MeetingAsOf($id: ID!, $from: String!, $to: String!, $asOf: AsOf!) {
  ${unit(true)} { id meetings(from: $from, to: $to, first: 100) { edges { node { ${MEETING_DETAIL} } } } }
}`;

/** One aliased `member` field per id: the few names a meeting record mentions, in one request. */
export const memberNames = (count: number): string => {
  const indexes = Array.from({ length: count }, (_, index) => index);
  return `query MemberNames(${indexes.map((i) => `$m${i}: ID!`).join(', ')}) {
  ${indexes.map((i) => `m${i}: member(id: $m${i}) { id fullName { ${TEXT} } honorific { ${TEXT} } erased personalDataHidden }`).join('\n  ')}
}`;
};

const RESOLUTION = `id kind status rescinded adoptedOn dueOn text { ${TEXT} } unitId unitPath meetingId history { status on actor note }`;

// Read as of a point, a unit's resolutions come without a period filter: the view keeps those adopted in the period.
export const resolutions = (asOf: boolean) =>
  asOf
    ? `query Resolutions($id: ID!, $after: String, $asOf: AsOf!) {
  ${unit(true)} { id resolutions(first: 100, after: $after, includeRescinded: true) { edges { cursor node { ${RESOLUTION} } } ${PAGE} } }
}`
    : `query Resolutions($id: ID!, $from: String!, $to: String!, $after: String) {
  resolutions(unitId: $id, from: $from, to: $to, first: 100, after: $after, includeRescinded: true) { edges { cursor node { ${RESOLUTION} } } ${PAGE} }
}`;

const FEED_ITEM = `id type position occurredAt recordedAt actor summary { ${TEXT} } unitId subjectId unit { name { ${TEXT} } }`;

export const FEED = `query Feed($id: ID!, $after: String) {
  activityFeed(unitId: $id, first: 30, after: $after) { edges { cursor node { ${FEED_ITEM} } } ${PAGE} }
}`;

export const FEED_LIVE = `subscription Live($id: ID!, $after: String) {
  activity(unitId: $id, after: $after) { ${FEED_ITEM} }
}`;

const MEMBER = `member { id fullName { ${TEXT} } honorific { ${TEXT} } erased personalDataHidden }`;
const OFFICER = `id position current title { ${TEXT} } termStart termEnd relievedOn ${MEMBER}`;

export const profile = (asOf: boolean) => `query Profile($id: ID!, $from: String!, $to: String!${asOfVariable(asOf)}) {
  ${unit(asOf)} {
    id level status establishedOn dissolvedOn
    officers { ${OFFICER} }
    officerHistory { ${OFFICER} }
    trend: activitySeries(from: $from, to: $to, granularity: MONTH) { label start end ${FIGURES} }
  }
}`;
