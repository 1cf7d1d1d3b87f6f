// A device that joins a room by QR has never created or imported the meeting: once the meeting's
// identity arrives from the peers, it is added to this device's list of meetings (and kept up to
// date if another school corrects the name), so the teacher finds it later without the room.
import type * as Y from 'yjs';
import { saveMeetingRecord } from '../../db/meetings';
import { metaOf } from '../../meeting/layout';
import { readMeta } from '../../meeting/read';

export function keepMeetingListed(doc: Y.Doc, meetingId: string): () => void {
  const meta = metaOf(doc);
  let saved = '';
  const check = () => {
    const read = readMeta(doc); // validated: it came from another device
    if (!read || read.id !== meetingId) return;
    const key = JSON.stringify([read.name, read.date, read.place]);
    if (key === saved) return;
    saved = key;
    void saveMeetingRecord(read).catch((err: unknown) => console.error('No se pudo agregar el encuentro a la lista', err));
  };
  meta.observe(check);
  check();
  return () => meta.unobserve(check);
}
