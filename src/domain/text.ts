/**
 * Search keys: lower case, without accents, so "practica" finds "Práctica". Stored alongside
 * records and indexed, so lists never scan every row.
 */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Distinct words of at least two letters, normalized: the multi-entry index of a record. */
export function searchWords(...texts: string[]): string[] {
  const words = new Set<string>();
  for (const t of texts) {
    for (const w of normalizeForSearch(t).split(/[^a-z0-9]+/)) {
      if (w.length >= 2) words.add(w);
    }
  }
  return [...words];
}
