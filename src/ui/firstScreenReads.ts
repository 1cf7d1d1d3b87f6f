// The first screen's reads (the shell's school, the home screen's cards). Imported only through
// lazyLive.ts, after the first screen is on the page: this module is what brings Dexie in.
export { liveQuery } from 'dexie';
export { getSchool } from '../db/schools';
export { listSessions } from '../db/sessions';
export { listOpenCommitments } from '../db/commitments';
export { readBackupStatus } from '../backup/status';
export { readLastRoute, writeLastRoute } from '../db/device';
export { expireDrafts } from '../db/drafts';
