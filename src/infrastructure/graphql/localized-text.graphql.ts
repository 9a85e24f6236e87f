import { Field, InputType, ObjectType } from '@nestjs/graphql';

@InputType('LocalizedTextInput', { description: 'Text in one or more languages; at least one is required.' })
export class LocalizedTextInput {
  @Field(() => String, { nullable: true, description: 'Arabic' })
  ar?: string | null;
  @Field(() => String, { nullable: true, description: 'French' })
  fr?: string | null;
  @Field(() => String, { nullable: true, description: 'English' })
  en?: string | null;
}

@ObjectType('LocalizedText', { description: 'Text in the languages it was recorded in, byte for byte.' })
export class LocalizedTextType {
  @Field(() => String, { nullable: true })
  ar?: string;
  @Field(() => String, { nullable: true })
  fr?: string;
  @Field(() => String, { nullable: true })
  en?: string;
}
