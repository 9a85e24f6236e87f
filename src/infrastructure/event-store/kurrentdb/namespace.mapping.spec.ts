import { assertStreamPrefix, ownStreamId, toStreamName } from './namespace.mapping';

describe('KurrentDB stream namespace mapping', () => {
  it('accepts no prefix, or a plain one', () => {
    expect(assertStreamPrefix('')).toBe('');
    expect(assertStreamPrefix('sijilltest_3fa9c1.')).toBe('sijilltest_3fa9c1.');
  });

  it.each(['$sys', '1abc', 'a-b', 'a b', 'a/b', 'x'.repeat(65)])('refuses the prefix %p', (prefix) => {
    expect(() => assertStreamPrefix(prefix)).toThrow(/stream prefix/);
  });

  it('names streams on the server with the prefix and strips it on the way back', () => {
    expect(toStreamName('', 'meeting-1')).toBe('meeting-1');
    expect(toStreamName('run7_', 'meeting-الحاجب')).toBe('run7_meeting-الحاجب');
    expect(ownStreamId('run7_', { streamId: 'run7_meeting-الحاجب', type: 'MeetingHeld' })).toBe('meeting-الحاجب');
    expect(ownStreamId('', { streamId: 'meeting-1', type: 'MeetingHeld' })).toBe('meeting-1');
  });

  it('disowns other namespaces, system streams and system events', () => {
    expect(ownStreamId('run7_', { streamId: 'run8_meeting-1', type: 'MeetingHeld' })).toBeNull();
    expect(ownStreamId('run7_', { streamId: 'meeting-1', type: 'MeetingHeld' })).toBeNull();
    expect(ownStreamId('run7_', { streamId: 'run7_', type: 'MeetingHeld' })).toBeNull();
    expect(ownStreamId('', { streamId: '$ce-meeting', type: '$>' })).toBeNull();
    expect(ownStreamId('', { streamId: '$$meeting-1', type: '$metadata' })).toBeNull();
    expect(ownStreamId('', { streamId: 'meeting-1', type: '$streamDeleted' })).toBeNull();
  });
});
