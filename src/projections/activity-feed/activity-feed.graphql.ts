import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { connectionOf } from '../../infrastructure/graphql/connection.graphql';
import { enumOf } from '../../infrastructure/graphql/enum-of';
import { LocalizedTextType } from '../../infrastructure/graphql/localized-text.graphql';
import { ACTIVITY_TYPES, type ActivityType, type FeedItem } from './activity-feed.item';

export const ActivityTypeEnum = enumOf(ACTIVITY_TYPES);
registerEnumType(ActivityTypeEnum, { name: 'ActivityType', description: 'What happened: one value per kind of recorded fact.' });

@ObjectType('ActivityFeedItem', { description: 'One recorded fact of a unit’s life, as the feed shows it.' })
export class ActivityFeedItemType {
  @Field(() => ID, { description: 'The id of the event it comes from.' })
  id!: string;
  @Field(() => ActivityTypeEnum)
  type!: ActivityType;
  @Field(() => ID)
  unitId!: string;
  @Field(() => String)
  unitPath!: string;
  @Field(() => String, { description: 'When it happened in the world (ISO 8601).' })
  occurredAt!: string;
  @Field(() => String, { description: 'When it was recorded (ISO 8601).' })
  recordedAt!: string;
  @Field(() => String, { description: 'Who recorded it.' })
  actor!: string;
  @Field(() => LocalizedTextType, {
    nullable: true,
    description:
      "A short text: the unit or member name, the meeting title, the resolution text (truncated). Null for an entry naming a member when the caller may not read personal data in the entry's unit (personalDataHidden).",
  })
  summary!: LocalizedTextType | null;
  @Field(() => Boolean, { description: "True when the entry names a member and the caller may not read personal data in the entry's unit: summary is then null." })
  personalDataHidden!: boolean;
  @Field(() => ID, { description: 'The unit, member, meeting or resolution it is about; officer entries name the member.' })
  subjectId!: string;
  @Field(() => String, { description: 'The event stream, for the audit view (streamHistory).' })
  streamId!: string;
  @Field(() => String, { description: 'Its place in the log; usable as minPosition.' })
  position!: string;

  /** The entry as stored, names included: callers see it through the privacy rule (activity-feed.privacy.ts). */
  static of(item: FeedItem): ActivityFeedItemType {
    const { id, type, unitId, unitPath, occurredAt, recordedAt, actor, summary, subjectId, streamId, position } = item;
    return Object.assign(new ActivityFeedItemType(), { id, type, unitId, unitPath, occurredAt, recordedAt, actor, summary, subjectId, streamId, position, personalDataHidden: false });
  }
}

export const ActivityFeedConnection = connectionOf(ActivityFeedItemType, 'ActivityFeed');
