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
    // Issue 4: the device's list of inter-school meetings. The meeting itself (panels, schools,
    // timer) lives in its own Yjs document (y-indexeddb database per meeting); this row is the index.
    version: 3,
    stores: { meetings: 'id, date' },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
