import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { UnitLevel } from '../../events/shared.types';
import { enumOf } from '../../infrastructure/graphql/enum-of';
import { LocalizedTextType } from '../../infrastructure/graphql/localized-text.graphql';
import { UnitLevelEnum } from '../../modules/org-units/org-units.graphql';
import { GRANULARITIES } from './activity.periods';
import type { Scope } from './activity.reader';
import { FIGURES, type Figures } from './activity.tables';

export const GranularityEnum = enumOf(GRANULARITIES);
registerEnumType(GranularityEnum, { name: 'Granularity', description: 'Period of a series bucket; WEEK is the ISO week, Monday to Sunday.' });

export const ActivityFigureEnum = enumOf(FIGURES);
registerEnumType(ActivityFigureEnum, { name: 'ActivityFigure', description: 'A count of activity figures, to ask for the events behind it.' });

@ObjectType({ isAbstract: true })
export abstract class ActivityFigures {
  @Field(() => Int)
  meetingsHeld!: number;
  @Field(() => Int, { description: 'Distinct named members and guests, chairs included, summed over meetings.' })
  attendanceNamed!: number;
  @Field(() => Int, { description: 'Sum of the head counts of groups attending without names.' })
  attendanceCounted!: number;
  @Field(() => Int, { description: 'Groups recorded without a head count; they add nothing to attendanceCounted.' })
  attendanceUnknownGroups!: number;
  @Field(() => Int, { description: "Counted on the adopting meeting's day." })
  resolutionsAdopted!: number;
  @Field(() => Int, { description: 'Counted once, on the day a resolution first reached IMPLEMENTED.' })
  resolutionsImplemented!: number;
  @Field(() => Int)
  resolutionsRescinded!: number;
  @Field(() => Int)
  membersJoined!: number;
  @Field(() => Int)
  membersLeft!: number;
  @Field(() => Int, { description: 'Transfers in; within a subtree, a move between two of its units counts in and out.' })
  membersTransferredIn!: number;
  @Field(() => Int)
  membersTransferredOut!: number;
  @Field(() => Int, { description: 'membersJoined - membersLeft + membersTransferredIn - membersTransferredOut' })
  membersNet!: number;
  @Field(() => Int, { description: 'Officer terms starting in the period.' })
  officersAppointed!: number;
  /** Whose figures over which days, for `evidence`; not a GraphQL field. */
  scope?: Scope;
}

@ObjectType('ActivitySummary', { description: 'Totals for a unit (and by default its subtree) over from..to, both days included.' })
export class ActivitySummaryType extends ActivityFigures {
  @Field(() => String)
  from!: string;
  @Field(() => String)
  to!: string;
}

@ObjectType('ActivityBucket', { description: 'One period of a series, cut to the asked range.' })
export class ActivityBucketType extends ActivityFigures {
  @Field(() => String, { description: '2021-06-07, 2021-W23, 2021-06, 2021-Q2 or 2021' })
  label!: string;
  @Field(() => String, { description: 'First day of the bucket (the range start for a cut period).' })
  start!: string;
  @Field(() => String, { description: 'Last day of the bucket (the range end for a cut period).' })
  end!: string;
}

@ObjectType('ChildActivity', { description: "A direct child unit with its subtree's totals." })
export class ChildActivityType {
  @Field(() => ID)
  id!: string;
  @Field(() => LocalizedTextType)
  name!: LocalizedTextType;
  @Field(() => UnitLevelEnum)
  level!: UnitLevel;
  @Field(() => String)
  path!: string;
  @Field(() => Boolean, { description: 'A parallel organization (youth, women, forum) rather than a territorial unit.' })
  parallel!: boolean;
  @Field(() => String, { description: 'ACTIVE or DISSOLVED; a dissolved child keeps its history.' })
  status!: string;
  @Field(() => ActivitySummaryType)
  activity!: ActivitySummaryType;
}

const withNet = (figures: Figures): Figures & { membersNet: number } => ({
  ...figures,
  membersNet: figures.membersJoined - figures.membersLeft + figures.membersTransferredIn - figures.membersTransferredOut,
});

export const toSummary = (figures: Figures, from: string, to: string): ActivitySummaryType =>
  Object.assign(new ActivitySummaryType(), withNet(figures), { from, to });

export const toBucket = (figures: Figures, label: string, start: string, end: string): ActivityBucketType =>
  Object.assign(new ActivityBucketType(), withNet(figures), { label, start, end });
