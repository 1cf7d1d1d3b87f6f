// The @page rules of a printed document: paper size, margins, a running header with the school,
// CCT and ciclo, and "Página N de M" in the footer (CSS margin boxes, supported by Chromium).
import { printText as t } from '../../i18n/print';

export type Paper = 'carta' | 'a4';

/** A CSS string literal that cannot break out of its declaration, whatever the school typed. */
function cssString(text: string): string {
  const escaped = text
    .replace(/[\\"]/g, (c) => `\\${c}`)
    .replace(/[\n\r\f]/g, ' ')
    .replace(/</g, '\\3c ');
  return `"${escaped}"`;
}

export function pageCss(paper: Paper, header: string): string {
  const size = paper === 'a4' ? 'A4' : 'letter';
  const [before, middle] = t.pageOf;
  return `
@page {
  size: ${size};
  margin: 22mm 18mm 20mm;
  @top-center { content: ${cssString(header)}; font: 9pt 'DejaVu Sans', sans-serif; color: #444; }
  @bottom-center { content: ${cssString(before)} counter(page) ${cssString(middle)} counter(pages); font: 9pt 'DejaVu Sans', sans-serif; color: #444; }
}
@page :first {
  @top-center { content: none; }
}`;
}
