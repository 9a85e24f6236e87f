import { Logger } from '@nestjs/common';
import type { NewEvent, RecordedEvent } from '../../events/envelope';
import { ERASURE_EVENT_TYPE, personalFieldsOf, type PersonalFields } from '../../events/personal-data';
import { newKey } from './aes-gcm';
import type { PersonalDataVault, SubjectKey } from './personal-data-vault';
import { isSealed, openValue, sealValue } from './sealed-value';

/** What the write side passes new events through before they are stored. */
export interface EventSealer {
  seal(events: readonly NewEvent[]): Promise<readonly NewEvent[]>;
}

/** A recorded event with its personal fields opened; `personalDataErased` when any of them reads as erased. */
export type OpenedEvent<E extends RecordedEvent = RecordedEvent> = E & { readonly personalDataErased?: boolean };

const UNREADABLE = Symbol('unreadable');

const subjectOf = (personal: PersonalFields, data: unknown): string => String((data as Record<string, unknown>)[personal.subject]);

/** The subject of an event and its personal fields not sealed yet; null when there are none. */
const unsealedOf = (event: NewEvent): { readonly subject: string; readonly fields: readonly string[] } | null => {
  const personal = personalFieldsOf(event.type);
  if (!personal) return null;
  const data = event.data as Record<string, unknown>;
  const fields = personal.fields.map(({ name }) => name).filter((name) => data[name] !== null && data[name] !== undefined && !isSealed(data[name]));
  return fields.length === 0 ? null : { subject: subjectOf(personal, data), fields };
};

/**
 * Seals personal fields (events/personal-data.ts) on their way into the store and
 * opens them on their way out to read models, feeds and time travel. The store, its
 * hash chains, history and exports only ever see the sealed form.
 */
export class PersonalData implements EventSealer {
  private readonly logger = new Logger(PersonalData.name);

  constructor(readonly vault: PersonalDataVault) {}

  /** Seals a batch with one key lookup; fields already sealed are left as they are. */
  async seal(events: readonly NewEvent[]): Promise<readonly NewEvent[]> {
    const unsealed = events.map(unsealedOf);
    const keys = await this.vault.keysForSealing(unsealed.flatMap((found) => (found ? [found.subject] : [])));
    return events.map((event, index) => {
      const found = unsealed[index];
      if (!found) return event;
      const { subject, fields } = found;
      // For a subject already erased, a key nobody keeps: the text is unreadable from the moment it is written.
      const key = keys.get(subject) ?? newKey();
      const data = event.data as Record<string, unknown>;
      const values = fields.map((name) => [name, sealValue(key, subject, name, data[name])] as const);
      return { ...event, data: { ...data, ...Object.fromEntries(values) } };
    });
  }

  /** Opens a batch with one key lookup; events without personal fields come back as they were. */
  async open<E extends RecordedEvent>(events: readonly E[]): Promise<OpenedEvent<E>[]> {
    const subjects = events.flatMap((event) => {
      const personal = personalFieldsOf(event.type);
      return personal ? [subjectOf(personal, event.data)] : [];
    });
    const keys = subjects.length === 0 ? new Map<string, SubjectKey>() : await this.vault.keysOf(subjects);
    return events.map((event) => this.openWith(event, keys));
  }

  /** The subject whose personal data the event carries, or null for an event without any. */
  static subjectOf(event: RecordedEvent): string | null {
    const personal = personalFieldsOf(event.type);
    return personal ? subjectOf(personal, event.data) : null;
  }

  async openOne<E extends RecordedEvent>(event: E): Promise<OpenedEvent<E>> {
    return (await this.open([event]))[0]!;
  }

  /** True once the subject's key was destroyed. */
  isErased(subject: string): Promise<boolean> {
    return this.vault.isErased(subject);
  }

  /** The subjects a batch erases. */
  static erasedIn(events: readonly RecordedEvent[]): string[] {
    return events.filter((event) => event.type === ERASURE_EVENT_TYPE).map((event) => String((event.data as { memberId: string }).memberId));
  }

  /** Opens with keys the caller already holds (a subject missing from `keys` reads as unknown). */
  openWith<E extends RecordedEvent>(event: E, keys: ReadonlyMap<string, SubjectKey>): OpenedEvent<E> {
    const personal = personalFieldsOf(event.type);
    if (!personal) return event;
    const data = event.data as Record<string, unknown>;
    const subject = subjectOf(personal, data);
    const key = keys.get(subject) ?? { state: 'unknown' };
    const opened: Record<string, unknown> = { ...data };
    let erased = key.state === 'erased';
    for (const field of personal.fields) {
      const value = data[field.name];
      // Once erased, a field reads as erased even where it was stored in clear (recorded before sealing existed).
      if (key.state === 'erased') {
        if (field.name in data) opened[field.name] = field.erased;
        continue;
      }
      if (!isSealed(value)) continue;
      const plain = key.state === 'live' ? this.tryOpen(key.key, subject, field.name, value, event.id) : UNREADABLE;
      erased ||= plain === UNREADABLE;
      opened[field.name] = plain === UNREADABLE ? field.erased : plain;
    }
    return { ...event, data: opened, personalDataErased: erased };
  }

  private tryOpen(key: Buffer, subject: string, field: string, value: Parameters<typeof openValue>[3], eventId: string): unknown {
    try {
      return openValue(key, subject, field, value);
    } catch (error) {
      this.logger.warn(`${field} of event ${eventId} does not open with ${subject}'s key (${(error as Error).message}); it reads as erased`);
      return UNREADABLE;
    }
  }
}
