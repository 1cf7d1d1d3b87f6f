// F1-F3 (docs/SYNC.md): a meeting file is recognised, checked on a scratch document, and a bad or
// foreign file is refused without touching the local copy.
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, initMeeting } from '../../src/meeting/model';
import { checkMeetingFile, decodeMeetingFile, encodeMeetingFile, mergeMeetingFile, MeetingFileError } from '../../src/meeting/file';
import { readMeeting } from '../../src/meeting/snapshot';
import { ANA, MEETING_ID, newMeetingDoc } from '../helpers/meetingFixtures';

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof MeetingFileError) return e.code;
    throw e;
  }
  return 'accepted';
}

it('F1/F4: round trip; importing twice changes nothing more', () => {
  const a = newMeetingDoc();
  addCard(a, { kind: 'idea', text: 'hola' }, ANA, 1);
  const bytes = encodeMeetingFile(a);
  expect(decodeMeetingFile(bytes).meetingId).toBe(MEETING_ID);
  const b = new Y.Doc();
  const checked = checkMeetingFile(bytes, MEETING_ID);
  expect(checked.cardCount).toBe(1);
  expect(checked.meta.name).toBe('Encuentro zona 087');
  mergeMeetingFile(b, checked);
  const once = Y.encodeStateAsUpdate(b);
  mergeMeetingFile(b, checkMeetingFile(bytes, MEETING_ID));
  expect(Y.encodeStateAsUpdate(b)).toEqual(once);
  expect(readMeeting(b).byKind.idea[0]?.text).toBe('hola');
});

it('F1: garbage, empty, images and truncated files are refused with a reason', () => {
  const good = encodeMeetingFile(newMeetingDoc());
  expect(codeOf(() => checkMeetingFile(new Uint8Array()))).toBe('notMeetingFile');
  expect(codeOf(() => checkMeetingFile(new TextEncoder().encode('%PDF-1.4 hola')))).toBe('notMeetingFile');
  expect(codeOf(() => checkMeetingFile(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4, 5, 6, 7, 8])))).toBe('notMeetingFile');
  expect(codeOf(() => checkMeetingFile(good.slice(0, good.length - 5)))).toBe('damaged');
  const newer = good.slice();
  newer[8] = 9;
  expect(codeOf(() => checkMeetingFile(newer))).toBe('newerFormat');
  // Random bytes after a valid header.
  const junk = new Uint8Array(good.length);
  junk.set(good.subarray(0, 11 + MEETING_ID.length));
  for (let i = 11 + MEETING_ID.length; i < junk.length; i++) junk[i] = (i * 7919) % 256;
  expect(codeOf(() => checkMeetingFile(junk))).toBe('damaged');
});

it('F2: a header that lies about the id, or an update without meta, is refused', () => {
  const doc = newMeetingDoc();
  const bytes = encodeMeetingFile(doc);
  const lying = bytes.slice();
  lying[11] = 'X'.charCodeAt(0); // first byte of the id in the header
  expect(codeOf(() => checkMeetingFile(lying))).toBe('damaged');

  const noMeta = new Y.Doc();
  noMeta.getMap('meta').set('id', MEETING_ID);
  expect(codeOf(() => checkMeetingFile(encodeMeetingFile(noMeta)))).toBe('damaged');
});

it('F2: a fragment (an update that depends on state the file lacks) is refused', () => {
  const doc = newMeetingDoc();
  const sv = Y.encodeStateVector(doc);
  addCard(doc, { kind: 'idea', text: 'después' }, ANA, 2);
  const fragment = Y.encodeStateAsUpdateV2(doc, sv);
  const full = encodeMeetingFile(doc);
  const header = full.subarray(0, full.length - Y.encodeStateAsUpdateV2(doc).length);
  const bytes = new Uint8Array(header.length + fragment.length);
  bytes.set(header);
  bytes.set(fragment, header.length);
  expect(codeOf(() => checkMeetingFile(bytes))).toBe('damaged');
});

it('F3: a file of another meeting is refused on this meeting, naming it', () => {
  const other = new Y.Doc();
  initMeeting(other, { id: 'otro', name: 'Encuentro de la zona 12', date: '2019-03-01', place: '', createdAt: 1 });
  try {
    checkMeetingFile(encodeMeetingFile(other), MEETING_ID);
    expect.unreachable();
  } catch (e) {
    expect(e).toBeInstanceOf(MeetingFileError);
    expect((e as MeetingFileError).code).toBe('otherMeeting');
    expect((e as MeetingFileError).otherName).toBe('Encuentro de la zona 12');
  }
});
