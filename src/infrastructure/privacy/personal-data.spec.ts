import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NewEvent, RecordedEvent } from '../../events/envelope';
import { openReadDatabase, type ReadDatabase } from '../database/read-database';
import { PersonalData } from './personal-data';
import { PersonalDataVault } from './personal-data-vault';

const NAME = { ar: 'فاطمة الزهراء بنعلي', fr: 'Fatima Zahra Benali' };

const newEvent = (type: string, data: Record<string, unknown>): NewEvent => ({
  id: `event-${type}`,
  type,
  schemaVersion: 1,
  data,
  metadata: { actor: 'recorder', correlationId: 'c', causationId: null, occurredAt: '2021-06-07T12:00:00.000Z', unitPath: '/pam' },
});

const recorded = (event: NewEvent, position = 1): RecordedEvent => ({
  ...event,
  streamId: 'member-fatima',
  revision: position - 1,
  position: String(position),
  metadata: { ...event.metadata, recordedAt: '2021-06-08T09:00:00.000Z' },
});

const joined = (data: Record<string, unknown> = {}) =>
  newEvent('MemberJoined', { memberId: 'fatima', unitId: 'el-hajeb', fullName: NAME, honorific: { fr: 'Mme' }, joinedOn: '2021-05-01', ...data });

describe('sealing and opening personal data', () => {
  let dir: string;
  let readDb: ReadDatabase;
  let personal: PersonalData;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sijill-personal-'));
    readDb = await openReadDatabase({ kind: 'sqlite', path: join(dir, 'read.db') });
    personal = new PersonalData(await PersonalDataVault.open(readDb, Buffer.alloc(32, 1)));
  });
  afterEach(async () => {
    await readDb.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('seals every personal field so the stored payload holds no plaintext, and leaves the rest and null fields alone', async () => {
    const [sealed] = await personal.seal([joined({ honorific: null })]);
    const data = sealed!.data as Record<string, unknown>;
    expect(data).toMatchObject({ memberId: 'fatima', unitId: 'el-hajeb', joinedOn: '2021-05-01', honorific: null, fullName: { $sealed: expect.stringMatching(/^1\./) } });
    expect(JSON.stringify(sealed)).not.toContain('Benali');
    expect(JSON.stringify(sealed)).not.toContain('فاطمة');
  });

  it('passes events without personal data through untouched', async () => {
    const unit = newEvent('OrgUnitRenamed', { unitId: 'el-hajeb', name: { fr: 'El Hajeb' }, shortName: null, previousName: { fr: 'Hajeb' }, reason: 'typo' });
    expect(await personal.seal([unit])).toEqual([unit]);
    expect(await personal.open([recorded(unit)])).toEqual([recorded(unit)]);
  });

  it('opens what it sealed, each field for its own subject and field only', async () => {
    const [sealed] = await personal.seal([joined()]);
    const [opened] = await personal.open([recorded(sealed!)]);
    expect(opened).toMatchObject({ data: { fullName: NAME, honorific: { fr: 'Mme' } }, personalDataErased: false });

    const data = sealed!.data as Record<string, unknown>;
    const swapped = { ...sealed!, data: { ...data, fullName: data.honorific, honorific: data.fullName } };
    const [unreadable] = await personal.open([recorded(swapped)]);
    expect(unreadable).toMatchObject({ data: { fullName: {}, honorific: null }, personalDataErased: true });
  });

  it('opens an erased subject’s fields as erased: {} for a name, null for the rest, even when stored before sealing existed', async () => {
    const [sealed] = await personal.seal([joined()]);
    const left = newEvent('MemberLeft', { memberId: 'fatima', unitId: 'el-hajeb', reason: 'RESIGNED', note: 'plain note from before sealing', leftOn: '2021-06-01' });
    await personal.vault.shred('fatima');

    const [joinedRead, leftRead] = await personal.open([recorded(sealed!, 1), recorded(left, 2)]);
    expect(joinedRead).toMatchObject({ data: { fullName: {}, honorific: null, joinedOn: '2021-05-01' }, personalDataErased: true });
    expect(leftRead).toMatchObject({ data: { note: null, reason: 'RESIGNED' }, personalDataErased: true });
  });

  it('seals what is written after an erasure with a key nobody keeps', async () => {
    await personal.vault.shred('fatima');
    const [sealed] = await personal.seal([newEvent('MemberLeft', { memberId: 'fatima', unitId: 'el-hajeb', reason: 'OTHER', note: 'written late', leftOn: '2021-06-01' })]);
    expect(JSON.stringify(sealed)).not.toContain('written late');
    expect((await personal.open([recorded(sealed!)]))[0]).toMatchObject({ data: { note: null }, personalDataErased: true });
  });

  it('seals a batch of new, known, erased and repeated subjects, each with its own key, and leaves sealed fields as they were', async () => {
    const [known] = await personal.seal([joined({ memberId: 'amina' })]);
    await personal.vault.shred('erased');
    const left = (memberId: string, note: string) => newEvent('MemberLeft', { memberId, unitId: 'el-hajeb', reason: 'OTHER', note, leftOn: '2021-06-01' });
    const batch = [joined(), known!, left('amina', 'moved away'), left('erased', 'written late'), left('fatima', 'moved to Ifrane')];

    const sealed = await personal.seal(batch);

    expect(sealed[1]).toEqual(known);
    expect(JSON.stringify(sealed)).not.toMatch(/Benali|moved away|written late|Ifrane/);
    const opened = await personal.open(sealed.map((event, index) => recorded(event, index + 1)));
    const texts = opened.map(({ data }) => (data as { fullName?: unknown }).fullName ?? (data as { note?: unknown }).note);
    expect(texts).toEqual([NAME, NAME, 'moved away', null, 'moved to Ifrane']);
    expect(opened.map((event) => event.personalDataErased)).toEqual([false, false, false, true, false]);
  });

  it('reads a sealed field whose key it never had as erased', async () => {
    const [sealed] = await personal.seal([joined()]);
    const otherDb = await openReadDatabase({ kind: 'sqlite', path: join(dir, 'other.db') });
    const elsewhere = new PersonalData(await PersonalDataVault.open(otherDb, Buffer.alloc(32, 1)));
    expect((await elsewhere.open([recorded(sealed!)]))[0]).toMatchObject({ data: { fullName: {} }, personalDataErased: true });
    await otherDb.close();
  });
});
