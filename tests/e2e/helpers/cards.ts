// Valid cards in a device's open meeting, for the transport tests (issue 20): written with the
// app's own model (meeting/model.ts: the school joins (M13), then addCard registers the writer and
// writes the card's info and text, as the panels do) and counted with the app's own reader
// (readCard, V1). "5,000 cards synced" then means 5,000 cards the panels would show. Needs the
// diagnostics switch (helpers/room.ts enableDiagnostics), which exposes window.__bitacoraModelo.
// The in-page functions are exported too, for pages driven by another tool (Firefox, puppeteer).
import type { Page } from '@playwright/test';

export interface CardWriter {
  author: string;
  school: { name: string; cct: string };
}

/** A writer of school `school` (a valid CCT made from its name, one per school) named `person`. */
export function writerOf(school: string, person: string): CardWriter {
  const n = [...school].reduce((s, c) => (s * 31 + c.charCodeAt(0)) % 10000, 7);
  return { author: person, school: { name: school, cct: `14DPR${String(n).padStart(4, '0')}X` } };
}

/** A writer for a device named `name` (a letter or a word): its own school. */
export const writerFor = (name: string): CardWriter => writerOf(`Escuela ${name}`, `Docente ${name}`);

export const CARD_TEXT = 'práctica de lectura en voz alta con alumnos de tercer grado, evidencia en el cuaderno';

export interface WriteArgs {
  /** Ids: `${prefix}0`, `${prefix}1`...; with `n` = 1 and `exact`, the id is `prefix` itself. */
  prefix: string;
  n: number;
  writer: CardWriter;
  text: string;
  exact?: boolean;
}

/** In the page: writes the cards in one transaction, as the panels do; returns the update's bytes. */
export function writeCardsInPage({ prefix, n, writer, text, exact }: WriteArgs): number {
  type Doc = {
    transact(f: () => void): void;
    on(e: string, f: (u: Uint8Array) => void): void;
    off(e: string, f: (u: Uint8Array) => void): void;
  };
  const w = window as unknown as {
    __bitacoraSala: { doc: Doc };
    __bitacoraModelo: {
      addCard(doc: Doc, input: { kind: 'norma'; text: string }, writer: CardWriter, now: number, id: string): string;
      joinSchool(doc: Doc, school: CardWriter['school'], now: number): void;
    };
  };
  const doc = w.__bitacoraSala.doc;
  const { addCard, joinSchool } = w.__bitacoraModelo;
  let size = 0;
  const measure = (u: Uint8Array) => (size += u.length);
  doc.on('update', measure);
  try {
    doc.transact(() => {
      const now = Date.now();
      joinSchool(doc, writer.school, now);
      for (let i = 0; i < n; i++)
        addCard(doc, { kind: 'norma', text: exact ? text : `Tarjeta ${i}: ${text}` }, writer, now, exact ? prefix : `${prefix}${i}`);
    });
  } finally {
    doc.off('update', measure);
  }
  return size;
}

/** In the page: the cards the app's reader accepts (invalid entries are not counted). */
export function validCardsInPage(): number {
  type Doc = { getMap(n: string): { keys(): IterableIterator<string> } };
  const w = window as unknown as { __bitacoraSala: { doc: Doc }; __bitacoraModelo: { readCard(doc: Doc, id: string): unknown } };
  const doc = w.__bitacoraSala.doc;
  let valid = 0;
  for (const id of doc.getMap('cards').keys()) if (w.__bitacoraModelo.readCard(doc, id) !== null) valid += 1;
  return valid;
}

/** In the page: the text of card `id` as the reader sees it (null: absent or invalid). */
export function cardTextInPage(id: string): string | null {
  const w = window as unknown as {
    __bitacoraSala: { doc: unknown };
    __bitacoraModelo: { readCard(doc: unknown, id: string): { text: string } | null };
  };
  return w.__bitacoraModelo.readCard(w.__bitacoraSala.doc, id)?.text ?? null;
}

/** In the page: id -> text of every card the reader accepts. */
export function cardTextsInPage(): Record<string, string> {
  type Doc = { getMap(n: string): { keys(): IterableIterator<string> } };
  const w = window as unknown as {
    __bitacoraSala: { doc: Doc };
    __bitacoraModelo: { readCard(doc: Doc, id: string): { text: string } | null };
  };
  const doc = w.__bitacoraSala.doc;
  const out: Record<string, string> = {};
  for (const id of doc.getMap('cards').keys()) {
    const card = w.__bitacoraModelo.readCard(doc, id);
    if (card) out[id] = card.text;
  }
  return out;
}

/** The writer of the device's open room: its school and person, as its room session says. */
export async function writerOfPage(page: Page): Promise<CardWriter> {
  const user = await page.evaluate(
    () =>
      (
        window as unknown as { __bitacoraSala: { awareness: { getLocalState(): { user: { school: string; person: string } } } } }
      ).__bitacoraSala.awareness.getLocalState().user,
  );
  return writerOf(user.school, user.person);
}

/** Writes `n` normas in one transaction (one update, as a pasted list would be); returns its bytes. */
export function writeCards(page: Page, prefix: string, n: number, writer: CardWriter, text = CARD_TEXT): Promise<number> {
  return page.evaluate(writeCardsInPage, { prefix, n, writer, text });
}

/** One card with id `id` and exactly this text. */
export async function writeCard(page: Page, id: string, text: string, writer: CardWriter): Promise<void> {
  await page.evaluate(writeCardsInPage, { prefix: id, n: 1, writer, text, exact: true });
}

export function validCardCount(page: Page): Promise<number> {
  return page.evaluate(validCardsInPage);
}

export function cardText(page: Page, id: string): Promise<string | null> {
  return page.evaluate(cardTextInPage, id);
}
