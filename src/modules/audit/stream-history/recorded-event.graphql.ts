import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-type-json';
import type { RecordedEvent } from '../../../events/envelope';

@ObjectType('EventMetadata')
export class EventMetadataType {
  @Field(() => String)
  actor!: string;
  @Field(() => String)
  correlationId!: string;
  @Field(() => String, { nullable: true })
  causationId!: string | null;
  @Field(() => String, { description: 'When it happened in the world (ISO 8601).' })
  occurredAt!: string;
  @Field(() => String, { description: 'When the store took it (ISO 8601).' })
  recordedAt!: string;
  @Field(() => String)
  unitPath!: string;
}

@ObjectType('RecordedEvent', { description: 'An event exactly as the store recorded it.' })
export class RecordedEventType {
  @Field(() => ID)
  id!: string;
  @Field(() => String)
  type!: string;
  @Field(() => Int)
  schemaVersion!: number;
  @Field(() => GraphQLJSON)
  data!: unknown;
  @Field(() => String)
  streamId!: string;
  @Field(() => Int)
  revision!: number;
  @Field(() => String, { description: 'Opaque cursor in the global log.' })
  position!: string;
  @Field(() => EventMetadataType)
  metadata!: EventMetadataType;

  static of(event: RecordedEvent): RecordedEventType {
    return Object.assign(new RecordedEventType(), event);
  }
}
