// Every schema version the app has ever shipped, in order. Never edit or remove a shipped entry:
// devices in the field may hold a database at any of them. Add a new entry (with an upgrade
// function when existing rows must change) and a fixture test in tests/integration/db-upgrade.test.ts.
import type { Transaction } from 'dexie';

interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const SCHEMA_VERSIONS: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // One profile per device today; keyed by id so a restore from another device can merge.
      schools: 'id',
      sessions: 'id, date, ciclo, [kind+number]',
      // Small app state: first-run flags, last backup time, persistence requested...
      settings: 'key',
    },
  },
  {
    // The bitácora's entries. Ids begin with a countdown of the creation time (newRecordId), so
    // primary-key order is newest first; each filter has a compound [field+id] index, so a
    // filtered page newest first is one forward range read (getAll of 50), and the next page
    // starts after the last id shown (keyset paging). `*words` holds normalized search words
    // (multi-entry). Booleans are stored as 0/1 (they cannot be keys).
    version: 2,
    stores: {
      practices: 'id, *words, originKey, [sessionId+id], [teacherId+id], [gradeKey+id], [assessment+id], [share+id]',
      evidences: 'id, *words, *practiceIds, [kind+id], [groupKey+id]',
      // Blobs live apart from the evidence rows so that lists never read photos.
      evidenceFiles: 'id, evidenceId',
      problems: 'id, *words, [sessionId+id], [gradeKey+id], [present+id]',
      commitments: 'id, *words, originKey, [sessionId+id], [status+id], [responsibleKind+id], [status+dueDate]',
      // Superseded versions of every entry ("nothing is torn out"); the current one is the row.
      history: '[recordId+version], recordId',
    },
  },
  {
    // Issue 4: the device's list of inter-school meetings. The meeting itself (panels, schools,
    // timer) lives in its own Yjs document (y-indexeddb database per meeting); this row is the index.
    version: 3,
    stores: { meetings: 'id, date' },
  },
  {
    // "Preparar el encuentro": one record per session (its id is the session's id).
    version: 4,
    stores: {
      preparations: 'id',
    },
  },
  {
    // Issue 14: what the teacher is typing, kept as it is typed so a killed tab loses nothing.
    // `drafts` holds the form's fields (one row per form and record), `draftFiles` the photos a
    // draft has picked (apart, so the text's frequent writes never rewrite the photos), `device`
    // this device's own state (the screen it was on). None of them is a record: they stay out of
    // backups and prints (docs/RECORDS.md, "Drafts").
    version: 5,
    stores: {
      drafts: 'id, form, savedAt',
      draftFiles: 'id',
      device: 'key',
    },
  },
  {
    // Issue 16: sessions are versioned and annulled like every entry, and record attendance.
    // No index changes; rows written before get version 1 and an empty attendance list.
    version: 6,
    stores: {},
    upgrade: async (tx) => {
      await tx
        .table('sessions')
        .toCollection()
        .modify((s: { version?: number; attendance?: unknown[] }) => {
          s.version ??= 1;
          s.attendance ??= [];
        });
    },
  },
  {
    // Issue 19, activities 19-20: each teacher's own notes during a meeting's presentations, one
    // row per meeting and presentation. Kept apart from the meeting's Y.Doc on purpose: they are
    // private and must never be written where a room could sync them.
    version: 7,
    stores: { meetingNotes: 'id, meetingId' },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
