// The meeting file ("Exportar encuentro" / "Importar"): a small binary header, the meeting id and
// the whole document as one Yjs update, in Yjs's v2 encoding (about 1.5-2x faster to apply than
// v1 for a large meeting: it decodes all strings in one batch; the import applies it twice). Devices that never had a network exchange these files;
// CRDT merge makes any order and any repetition give the same result (rules F1-F4, docs/SYNC.md).
import * as Y from 'yjs';
import { MeetingMetaSchema, type MeetingMeta } from '../domain/meeting';
import { cardsOf, metaOf } from './layout';
import { MEETING_FILE_FORMAT } from '../domain/protocolVersion';

/** "BCTE-ENC" then a format byte: tells a meeting file from any other file (F1). */
const MAGIC = new TextEncoder().encode('BCTE-ENC');
const FILE_FORMAT = MEETING_FILE_FORMAT;
export const MEETING_FILE_EXTENSION = '.encuentro';
export const MEETING_FILE_TYPE = 'application/octet-stream';
/** A meeting of 10,000 cards is about 1-2 MB; anything far larger is not ours. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

import type { FileErrorCode } from '../domain/meetingFileError';
export type { FileErrorCode };

export class MeetingFileError extends Error {
  constructor(
    public readonly code: FileErrorCode,
    /** For otherMeeting: the name of the meeting the file holds, to say which one it is. */
    public readonly otherName?: string,
  ) {
    super(code);
    this.name = 'MeetingFileError';
  }
}

export function encodeMeetingFile(doc: Y.Doc): Uint8Array {
  const id = metaOf(doc).get('id');
  if (typeof id !== 'string' || !id) throw new MeetingFileError('damaged');
  const idBytes = new TextEncoder().encode(id);
  const update = Y.encodeStateAsUpdateV2(doc);
  const out = new Uint8Array(MAGIC.length + 1 + 2 + idBytes.length + update.length);
  out.set(MAGIC, 0);
  let at = MAGIC.length;
  out[at++] = FILE_FORMAT;
  out[at++] = idBytes.length >> 8;
  out[at++] = idBytes.length & 0xff;
  out.set(idBytes, at);
  out.set(update, at + idBytes.length);
  return out;
}

/** Header only: which meeting the file claims to be and its update bytes. Throws MeetingFileError. */
export function decodeMeetingFile(bytes: Uint8Array): { meetingId: string; update: Uint8Array } {
  if (bytes.length > MAX_FILE_BYTES) throw new MeetingFileError('tooLarge');
  if (bytes.length < MAGIC.length + 3 || MAGIC.some((b, i) => bytes[i] !== b)) throw new MeetingFileError('notMeetingFile');
  let at = MAGIC.length;
  const format = bytes[at++]!;
  if (format > FILE_FORMAT) throw new MeetingFileError('newerFormat');
  if (format < 1) throw new MeetingFileError('notMeetingFile');
  const idLength = (bytes[at]! << 8) | bytes[at + 1]!;
  at += 2;
  if (idLength === 0 || idLength > 100 || at + idLength > bytes.length) throw new MeetingFileError('damaged');
  let meetingId: string;
  try {
    meetingId = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(at, at + idLength));
  } catch {
    throw new MeetingFileError('damaged');
  }
  return { meetingId, update: bytes.subarray(at + idLength) };
}

export interface CheckedMeetingFile {
  meta: MeetingMeta;
  update: Uint8Array;
  cardCount: number;
}

/**
 * Applies the file to a scratch document and checks it (F2): the update decodes, is complete (no
 * missing dependencies), and holds valid meta for the id in its header. Nothing local is touched.
 * expectedId: the meeting on screen; a file of another meeting is refused (F3).
 */
export function checkMeetingFile(bytes: Uint8Array, expectedId?: string): CheckedMeetingFile {
  const { meetingId, update } = decodeMeetingFile(bytes);
  const scratch = new Y.Doc();
  try {
    try {
      Y.applyUpdateV2(scratch, update);
    } catch {
      throw new MeetingFileError('damaged');
    }
    // An update that needs structs we do not have is a fragment, not a whole meeting.
    if (scratch.store.pendingStructs !== null || scratch.store.pendingDs !== null) throw new MeetingFileError('damaged');
    const meta = MeetingMetaSchema.safeParse(metaOf(scratch).toJSON());
    if (!meta.success || meta.data.id !== meetingId) throw new MeetingFileError('damaged');
    if (expectedId !== undefined && meetingId !== expectedId) throw new MeetingFileError('otherMeeting', meta.data.name);
    // Cards are not validated here: the reader skips bad ones anyway (V1), and parsing thousands
    // of cards twice would double the cost of a large import.
    return { meta: meta.data, update, cardCount: cardsOf(scratch).size };
  } finally {
    scratch.destroy();
  }
}

/** Merges a checked file into the local copy (F4): idempotent and order-free by CRDT. */
export function mergeMeetingFile(doc: Y.Doc, checked: CheckedMeetingFile, origin: unknown = 'file'): void {
  Y.applyUpdateV2(doc, checked.update, origin);
}
