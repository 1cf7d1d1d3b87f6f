// The only place the sync layer reaches the meeting module: opening a meeting's Y.Doc.
import { openMeetingDoc } from '../meeting/persistence';
import type * as Y from 'yjs';

export interface OpenedDoc {
  doc: Y.Doc;
  whenSynced: Promise<void>;
  destroy(): Promise<void>;
}

export function openDoc(meetingId: string): Promise<OpenedDoc> {
  return openMeetingDoc(meetingId);
}
