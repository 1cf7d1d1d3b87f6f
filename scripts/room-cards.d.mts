// Types of room-cards.mjs (valid cards written and read with the app's own meeting model).
/** Any page that runs a function inside it: Playwright's Page, puppeteer's Page. */
export interface EvaluatingPage {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
}

export interface CardWriter {
  author: string;
  school: { name: string; cct: string };
}

export function writerOf(school: string, person: string): CardWriter;
export const writerFor: (name: string) => CardWriter;
export const CARD_TEXT: string;

export interface WriteArgs {
  /** Ids: `${prefix}0`, `${prefix}1`...; with `n` = 1 and `exact`, the id is `prefix` itself. */
  prefix: string;
  n: number;
  writer: CardWriter;
  text: string;
  exact?: boolean;
}

export function writeCardsInPage(args: WriteArgs): number;
export function validCardsInPage(): number;
export function cardTextInPage(id: string): string | null;
export function cardTextsInPage(): Record<string, string>;

export function writerOfPage(page: EvaluatingPage): Promise<CardWriter>;
export function writeCards(page: EvaluatingPage, prefix: string, n: number, writer: CardWriter, text?: string): Promise<number>;
export function writeCard(page: EvaluatingPage, id: string, text: string, writer: CardWriter): Promise<void>;
export function validCardCount(page: EvaluatingPage): Promise<number>;
export function cardText(page: EvaluatingPage, id: string): Promise<string | null>;
