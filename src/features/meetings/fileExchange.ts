// "Exportar encuentro" and "Importar": the meeting file leaves the device only when a person asks,
// through the share sheet (Bluetooth, messaging apps) where the browser supports files, or as a
// download. Import checks the file on a scratch document first (F2) and splits the work into
// separate tasks so a large meeting does not freeze the screen.
import type * as Y from 'yjs';
import {
  checkMeetingFile,
  encodeMeetingFile,
  MeetingFileError,
  mergeMeetingFile,
  MEETING_FILE_EXTENSION,
  MEETING_FILE_TYPE,
  type CheckedMeetingFile,
} from '../../meeting/file';
import { openMeetingDoc } from '../../meeting/persistence';
import { saveMeetingRecord } from '../../db/meetings';
import { meetingText as t } from '../../i18n/meetings';
import type { MeetingMeta } from '../../domain/meeting';
import { saveFile } from '../../ui/saveFile';

/** Lets the browser paint and handle input between heavy steps. */
const yieldToBrowser = () => new Promise<void>((ok) => setTimeout(ok, 0));

function meetingFileName(meta: Pick<MeetingMeta, 'name' | 'date'>): string {
  const slug = meta.name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `encuentro-${slug || 'cte'}-${meta.date}${MEETING_FILE_EXTENSION}`;
}

export async function exportMeeting(doc: Y.Doc, meta: MeetingMeta): Promise<boolean> {
  const bytes = encodeMeetingFile(doc);
  const file = new File([bytes as BlobPart], meetingFileName(meta), { type: MEETING_FILE_TYPE });
  return saveFile(file, meta.name);
}

/** The Spanish message for a refused file. */
export function fileErrorMessage(err: unknown): string {
  if (err instanceof MeetingFileError) {
    if (err.code === 'otherMeeting' && err.otherName) return t.fileOtherMeeting(err.otherName);
    return t.fileErrors[err.code];
  }
  return t.fileReadFailed;
}

async function readChecked(file: File, expectedId?: string): Promise<CheckedMeetingFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  await yieldToBrowser();
  return checkMeetingFile(bytes, expectedId);
}

/** Into the meeting on screen (its doc is open and persisting). */
export async function importIntoOpenMeeting(doc: Y.Doc, meetingId: string, file: File): Promise<MeetingMeta> {
  performance.mark('meeting:merge-start');
  const checked = await readChecked(file, meetingId);
  await yieldToBrowser();
  mergeMeetingFile(doc, checked);
  performance.mark('meeting:merge-end');
  await saveMeetingRecord(checked.meta);
  return checked.meta;
}

/** From the list: merges into the local copy, creating the meeting on this device if it is new. */
export async function importFromList(file: File): Promise<{ meta: MeetingMeta; isNew: boolean }> {
  const checked = await readChecked(file);
  await yieldToBrowser();
  const opened = await openMeetingDoc(checked.meta.id);
  try {
    await opened.whenSynced;
    mergeMeetingFile(opened.doc, checked);
  } finally {
    await opened.destroy();
  }
  const isNew = await saveMeetingRecord(checked.meta);
  return { meta: checked.meta, isNew };
}
