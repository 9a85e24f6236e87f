import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { RESOLUTION_STATUSES, type ResolutionKind, type ResolutionStatus } from '../../events/resolutions.events';
import { connectionOf } from '../../infrastructure/graphql/connection.graphql';
import { enumOf } from '../../infrastructure/graphql/enum-of';
import { LocalizedTextType } from '../../infrastructure/graphql/localized-text.graphql';
import { ResolutionKindEnum, ResolutionStatusEnum } from '../../modules/resolutions/resolutions.graphql';
import type { ResolutionHistoryEntry, ResolutionRow } from './resolutions.projection';

export const ResolutionStepEnum = enumOf([...RESOLUTION_STATUSES, 'RESCINDED'] as const);
registerEnumType(ResolutionStepEnum, { name: 'ResolutionStep', description: 'A follow-up status, or RESCINDED, which ends the follow-up.' });

@ObjectType('ResolutionStatusEntry', { description: "One step of a resolution's life, oldest first; the first is ADOPTED." })
export class ResolutionStatusEntryType {
  @Field(() => ResolutionStepEnum)
  status!: ResolutionHistoryEntry['status'];
  @Field(() => String, { description: 'The day it happened, YYYY-MM-DD.' })
  on!: string;
  @Field(() => String, { nullable: true, description: "The status change's note, or the reason it was rescinded." })
  note!: string | null;
  @Field(() => String, { description: 'Who recorded the step.' })
  actor!: string;
  @Field(() => String)
  recordedAt!: string;
}

@ObjectType('Resolution', { description: 'What a meeting adopted, with its current follow-up status.' })
export class ResolutionType {
  @Field(() => ID)
  id!: string;
  @Field(() => ID)
  meetingId!: string;
  @Field(() => ID)
  unitId!: string;
  @Field(() => String)
  unitPath!: string;
  @Field(() => ResolutionKindEnum)
  kind!: ResolutionKind;
  @Field(() => LocalizedTextType, { description: 'Byte for byte as recorded.' })
  text!: LocalizedTextType;
  @Field(() => String, { description: "The adopting meeting's day, YYYY-MM-DD." })
  adoptedOn!: string;
  @Field(() => String, { nullable: true })
  dueOn!: string | null;
  @Field(() => ResolutionStatusEnum, { description: 'The last follow-up status; a rescinded resolution keeps the one it had.' })
  status!: ResolutionStatus;
  @Field(() => Boolean)
  rescinded!: boolean;
  @Field(() => String, { nullable: true })
  rescindedOn!: string | null;
  @Field(() => String, { nullable: true })
  rescindReason!: string | null;
  @Field(() => [ResolutionStatusEntryType])
  history!: ResolutionStatusEntryType[];
}

export const ResolutionConnection = connectionOf(ResolutionType, 'Resolution');

export const toResolution = (row: ResolutionRow): ResolutionType => ({ ...row, history: [...row.history] });
