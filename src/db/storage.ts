// Storage persistence: the browser may evict a "best effort" origin when the disk fills up, which
// for a school would mean losing its bitácora. We ask once, after the first real save (asking on
// first load is refused by most browsers and feels pushy), and remember that we asked.
export interface StorageStatus {
  supported: boolean;
  persisted: boolean;
  usage: number | null;
  quota: number | null;
}

let asked = false;

export async function requestPersistentStorage(options: { force?: boolean } = {}): Promise<boolean> {
  if ((asked && !options.force) || typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
  asked = true;
  try {
    if (await navigator.storage.persisted()) return true;
    return await navigator.storage.persist();
  } catch {
    return false;
  }
}

export async function readStorageStatus(): Promise<StorageStatus> {
  if (typeof navigator === 'undefined' || !navigator.storage) {
    return { supported: false, persisted: false, usage: null, quota: null };
  }
  const [persisted, estimate] = await Promise.all([
    navigator.storage.persisted?.().catch(() => false) ?? Promise.resolve(false),
    navigator.storage.estimate?.().catch(() => ({}) as StorageEstimate) ?? Promise.resolve({} as StorageEstimate),
  ]);
  return { supported: true, persisted, usage: estimate.usage ?? null, quota: estimate.quota ?? null };
}
