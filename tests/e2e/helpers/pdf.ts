// Prints the current page to PDF as Chromium would for "Guardar como PDF", then reads it back
// with poppler (pdftotext, pdfinfo) and renders the pages to PNG under artifacts/pdf/ to look at.
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';

export interface PrintedPdf {
  path: string;
  text: string;
  pages: number;
  /** Text of each page, in order (pdftotext separates pages with form feeds). */
  pageTexts: string[];
  /** Reading-order text (no -layout): table cells come out whole, white space folded. */
  flowText: string;
}

export async function printToPdf(page: Page, name: string): Promise<PrintedPdf> {
  mkdirSync('artifacts/pdf', { recursive: true });
  await page.emulateMedia({ media: 'print' });
  const path = `artifacts/pdf/${name}.pdf`;
  writeFileSync(path, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  await page.emulateMedia({ media: 'screen' });
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  execFileSync('pdftoppm', ['-png', '-r', '60', path, `artifacts/pdf/${name}`]);
  const flowText = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  return { path, text, pages, pageTexts: text.split('\f').slice(0, pages), flowText };
}

/** Page size in points, from pdfinfo ("612 x 792 pts (letter)"). */
export function pageSize(path: string): { width: number; height: number } {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const m = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info);
  return { width: Math.round(Number(m?.[1])), height: Math.round(Number(m?.[2])) };
}
