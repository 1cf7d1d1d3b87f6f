// Meeting documents (Yjs) in a backup. They live in their own IndexedDB databases, outside Dexie;
// until the meetings module provides its persistence, a device simply has none to save.
// (Wired to src/meeting when the inter-school meeting work lands.)
export async function exportMeetings(): Promise<Record<string, string>> {
  return {};
}

export async function mergeMeetings(updates: Record<string, Uint8Array>): Promise<void> {
  if (Object.keys(updates).length > 0) {
    throw new Error('Este dispositivo aún no puede abrir encuentros.');
  }
}
