// P1/P2 (docs/SYNC.md) and M6 with y-indexeddb on fake-indexeddb: reload keeps the panels,
// storage does not grow per open, and compaction never drops a row written by another tab.
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { compact, COMPACT_ABOVE_ROWS, openMeetingDoc, storedRowCount } from '../../src/meeting/persistence';
import { addCard, initMeeting, joinSchool } from '../../src/meeting/model';
import { readMeeting } from '../../src/meeting/snapshot';
import { ANA, BETO } from '../helpers/meetingFixtures';

const META = { name: 'Encuentro', date: '2018-11-30', place: 'Zona 087', createdAt: 1 };

it('P1: a meeting reloads with its cards and its rows stay bounded however often it opens', async () => {
  const id = 'persist-1';
  const first = await openMeetingDoc(id);
  await first.whenSynced;
  initMeeting(first.doc, { id, ...META });
  joinSchool(first.doc, ANA.school, 1);
  joinSchool(first.doc, BETO.school, 1);
  for (let i = 0; i < 20; i++) addCard(first.doc, { kind: 'idea', text: `idea ${i}` }, ANA, i + 1);
  await first.destroy();
  // y-indexeddb wrote one row per change (over the threshold): compacted when it closed.
  expect(await storedRowCount(id)).toBe(1);

  const counts: number[] = [];
  for (let open = 0; open < 25; open++) {
    const again = await openMeetingDoc(id);
    await again.whenSynced;
    const s = readMeeting(again.doc);
    expect(s.byKind.idea).toHaveLength(20 + open);
    expect(s.meta?.id).toBe(id);
    addCard(again.doc, { kind: 'idea', text: `otra ${open}` }, BETO, 100 + open);
    await again.destroy();
    counts.push(await storedRowCount(id));
  }
  // A few rows per open (y-indexeddb's own row and the new card), compacted back to one
  // whenever they pass the threshold: bounded, never growing with the number of opens.
  expect(Math.max(...counts)).toBeLessThanOrEqual(COMPACT_ABOVE_ROWS);
  expect(counts.filter((c) => c === 1).length).toBeGreaterThanOrEqual(4);
  expect(counts.slice(-8)).toContain(1);
});

it('M6: a meeting opened for the first time on a device knows its id', async () => {
  const opened = await openMeetingDoc('persist-new');
  await opened.whenSynced;
  expect(opened.doc.getMap('meta').get('id')).toBe('persist-new');
  await opened.destroy();
});

it('P2: compaction merges a row another tab wrote after our load instead of dropping it', async () => {
  const id = 'persist-2';
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(`bitacora-encuentro-${id}`, doc);
  await persistence.whenSynced;
  initMeeting(doc, { id, ...META });
  joinSchool(doc, ANA.school, 1);
  joinSchool(doc, BETO.school, 1);
  addCard(doc, { kind: 'norma', text: 'de la pestaña A' }, ANA, 1);

  // Another tab appends its own update after our load: our doc has never seen it.
  const otherDoc = new Y.Doc();
  joinSchool(otherDoc, BETO.school, 1);
  addCard(otherDoc, { kind: 'norma', text: 'de la pestaña B' }, BETO, 2);
  await new Promise<void>((ok, fail) => {
    const tx = persistence.db!.transaction(['updates'], 'readwrite');
    tx.objectStore('updates').add(Y.encodeStateAsUpdate(otherDoc));
    tx.oncomplete = () => ok();
    tx.onerror = () => fail(tx.error);
  });
  expect(readMeeting(doc).byKind.norma).toHaveLength(1);

  expect(await compact(persistence)).toBe(1);
  // Merged into the open document, and kept in the single remaining row.
  expect(readMeeting(doc).byKind.norma).toHaveLength(2);
  await persistence.destroy();

  const reopened = await openMeetingDoc(id);
  await reopened.whenSynced;
  expect(
    readMeeting(reopened.doc)
      .byKind.norma.map((c) => c.text)
      .sort(),
  ).toEqual(['de la pestaña A', 'de la pestaña B']);
  await reopened.destroy();
});

it('one document per meeting in a tab: openers share it live, and it closes with the last one', async () => {
  const id = 'persist-shared';
  // As the room session and the panels screen would: two openers of the same meeting.
  const [room, panels] = await Promise.all([openMeetingDoc(id), openMeetingDoc(id)]);
  await Promise.all([room.whenSynced, panels.whenSynced]);
  expect(room.doc).toBe(panels.doc);
  initMeeting(panels.doc, { id, ...META });
  joinSchool(panels.doc, ANA.school, 1);
  joinSchool(panels.doc, BETO.school, 1);
  addCard(panels.doc, { kind: 'idea', text: 'escrita en los paneles' }, ANA, 1);
  expect(readMeeting(room.doc).byKind.idea.map((c) => c.text)).toEqual(['escrita en los paneles']);

  await panels.destroy();
  await panels.destroy(); // a second release of one handle changes nothing
  // Still held by the room: the document stays open, and a third opener gets the same instance.
  expect(room.doc.isDestroyed).toBe(false);
  const third = await openMeetingDoc(id);
  expect(third.doc).toBe(room.doc);
  await third.destroy();
  expect(room.doc.isDestroyed).toBe(false);
  addCard(room.doc, { kind: 'idea', text: 'llegó por la sala' }, BETO, 2);
  await room.destroy();
  // The last holder released it: the instance is closed.
  expect(room.doc.isDestroyed).toBe(true);

  const again = await openMeetingDoc(id);
  await again.whenSynced;
  expect(again.doc).not.toBe(room.doc);
  expect(
    readMeeting(again.doc)
      .byKind.idea.map((c) => c.text)
      .sort(),
  ).toEqual(['escrita en los paneles', 'llegó por la sala']);
  await again.destroy();
});
