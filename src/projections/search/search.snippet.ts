import { indexTerms } from './text/terms';
import type { SearchText } from './text/index-text';
import type { QueryWord } from './text/query';
import { wordsOf } from './text/words';

export interface TextRange {
  readonly start: number;
  readonly length: number;
}

/** Where a document matched: a stretch of one of its texts as recorded, the matching words marked. */
export interface Snippet {
  readonly field: string;
  readonly language: string;
  readonly text: string;
  /** UTF-16 offsets into `text`. */
  readonly highlights: readonly TextRange[];
}

const WHOLE_TEXT_UP_TO = 220;
const BEFORE_FIRST_MATCH = 60;
const WINDOW = 180;
const ELLIPSIS = '…';

interface Matched {
  readonly piece: SearchText;
  readonly spans: readonly TextRange[];
  readonly queryWords: number;
}

/** The words of a text that match the query, found the way the index found the document. */
const matchIn = (piece: SearchText, query: readonly QueryWord[]): Matched => {
  const spans = new Map<number, TextRange>();
  const found = new Set<number>();
  for (const word of wordsOf(piece.text)) {
    const terms = new Set(indexTerms(word, piece.language));
    query.forEach((q, index) => {
      if (!q.terms.some((term) => terms.has(term))) return;
      found.add(index);
      spans.set(word.start, { start: word.start, length: word.end - word.start });
    });
  }
  return { piece, spans: [...spans.values()].sort((a, b) => a.start - b.start), queryWords: found.size };
};

/**
 * The snippet of a document: the text matching most of the query's words (a body
 * text before the title on a tie: the title is shown anyway), cut around its first
 * match at word boundaries.
 */
export const snippetOf = (texts: readonly SearchText[], query: readonly QueryWord[]): Snippet | null => {
  const candidates = texts.map((piece) => matchIn(piece, query));
  const best = [...candidates].sort((a, b) => b.queryWords - a.queryWords || Number(a.piece.title) - Number(b.piece.title))[0];
  if (!best) return null;
  const { piece, spans } = best;
  const { field, language, text } = piece;
  if (text.length <= WHOLE_TEXT_UP_TO) return { field, language, text, highlights: spans };
  const first = spans[0] ?? { start: 0, length: 0 };
  const start = first.start <= BEFORE_FIRST_MATCH ? 0 : wordStartAfter(text, first.start - BEFORE_FIRST_MATCH);
  const end = Math.max(wordEndBefore(text, start + WINDOW), first.start + first.length);
  const raw = text.slice(start, end);
  const prefix = start > 0 ? ELLIPSIS : '';
  const suffix = end < text.length ? ELLIPSIS : '';
  // Offsets move by the ellipsis put in front and the blanks trimmed off.
  const shift = prefix.length - (raw.length - raw.trimStart().length) - start;
  const highlights = spans
    .filter((span) => span.start >= start && span.start + span.length <= end)
    .map((span) => ({ start: span.start + shift, length: span.length }));
  return { field, language, text: `${prefix}${raw.trim()}${suffix}`, highlights };
};

const wordStartAfter = (text: string, from: number): number => {
  const space = text.slice(from).search(/\s/u);
  return space === -1 ? from : from + space + 1;
};

const wordEndBefore = (text: string, to: number): number => {
  if (to >= text.length) return text.length;
  const space = text.slice(0, to).search(/\s\S*$/u);
  return space <= 0 ? to : space;
};

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);

/** The snippet as HTML-safe text with each match in `<mark>`. */
export const markedText = (snippet: Snippet): string => {
  let html = '';
  let at = 0;
  for (const { start, length } of snippet.highlights) {
    html += `${escapeHtml(snippet.text.slice(at, start))}<mark>${escapeHtml(snippet.text.slice(start, start + length))}</mark>`;
    at = start + length;
  }
  return html + escapeHtml(snippet.text.slice(at));
};
