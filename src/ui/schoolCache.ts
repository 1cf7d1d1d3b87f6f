// The school's name and CCT, mirrored in localStorage so a returning teacher sees the app shell
// at once instead of waiting for IndexedDB to open (measured: ~200 ms of a throttled cold start).
// IndexedDB stays the source of truth: the live query replaces this as soon as it answers.
import type { School } from '../domain/school';

export type SchoolSummary = Pick<School, 'name' | 'cct'>;

const KEY = 'bitacora.school';

export function readCachedSchool(): SchoolSummary | null {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    if (value && typeof value === 'object' && 'name' in value && 'cct' in value) {
      const { name, cct } = value;
      if (typeof name === 'string' && typeof cct === 'string') return { name, cct };
    }
  } catch {
    // unreadable or blocked storage: start without the shortcut
  }
  return null;
}

export function writeCachedSchool(school: SchoolSummary | null): void {
  try {
    if (school) localStorage.setItem(KEY, JSON.stringify({ name: school.name, cct: school.cct }));
    else localStorage.removeItem(KEY);
  } catch {
    // storage full or blocked: the cache is only a shortcut
  }
}
