// Stars with a budget (issue 19, item 5; rules M5, M14, docs/SYNC.md). A star is still one key per
// person per card (M5); what is new is that each person has a number of stars for the aportaciones
// (activity 24), set by the coordination, and that two devices of one person starring offline can
// merge to more than that: then the earliest stars count and the rest stay, marked "no cuenta".
// Nothing is deleted by a merge, so unstarring one that counts lets the next one count.
import type * as Y from 'yjs';
import { z } from 'zod';
import type { Writer } from '../domain/meeting';
import { newId } from '../domain/ids';
import { readSigned, signedSchema, writeSigned } from './coordination';
import { cardsOf, parseStarKey, starBudgetOf, starsOf, starTimesOf } from './layout';
import { kindOfRaw } from './read';

export const DEFAULT_STAR_BUDGET = 3;
export const MAX_STAR_BUDGET = 20;

const BudgetSchema = signedSchema({ budget: z.number().int().min(1).max(MAX_STAR_BUDGET) });

export interface StarsRead {
  /** Card id -> voters whose star counts, sorted. */
  byCard: Map<string, string[]>;
  /** Card id -> voters whose star exceeds their budget (M14), sorted. */
  over: Map<string, string[]>;
  /** Voter -> stars on aportaciones that count. */
  used: Map<string, number>;
  budget: number;
  /** Bad values in stars, starTimes and starBudget, ignored (V2, V4). */
  invalid: number;
}

export const NO_STARS: StarsRead = { byCard: new Map(), over: new Map(), used: new Map(), budget: DEFAULT_STAR_BUDGET, invalid: 0 };

/** M14: the last valid setting by the coordination (time, then key), or the default. */
export function readStarBudget(doc: Y.Doc): { budget: number; invalid: number } {
  let best: { at: number; key: string; budget: number } | null = null;
  const invalid = readSigned(doc, starBudgetOf(doc), BudgetSchema, (key, { at, budget }) => {
    if (!best || at > best.at || (at === best.at && key > best.key)) best = { at, key, budget };
  });
  return { budget: (best as { budget: number } | null)?.budget ?? DEFAULT_STAR_BUDGET, invalid };
}

const UNTIMED = Number.MAX_SAFE_INTEGER;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/**
 * Every star, grouped by card (V2), with the budget applied (M14): per voter, the stars on
 * aportaciones sorted by when they were set (a star without a time, from an older version, after
 * every timed one), then card id; the first `budget` count, the others are "over".
 */
export function readStarsCounted(doc: Y.Doc): StarsRead {
  const byCard = new Map<string, string[]>();
  const over = new Map<string, string[]>();
  const used = new Map<string, number>();
  const cards = cardsOf(doc);
  const times = starTimesOf(doc);
  const budgeted = new Map<string, { cardId: string; at: number }[]>();
  const { budget, invalid: badBudget } = readStarBudget(doc);
  let invalid = badBudget;
  const push = (into: Map<string, string[]>, cardId: string, voter: string) => {
    const list = into.get(cardId);
    if (list) list.push(voter);
    else into.set(cardId, [voter]);
  };
  starsOf(doc).forEach((v, key) => {
    const parsed = v === true ? parseStarKey(key) : null;
    if (!parsed) {
      invalid++;
      return;
    }
    if (kindOfRaw(cards.get(parsed.cardId)) !== 'aportacion') {
      push(byCard, parsed.cardId, parsed.voter);
      return;
    }
    const t = times.get(key);
    if (t !== undefined && !isTime(t)) invalid++;
    const list = budgeted.get(parsed.voter) ?? [];
    list.push({ cardId: parsed.cardId, at: isTime(t) ? t : UNTIMED });
    budgeted.set(parsed.voter, list);
  });
  for (const [voter, list] of budgeted) {
    list.sort((a, b) => a.at - b.at || (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0));
    list.forEach((s, i) => push(i < budget ? byCard : over, s.cardId, voter));
    used.set(voter, Math.min(list.length, budget));
  }
  for (const list of byCard.values()) list.sort();
  for (const list of over.values()) list.sort();
  return { byCard, over, used, budget, invalid };
}

/** Stars a person has left for aportaciones. */
export function starsLeft(read: Pick<StarsRead, 'used' | 'budget'>, voter: string): number {
  return Math.max(0, read.budget - (read.used.get(voter) ?? 0));
}

/** M14: the coordination sets how many stars each person has for the aportaciones. */
export function setStarBudget(doc: Y.Doc, budget: number, writer: Writer, now: number, key: string = newId()): void {
  writeSigned(doc, starBudgetOf(doc), BudgetSchema, { budget }, writer, now, key);
}
