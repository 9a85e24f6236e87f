import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Connection, decodeCursor, encodeCursor, pageSize } from '../../infrastructure/graphql/connection.graphql';
import { Ctx, type RequestContext } from '../../infrastructure/graphql/request-context';
import { validationError } from '../../modules/shared-kernel/domain-error';
import { Freshness } from '../runner/freshness';
import { MinPositionArg } from '../shared/min-position.arg';
import { readScopeOf, visibleUnit } from '../shared/read-access';
import { OrgUnitType } from '../unit-tree/unit-tree.graphql';
import { UnitTreeQueries } from '../unit-tree/unit-tree.queries';
import { SEARCH_KINDS, type SearchKind } from './search.documents';
import { SearchHitConnection, SearchHitType, SearchKindEnum, SearchSnippetType } from './search.graphql';
import { after, rank, type RankKey, rankKey } from './search.ranking';
import { SearchReader } from './search.reader';
import { snippetOf } from './search.snippet';
import { SearchAccess } from './search-access';
import { parseQuery, type QueryWord } from './text/query';

const MAX_TEXT = 200;

const queryOf = (text: string): QueryWord[] => {
  if (text.length > MAX_TEXT) throw validationError('text', `must be at most ${MAX_TEXT} characters`);
  const words = parseQuery(text);
  if (words.length === 0) throw validationError('text', 'must contain at least one word');
  return words;
};

const keyOf = (cursor: string | null): RankKey | null => {
  const key = decodeCursor(cursor);
  if (key === null) return null;
  const [score, date, id] = key;
  if (key.length !== 3 || typeof score !== 'number' || typeof date !== 'string' || typeof id !== 'string') {
    throw validationError('after', 'is not a cursor this search gave out');
  }
  return [score, date, id];
};

@Resolver(() => SearchHitType)
export class SearchResolver {
  constructor(
    private readonly reader: SearchReader,
    private readonly access: SearchAccess,
    private readonly units: UnitTreeQueries,
    private readonly freshness: Freshness,
  ) {}

  @Query(() => SearchHitConnection, {
    description:
      'Units, members, meetings and resolutions whose texts hold every word of `text`, in any of Arabic, French and English, best first. ' +
      'Arabic matches with or without vowels, hamza seats, tatweel or prefixes (الحاجب finds بالحاجب), Eastern digits match Western ones, ' +
      'French accents are optional, and hyphens equal spaces. Members are found only by callers allowed to read personal data over the whole searched unit.',
  })
  async search(
    @Args('text', { type: () => String, description: 'Words to find, at most 200 characters.' }) text: string,
    @Args('unitId', { type: () => ID, description: 'Search within this unit.' }) unitId: string,
    @Args('includeDescendants', { type: () => Boolean, nullable: true, defaultValue: true, description: 'And every unit below it.' }) includeDescendants: boolean | null,
    @Args('kinds', { type: () => [SearchKindEnum], nullable: true, description: 'What to find; every kind when absent.' }) kinds: SearchKind[] | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20, description: 'Page size, 1 to 100.' }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) afterCursor: string | null,
    @MinPositionArg() minPosition: string | null,
    @Ctx() context: RequestContext,
  ): Promise<Connection<SearchHitType>> {
    const words = queryOf(text);
    const size = pageSize(first);
    const key = keyOf(afterCursor);
    await this.freshness.ensure(minPosition);
    const unitPath = await this.reader.unitPath(unitId, readScopeOf(context));
    const wanted = kinds && kinds.length > 0 ? [...new Set(kinds)] : [...SEARCH_KINDS];
    const visible = await this.access.visibleKinds(context, unitPath, wanted);
    const candidates = await this.reader.candidates({ unitPath, includeDescendants: includeDescendants ?? true, kinds: visible, words });
    const page = after(rank(candidates, words), key).slice(0, size + 1);
    const shown = page.slice(0, size);
    const documents = new Map((await this.reader.documents(shown.map((hit) => hit.id))).map((document) => [document.id, document]));
    const edges = shown.map((hit) => {
      const document = documents.get(hit.id);
      const snippet = document ? snippetOf(document.texts, words) : null;
      const node = Object.assign(new SearchHitType(), {
        kind: hit.kind,
        id: hit.entityId,
        unitId: hit.unitId,
        unitPath: hit.unitPath,
        title: document?.title ?? {},
        date: hit.date,
        score: hit.score,
        snippet: snippet && SearchSnippetType.of(snippet),
      });
      return { node, cursor: encodeCursor(rankKey(hit)) };
    });
    return { edges, pageInfo: { hasNextPage: page.length > size, endCursor: edges[edges.length - 1]?.cursor ?? null } };
  }

  @ResolveField(() => OrgUnitType, { nullable: true, description: 'The unit it belongs to; for a unit, the unit itself.' })
  async unit(@Parent() hit: SearchHitType, @Context() context: object, @Ctx() request: RequestContext): Promise<OrgUnitType | null> {
    return visibleUnit(request, await this.units.loader(context).load(hit.unitId));
  }
}
