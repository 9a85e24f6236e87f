import { randomUUID } from 'node:crypto';
import type { MeetingHeld } from '../../src/events/meetings.events';
import type { NewEvent } from '../../src/events/envelope';

/**
 * The events every contender writes: MeetingHeld records of Moroccan units, about
 * 600 bytes of JSON with Arabic title, venue and summary, and metadata of about
 * 160 bytes, as the command runner writes them. Built once per run, then handed
 * unchanged to every contender, so all write the same bytes.
 */
const UNITS = [
  { path: '/pam/fes-meknes/el-hajeb', ar: 'الحاجب' },
  { path: '/pam/fes-meknes/el-hajeb/ain-taoujdate', ar: 'عين تاوجطات' },
  { path: '/pam/tanger-tetouan-al-hoceima/tanger-assilah/assilah', ar: 'أصيلة' },
  { path: '/pam/oriental/oujda-angad', ar: 'وجدة أنجاد' },
  { path: '/pam/rabat-sale-kenitra/kenitra', ar: 'القنيطرة' },
  { path: '/pam/marrakech-safi/marrakech/sidi-youssef-ben-ali', ar: 'سيدي يوسف بن علي' },
  { path: '/pam/souss-massa/agadir-ida-ou-tanane', ar: 'أكادير إداوتنان' },
  { path: '/pam/casablanca-settat/el-jadida/azemmour', ar: 'أزمور' },
] as const;

const SUMMARY = 'خصص الاجتماع لتقييم الأداء التنظيمي والتحضير للاستحقاقات المقبلة.';

export const meetingHeld = (meetingId: string, index: number): NewEvent<'MeetingHeld', MeetingHeld['data']> => {
  const unit = UNITS[index % UNITS.length]!;
  const day = `2021-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`;
  return {
    id: randomUUID(),
    type: 'MeetingHeld',
    schemaVersion: 1,
    data: {
      meetingId,
      unitId: unit.path.slice(unit.path.lastIndexOf('/') + 1),
      kind: 'ORGANIZATIONAL',
      title: { ar: `اجتماع تنظيمي ${index}` },
      heldOn: day,
      startsAt: null,
      partOfDay: 'EVENING',
      timeZone: 'Africa/Casablanca',
      venue: { name: null, locality: { ar: unit.ar } },
      chairs: [{ kind: 'MEMBER', memberId: 'abdelilah-bougoula', role: null }],
      attendees: [{ kind: 'GROUP', label: { ar: 'أعضاء الأمانة الإقليمية' }, count: null }],
      agenda: [],
      summary: { ar: SUMMARY },
      summaryLanguage: 'ar',
    },
    metadata: {
      actor: 'recorder@el-hajeb',
      correlationId: randomUUID(),
      causationId: null,
      occurredAt: `${day}T19:00:00.000Z`,
      unitPath: unit.path,
    },
  };
};

/** `count` events for one stream, in order. */
export const streamOfEvents = (count: number, offset: number): { streamId: string; events: NewEvent[] } => {
  const meetingId = randomUUID();
  return { streamId: `meeting-${meetingId}`, events: Array.from({ length: count }, (_, i) => meetingHeld(meetingId, offset + i)) };
};

export const jsonBytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value), 'utf8');

/**
 * What the raw driver stores in place of the hash chain: fields of the same length,
 * not computed, so its rows are as long as ours and reading them costs the same.
 */
export const UNSEALED = { previousHash: '0'.repeat(64), hash: 'f'.repeat(64) } as const;
