// Turns "replace the whole text" (what a form gives us) into the smallest splice on a Y.Text, so
// two people editing different parts of one card both keep their words (rule M2 in docs/SYNC.md).
import type * as Y from 'yjs';

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The common prefix and suffix of two strings, never splitting a UTF-16 surrogate pair. */
export function spliceFor(oldText: string, newText: string): { index: number; remove: number; insert: string } {
  let start = 0;
  const max = Math.min(oldText.length, newText.length);
  while (start < max && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
  if (start > 0 && isHighSurrogate(oldText.charCodeAt(start - 1))) start--;
  let end = 0;
  while (end < max - start && oldText.charCodeAt(oldText.length - 1 - end) === newText.charCodeAt(newText.length - 1 - end)) {
    end++;
  }
  // A suffix that begins on a low surrogate would leave its high half behind.
  if (end > 0 && isHighSurrogate(oldText.charCodeAt(oldText.length - end - 1))) end--;
  return {
    index: start,
    remove: oldText.length - start - end,
    insert: newText.slice(start, newText.length - end),
  };
}

export function applyTextEdit(ytext: Y.Text, newText: string): void {
  const { index, remove, insert } = spliceFor(ytext.toString(), wellFormed(newText));
  if (remove > 0) ytext.delete(index, remove);
  if (insert) ytext.insert(index, insert);
}

/**
 * Replaces lone UTF-16 surrogates with U+FFFD. Yjs encodes strings as UTF-8, which cannot carry a
 * lone surrogate: the writer would keep it while every other device got U+FFFD, and the copies
 * would differ forever (found by the convergence test, rule M9). So we never write one.
 */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
