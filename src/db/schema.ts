// Every schema version the app has ever shipped, in order. Never edit or remove a shipped entry:
// devices in the field may hold a database at any of them. Add a new entry (with an upgrade
// function when existing rows must change) and a fixture test in tests/integration/db-upgrade.test.ts.
import type { Transaction } from 'dexie';

export interface SchemaVersion {
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
    // The bitácora's entries. Lists are served by indexes only: `*words` holds normalized search
    // words (multi-entry), and each filter has a compound [field+createdAt] index so a filtered
    // page is read in order without loading the other rows. Booleans are stored as 0/1.
    version: 2,
    stores: {
      practices:
        'id, createdAt, *words, originKey, [sessionId+createdAt], [teacherId+createdAt], [gradeKey+createdAt], [assessment+createdAt], [share+createdAt]',
      evidences: 'id, createdAt, *words, *practiceIds, [kind+createdAt], [groupKey+createdAt]',
      // Blobs live apart from the evidence rows so that lists never read photos.
      evidenceFiles: 'id, evidenceId',
      problems: 'id, createdAt, *words, [sessionId+createdAt], [gradeKey+createdAt], [present+createdAt]',
      commitments:
        'id, createdAt, *words, originKey, [sessionId+createdAt], [status+createdAt], [responsibleKind+createdAt], [status+dueDate]',
      // Every version of every entry ("nothing is torn out"), keyed by record and version.
      history: '[recordId+version], recordId, savedAt',
    },
  },
  {
    // "Preparar el encuentro": one record per session (its id is the session's id).
    // Version 3 is the inter-school meetings' list.
    version: 4,
    stores: {
      preparations: 'id',
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
