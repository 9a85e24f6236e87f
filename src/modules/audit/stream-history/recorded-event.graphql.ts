import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-type-json';
import type { RecordedEvent } from '../../../events/envelope';
import { CURRENT_SCHEMA_VERSIONS } from '../../../events/registry';
import { upcast } from '../../../events/upcasting';

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
  @Field(() => String, { nullable: true, description: 'SHA-256 seal of the event as recorded; null for events recorded before sealing.' })
  hash?: string | null;
  @Field(() => String, { nullable: true, description: 'The seal of the previous event in the same stream, which this one chains on.' })
  previousHash?: string | null;
}

@ObjectType('RecordedEvent', { description: 'An event as the store recorded it, its payload read in today\'s shape.' })
export class RecordedEventType {
  @Field(() => ID)
  id!: string;
  @Field(() => String)
  type!: string;
  @Field(() => Int, { description: 'The schema version `data` is shown in: today\'s, for every event type this service knows.' })
  schemaVersion!: number;
  @Field(() => Int, { description: 'The schema version the event was written at; below schemaVersion when `data` was lifted to today\'s shape.' })
  recordedSchemaVersion!: number;
  @Field(() => GraphQLJSON, { description: 'The payload in today\'s shape (older versions lifted by their upcaster, never edited in the store).' })
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
    // An auditor sees the payload as every other reader does, and the version it was stored at.
    const current = upcast(event);
    const lifted = current !== null && event.schemaVersion < CURRENT_SCHEMA_VERSIONS[current.type];
    return Object.assign(new RecordedEventType(), event, {
      recordedSchemaVersion: event.schemaVersion,
      ...(lifted && { schemaVersion: CURRENT_SCHEMA_VERSIONS[current.type], data: current.data }),
    });
  }
}
