// What a person with plain Yjs does to a meeting file (V4): decode it, change the document and
// re-encode it behind the same header, so the app's reader meets values its writers never make.
import * as Y from 'yjs';
import { decodeMeetingFile } from '../../src/meeting/file';

export function tamperMeetingFile(bytes: Uint8Array, change: (doc: Y.Doc) => void): Uint8Array {
  const { update } = decodeMeetingFile(bytes);
  const doc = new Y.Doc();
  Y.applyUpdateV2(doc, update);
  change(doc);
  const header = bytes.subarray(0, bytes.length - update.length);
  const next = Y.encodeStateAsUpdateV2(doc);
  const out = new Uint8Array(header.length + next.length);
  out.set(header);
  out.set(next, header.length);
  return out;
}
