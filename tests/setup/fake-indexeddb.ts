// Unit and integration tests run in Node: fake-indexeddb provides a real IndexedDB
// implementation in memory, so Dexie runs unmodified. Browser tests use Chromium's own.
import 'fake-indexeddb/auto';
