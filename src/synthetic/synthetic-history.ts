import type { MoroccoReference } from '../modules/territory/reference/morocco.reference';
import { MeetingActs } from './acts/meetings.act';
import { MemberActs } from './acts/members.act';
import { OfficerActs } from './acts/officers.act';
import { ResolutionActs } from './acts/resolutions.act';
import { establishStructure, OPEN_DAY } from './acts/structure.act';
import { Random } from './random';
import { apportion, calendarOf, monthWeights, spreadOverDays } from './synthetic-calendar';
import { SyntheticEmitter, type SyntheticEvent } from './synthetic-emitter';
import { syntheticIds } from './synthetic-ids';
import { runKeyOf, type SyntheticOptions } from './synthetic-options';
import { unitWeights } from './synthetic-weights';
import { SyntheticWorld } from './synthetic-world';

/** What happens in a day, in the order it happens: people join before they meet, a meeting before its resolutions. */
const ACTIVITIES = ['join', 'appoint', 'meeting', 'resolution', 'followUp', 'rescind', 'correct', 'relieve', 'transfer', 'leave'] as const;
type Activity = (typeof ACTIVITIES)[number];

/** Shares of the events after the structure's; officers turn over about as fast as seats free up. */
const SHARES: Readonly<Record<Activity, number>> = {
  join: 0.31,
  appoint: 0.035,
  meeting: 0.2,
  resolution: 0.24,
  followUp: 0.11,
  rescind: 0.01,
  correct: 0.01,
  relieve: 0.025,
  transfer: 0.02,
  leave: 0.04,
};

/**
 * A national party's history, event by event in the order it happened, each
 * event decided by the write side's own deciders on the state its stream and the
 * streams it depends on have by then: members join open units, meetings name
 * members who joined, resolutions follow their meetings, follow-ups follow
 * resolutions. Deterministic: the same options yield the same events, and
 * exactly `options.events` of them.
 *
 * Quotas per activity are spread over months (a growing register, with seasons)
 * and days. What cannot happen on its day (no open resolution yet to follow up,
 * no vacant office) waits one day, then becomes a member joining instead.
 */
export function* syntheticHistory(options: SyntheticOptions, reference: MoroccoReference): Generator<SyntheticEvent, void, undefined> {
  const random = new Random(options.seed);
  const calendar = calendarOf(options.fromYear, options.until);
  const ids = syntheticIds(runKeyOf(options));
  const world = new SyntheticWorld(ids, calendar, options.seed);
  const emitter = new SyntheticEmitter(ids);
  establishStructure(world, emitter, reference);
  yield* emitter.drain();

  const members = new MemberActs(world, emitter, random);
  const officers = new OfficerActs(world, emitter, random);
  const meetings = new MeetingActs(world, emitter, random);
  const resolutions = new ResolutionActs(world, emitter, random);
  const weights = unitWeights(world.units, random);
  const totals = apportion(options.events - emitter.emitted, ACTIVITIES.map((activity) => SHARES[activity]));
  const months = monthWeights(calendar, OPEN_DAY, random);
  const perMonth = totals.map((total) => apportion(total, months));
  const lastDay = calendar.dates.length - 1;
  const carry = ACTIVITIES.map(() => 0);

  const act: Readonly<Record<Exclude<Activity, 'join' | 'meeting' | 'resolution'>, (day: number) => boolean>> = {
    appoint: (day) => officers.appoint(day),
    followUp: (day) => resolutions.followUp(day),
    rescind: (day) => resolutions.rescind(day),
    correct: (day) => meetings.correct(day),
    relieve: (day) => officers.relieve(day),
    transfer: (day) => members.transfer(day),
    leave: (day) => members.leave(day),
  };
  const join = (count: number, day: number): void => {
    for (let i = 0; i < count; i++) members.join(random.weighted(weights.joining), day);
  };

  const MEETING = ACTIVITIES.indexOf('meeting');
  const RESOLUTION = ACTIVITIES.indexOf('resolution');
  let resolutionsOwed = 0;
  for (const [month, { first: monthStart, last }] of calendar.months.entries()) {
    const first = Math.max(monthStart, OPEN_DAY);
    if (first > last) continue;
    const perDay = ACTIVITIES.map((_, activity) => spreadOverDays(perMonth[activity]![month]!, first, last, random));
    // The month's resolutions go to the month's meetings; a month without meetings hands them on.
    const meetingsOfMonth = perMonth[MEETING]![month]!;
    resolutionsOwed += perMonth[RESOLUTION]![month]!;
    const adoptedAt = new Int32Array(meetingsOfMonth);
    if (meetingsOfMonth > 0) {
      for (; resolutionsOwed > 0; resolutionsOwed--) adoptedAt[random.int(0, meetingsOfMonth - 1)]!++;
    }
    let meetingOfMonth = 0;
    for (let day = first; day <= last; day++) {
      const fresh = perDay.map((days) => days[day - first]!);
      fresh[RESOLUTION] = 0;
      const due = fresh.map((count, activity) => count + carry[activity]!);
      const done = ACTIVITIES.map(() => 0);
      ACTIVITIES.forEach((activity, index) => {
        if (activity === 'join') {
          join(due[index]!, day);
          done[index] = due[index]!;
        } else if (activity === 'meeting') {
          for (; done[index]! < due[index]!; done[index]!++) {
            const meeting = meetings.hold(random.weighted(weights.meeting), day);
            for (let k = 0; k < adoptedAt[meetingOfMonth]!; k++) resolutions.adopt(meeting, day);
            meetingOfMonth++;
          }
        } else if (activity !== 'resolution') {
          const perform = act[activity];
          while (done[index]! < due[index]! && perform(day)) done[index]!++;
        }
      });
      // Unmet work waits one day at most; beyond that it becomes members joining, so the total stays exact.
      let instead = day === lastDay ? resolutionsOwed : 0;
      ACTIVITIES.forEach((_, activity) => {
        const unmet = due[activity]! - done[activity]!;
        carry[activity] = day === lastDay ? 0 : Math.min(unmet, fresh[activity]!);
        instead += unmet - carry[activity]!;
      });
      join(instead, day);
      yield* emitter.drain();
    }
  }
}
