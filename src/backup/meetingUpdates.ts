import * as Y from 'yjs';
import { base64ToBytes } from './base64';

/**
 * A meeting in a backup must be a Yjs update that applies cleanly to a scratch document and
 * carries its own meeting id (meta.id): a damaged or foreign one is refused before anything is
 * written.
 */
export function validateMeetingUpdate(meetingId: string, data: string): Uint8Array | null {
  const scratch = new Y.Doc();
  try {
    const bytes = base64ToBytes(data);
    Y.applyUpdate(scratch, bytes);
    return scratch.getMap('meta').get('id') === meetingId ? bytes : null;
  } catch {
    return null;
  } finally {
    scratch.destroy();
  }
}
