// The device's list of meetings (index rows only; content lives in each meeting's Y.Doc).
import type { MeetingMeta, MeetingRecord } from '../domain/meeting';
import { db } from './database';
import { write } from './writes';

export async function listMeetings(): Promise<MeetingRecord[]> {
  const rows = await db.meetings.orderBy('date').reverse().toArray();
  return rows;
}

export function getMeetingRecord(id: string): Promise<MeetingRecord | undefined> {
  return db.meetings.get(id);
}

/**
 * Adds the meeting to this device's list, or refreshes name/date/place from the document (another
 * school may have corrected them). Returns whether the meeting was new to this device.
 */
export async function saveMeetingRecord(meta: MeetingMeta, now: number = Date.now()): Promise<boolean> {
  return write(['meetings'], async () => {
    const existing = await db.meetings.get(meta.id);
    if (existing && existing.name === meta.name && existing.date === meta.date && existing.place === meta.place) return false;
    await db.meetings.put({
      id: meta.id,
      name: meta.name,
      date: meta.date,
      place: meta.place,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
    return !existing;
  });
}

/** Removes the meeting from this device's list (T26: "Olvidar este encuentro"). */
export async function deleteMeetingRecord(id: string): Promise<void> {
  await write(['meetings'], () => db.meetings.delete(id));
}
