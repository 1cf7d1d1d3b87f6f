/**
 * Search keys: lower case, without accents, so "practica" finds "Práctica". Stored alongside
 * records and indexed, so lists never scan every row.
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const NON_ASCII = /[^\0-\x7f]/;

/**
 * Distinct words of at least two letters, normalized: the multi-entry index of a record. The
 * same words as splitting normalizeForSearch(text) of each text on [^a-z0-9], in one pass over
 * all texts (a bulk import runs this for every row): texts are joined with a space, which is
 * a separator anyway, and pure ASCII text skips the Unicode decomposition, which leaves it as is.
 */
export function searchWords(...texts: string[]): string[] {
  let text = texts.join(' ');
  if (NON_ASCII.test(text)) text = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const words = new Set<string>();
  for (const w of text.toLowerCase().split(/[^a-z0-9]+/)) {
    if (w.length >= 2) words.add(w);
  }
  return [...words];
}
