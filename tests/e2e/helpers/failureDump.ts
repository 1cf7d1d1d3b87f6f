// What a failed test's devices showed: each page's address, visible text and last console errors,
// page errors and failed requests. Printed by the suite's fixture (test.ts) only on failure.
import type { Page } from '@playwright/test';

export interface PageLog {
  events: string[];
}

const KEEP = 15;
const TEXT_CHARS = 800;

export function watchPage(page: Page): PageLog {
  const log: PageLog = { events: [] };
  const push = (line: string) => {
    log.events.push(`${new Date().toISOString().slice(11, 23)} ${line}`);
    if (log.events.length > KEEP) log.events.shift();
  };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') push(`console.${m.type()}: ${m.text().slice(0, 300)}`);
  });
  page.on('pageerror', (e) => push(`pageerror: ${e.message.slice(0, 300)}`));
  page.on('requestfailed', (r) => push(`requestfailed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('load', () => push(`load: ${page.url()}`));
  return log;
}

export async function describePages(logs: Map<Page, PageLog>): Promise<string> {
  const out = ['--- lo que mostraba cada página al fallar ---'];
  let i = 0;
  for (const [page, log] of logs) {
    i++;
    if (page.isClosed()) {
      out.push(`[${i}] (cerrada)`, ...log.events.map((e) => `    ${e}`));
      continue;
    }
    const text = await Promise.race([
      page.evaluate(() => document.body?.innerText ?? '(sin body)').catch((e: unknown) => `(no se pudo leer: ${String(e)})`),
      new Promise<string>((ok) => setTimeout(() => ok('(sin respuesta en 3 s)'), 3000)),
    ]);
    // Short lines: the list reporter cuts a long line of an attachment.
    const flat = text.replace(/\s+/g, ' ').slice(0, TEXT_CHARS);
    const lines = flat.match(/.{1,100}/g) ?? [''];
    out.push(`[${i}] ${page.url()}`, ...log.events.map((e) => `    ${e}`), ...lines.map((l) => `    | ${l}`));
  }
  return out.join('\n');
}
