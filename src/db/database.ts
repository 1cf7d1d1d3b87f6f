// The device's only database (IndexedDB through Dexie). Tables are touched only by the
// repositories in this folder; screens read through them or through useLiveQuery.
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { EvidenceFile } from '../domain/evidence';
import type { HistoryEntry } from '../domain/record';
import type { School } from '../domain/school';
import type { CteSession } from '../domain/session';
import type { Preparation } from '../domain/preparation';
import type { CommitmentRow, EvidenceRow, PracticeRow, ProblemRow } from './rows';
import type { MeetingRecord } from '../domain/meeting';
import type { DraftFilesRow, DraftRow } from '../domain/draft';
import type { MeetingNote } from '../domain/meetingNote';
import { SCHEMA_VERSIONS } from './schema';

interface SettingRow {
  key: string;
  value: unknown;
}

export const DB_NAME = 'bitacora-cte';

export class BitacoraDB extends Dexie {
  schools!: EntityTable<School, 'id'>;
  sessions!: Table<CteSession, string>;
  settings!: EntityTable<SettingRow, 'key'>;
  preparations!: EntityTable<Preparation, 'id'>;
  practices!: Table<PracticeRow, string>;
  evidences!: Table<EvidenceRow, string>;
  evidenceFiles!: Table<EvidenceFile, string>;
  problems!: Table<ProblemRow, string>;
  commitments!: Table<CommitmentRow, string>;
  history!: Table<HistoryEntry, [string, number]>;
  meetings!: EntityTable<MeetingRecord, 'id'>;
  drafts!: Table<DraftRow, string>;
  draftFiles!: Table<DraftFilesRow, string>;
  device!: Table<SettingRow, string>;
  meetingNotes!: Table<MeetingNote, string>;

  /** upToVersion lets the upgrade tests build a database exactly as an older app left it. */
  constructor(name: string = DB_NAME, upToVersion: number = Number.POSITIVE_INFINITY) {
    super(name);
    for (const v of SCHEMA_VERSIONS) {
      if (v.version > upToVersion) break;
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}

export const db = new BitacoraDB();
