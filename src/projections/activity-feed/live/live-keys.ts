import { Injectable } from '@nestjs/common';
import type { RecordedEvent } from '../../../events/envelope';
import { ERASURE_EVENT_TYPE } from '../../../events/personal-data';
import { type OpenedEvent, PersonalData } from '../../../infrastructure/privacy/personal-data';
import type { SubjectKey } from '../../../infrastructure/privacy/personal-data-vault';
import { LogTail } from './log-tail';

const KEPT = 10_000;

/**
 * Members' keys for live items. Each key is looked up once, as the tail passes the
 * event, so subscribers draining a burst wait on no query. Everything known is
 * forgotten when an erasure passes the tail or is made here, before any later
 * delivery: an item opened after that reads the erased member as erased.
 */
@Injectable()
export class LiveKeys {
  private readonly keys = new Map<string, Promise<SubjectKey>>();
  private generation = 0;

  constructor(
    private readonly personalData: PersonalData,
    tail: LogTail,
  ) {
    tail.onEvent((event) => {
      if (event.type === ERASURE_EVENT_TYPE) return this.forgetAll();
      const subject = PersonalData.subjectOf(event);
      if (subject !== null) void this.keyOf(subject).catch(() => undefined);
    });
    personalData.vault.onShred(() => this.forgetAll());
  }

  async open<E extends RecordedEvent>(event: E): Promise<OpenedEvent<E>> {
    const subject = PersonalData.subjectOf(event);
    if (subject === null) return event;
    for (;;) {
      const generation = this.generation;
      const key = await this.keyOf(subject);
      // An erasure came while the key was read: read it again.
      if (generation === this.generation) return this.personalData.openWith(event, new Map([[subject, key]]));
    }
  }

  /** True once the member's key is destroyed. */
  async isErased(subject: string): Promise<boolean> {
    for (;;) {
      const generation = this.generation;
      const key = await this.keyOf(subject);
      if (generation === this.generation) return key.state === 'erased';
    }
  }

  /** Reads the keys of a page of replayed events in one query. */
  prefetch(events: readonly RecordedEvent[]): void {
    const missing = [...new Set(events.map(PersonalData.subjectOf))].filter((subject): subject is string => subject !== null && !this.keys.has(subject));
    if (missing.length === 0) return;
    const read = this.personalData.vault.keysOf(missing);
    for (const subject of missing) this.remember(subject, read.then((keys) => keys.get(subject)!));
  }

  private keyOf(subject: string): Promise<SubjectKey> {
    return this.keys.get(subject) ?? this.remember(subject, this.personalData.vault.keysOf([subject]).then((keys) => keys.get(subject)!));
  }

  private remember(subject: string, key: Promise<SubjectKey>): Promise<SubjectKey> {
    this.keys.set(subject, key);
    // A failed read is not kept: the next item asks again.
    key.catch(() => this.keys.get(subject) === key && this.keys.delete(subject));
    if (this.keys.size > KEPT) this.keys.delete(this.keys.keys().next().value!);
    return key;
  }

  private forgetAll(): void {
    this.generation += 1;
    this.keys.clear();
  }
}
