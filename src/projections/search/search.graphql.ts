import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { connectionOf } from '../../infrastructure/graphql/connection.graphql';
import { enumOf } from '../../infrastructure/graphql/enum-of';
import { LocalizedTextType } from '../../infrastructure/graphql/localized-text.graphql';
import { SEARCH_KINDS, type SearchKind } from './search.documents';
import { markedText, type Snippet } from './search.snippet';

export const SearchKindEnum = enumOf(SEARCH_KINDS);
registerEnumType(SearchKindEnum, { name: 'SearchKind', description: 'What a search hit is: a unit, a member, a meeting or a resolution.' });

@ObjectType('TextRange')
export class TextRangeType {
  @Field(() => Int, { description: 'Offset in UTF-16 code units, as JavaScript strings count.' })
  start!: number;
  @Field(() => Int)
  length!: number;
}

@ObjectType('SearchSnippet', { description: 'Where a hit matched: a stretch of one of its texts exactly as recorded.' })
export class SearchSnippetType {
  @Field(() => String, { description: 'The text it comes from: name, fullName, title, summary, agenda.2, text …' })
  field!: string;
  @Field(() => String, { description: 'ar, fr or en' })
  language!: string;
  @Field(() => String, { description: 'The stretch of text, with … where it was cut.' })
  text!: string;
  @Field(() => [TextRangeType], { description: 'The words that matched, within text.' })
  highlights!: TextRangeType[];
  @Field(() => String, { description: 'text with HTML special characters escaped and each match in <mark>…</mark>.' })
  marked!: string;

  static of(snippet: Snippet): SearchSnippetType {
    return Object.assign(new SearchSnippetType(), { ...snippet, highlights: [...snippet.highlights], marked: markedText(snippet) });
  }
}

@ObjectType('SearchHit')
export class SearchHitType {
  @Field(() => SearchKindEnum)
  kind!: SearchKind;
  @Field(() => ID, { description: 'The id of the unit, member, meeting or resolution.' })
  id!: string;
  @Field(() => ID, { description: 'The unit it belongs to (a unit belongs to itself).' })
  unitId!: string;
  @Field(() => String)
  unitPath!: string;
  @Field(() => LocalizedTextType, { description: "A unit's or member's name, a meeting's title, a resolution's text." })
  title!: LocalizedTextType;
  @Field(() => String, { description: 'The day it was established, joined, held or adopted.' })
  date!: string;
  @Field(() => Float, { description: 'Relevance, higher first; comparable within one search only.' })
  score!: number;
  @Field(() => SearchSnippetType, { nullable: true })
  snippet!: SearchSnippetType | null;
}

export const SearchHitConnection = connectionOf(SearchHitType, 'SearchHit');
