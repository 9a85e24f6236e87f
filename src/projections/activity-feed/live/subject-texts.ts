import { Injectable } from '@nestjs/common';
import type { RecordedEvent } from '../../../events/envelope';
import { ERASURE_EVENT_TYPE } from '../../../events/personal-data';
import { isActivityEvent } from '../../../events/registry';
import type { LocalizedText } from '../../../events/shared.types';
import { PersonalData } from '../../../infrastructure/privacy/personal-data';
import { ReadModels } from '../../runner/read-models';
import { toProjected } from '../../runner/memory-rows';
import { readable, subjectOf, subjectTextOf } from '../activity-feed.item';
import { activityFeedProjection, type SubjectRow } from '../activity-feed.projection';
import { LiveKeys } from './live-keys';
import { LogTail } from './log-tail';

const REMEMBERED = 10_000;
const MEMBER = 'member:';

/** A unit's, meeting's or resolution's text; a member's name is kept as its event stored it, sealed. */
type Remembered = { readonly text: LocalizedText } | { readonly sealedIn: RecordedEvent };

/**
 * Names and titles for live items of events that carry only ids (an officer's
 * name, a resolution's text): learned from the tail as events pass, else read
 * from the feed's own subjects table. A member's name is opened only when an item
 * asks for it, so an erasure applies to every item delivered after it, even one
 * already waiting in a subscriber's queue.
 */
@Injectable()
export class SubjectTexts {
  private readonly recent = new Map<string, Remembered>();
  /** Members whose erasure passed the tail: nothing is opened for them again, whatever the vault says yet. */
  private readonly erased = new Set<string>();

  constructor(
    private readonly readModels: ReadModels,
    private readonly keys: LiveKeys,
    personalData: PersonalData,
    tail: LogTail,
  ) {
    tail.onEvent((recorded) => {
      if (recorded.type === ERASURE_EVENT_TYPE) return this.forget(String((recorded.data as { memberId: string }).memberId));
      const event = toProjected(recorded);
      if (!event || !isActivityEvent(event) || !subjectTextOf(event)) return;
      const key = keyOf(event);
      this.remember(key, key.startsWith(MEMBER) ? { sealedIn: recorded } : { text: subjectTextOf(event)! });
    });
    personalData.vault.onShred((memberId) => this.forget(memberId));
  }

  async textFor(key: string): Promise<LocalizedText | null> {
    const memberId = key.startsWith(MEMBER) ? key.slice(MEMBER.length) : null;
    if (memberId !== null && this.erased.has(memberId)) return null;
    const known = this.recent.get(key);
    if (known && 'text' in known) return known.text;
    if (known) {
      const opened = toProjected(await this.keys.open(known.sealedIn));
      return opened && readable(subjectTextOf(opened));
    }
    const [row] = await this.readModels.select<SubjectRow>(activityFeedProjection, 'subjects', (query) => query.where('id', '=', key));
    // The table is scrubbed when the feed folds the erasure; until then the vault already knows.
    if (memberId !== null && row && (await this.keys.isErased(memberId))) return null;
    return readable(row?.text);
  }

  private forget(memberId: string): void {
    this.erased.add(memberId);
    this.recent.delete(`${MEMBER}${memberId}`);
  }

  private remember(key: string, value: Remembered): void {
    this.recent.delete(key);
    this.recent.set(key, value);
    if (this.recent.size > REMEMBERED) this.recent.delete(this.recent.keys().next().value!);
  }
}

export const keyOf = (event: Parameters<typeof subjectOf>[0]): string => {
  const subject = subjectOf(event);
  return `${subject.kind}:${subject.id}`;
};
