import { Injectable } from '@nestjs/common';
import type { LocalizedText } from '../../../events/shared.types';
import { ReadModels } from '../../runner/read-models';
import { toProjected } from '../../runner/memory-rows';
import { subjectOf, subjectTextOf } from '../activity-feed.item';
import { activityFeedProjection, type SubjectRow } from '../activity-feed.projection';
import { LogTail } from './log-tail';

const REMEMBERED = 10_000;

/**
 * Names and titles for live items of events that carry only ids (an officer's
 * name, a resolution's text): learned from the tail as events pass, else read
 * from the feed's own subjects table.
 */
@Injectable()
export class SubjectTexts {
  private readonly recent = new Map<string, LocalizedText>();

  constructor(
    private readonly readModels: ReadModels,
    tail: LogTail,
  ) {
    tail.onEvent((recorded) => {
      const event = toProjected(recorded);
      const text = event && subjectTextOf(event);
      if (event && text) this.remember(keyOf(event), text);
    });
  }

  async textFor(key: string): Promise<LocalizedText | null> {
    const known = this.recent.get(key);
    if (known) return known;
    const [row] = await this.readModels.select<SubjectRow>(activityFeedProjection, 'subjects', (query) => query.where('id', '=', key));
    return row?.text ?? null;
  }

  private remember(key: string, text: LocalizedText): void {
    this.recent.delete(key);
    this.recent.set(key, text);
    if (this.recent.size > REMEMBERED) this.recent.delete(this.recent.keys().next().value!);
  }
}

export const keyOf = (event: Parameters<typeof subjectOf>[0]): string => {
  const subject = subjectOf(event);
  return `${subject.kind}:${subject.id}`;
};
