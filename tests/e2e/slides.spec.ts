// Issue 16, item 8: every slide fits a 1280×720 projector without scrolling (a long one continues
// on the next slide) and prints whole: no photo cut off, every "Diapositiva N de M" on its page.
import { expect, type Page } from '@playwright/test';
import { test } from './helpers/test';
import { execFileSync } from 'node:child_process';
import { serveBuild } from './helpers/server';
import { screenshot, setupSchool } from './helpers/app';
import { restoreFixture } from './helpers/restore';
import { printToPdf } from './helpers/pdf';
import { buildBackupText, evidence, photoFile, pngBlob, practice, problem, session } from '../../scripts/fixtures/backup.mjs';

const server = serveBuild();

const long = (words: string, times: number) => Array.from({ length: times }, () => words).join(' ');

/** Where the current slide's pieces end, relative to its box. */
async function slideFit(page: Page) {
  return page.evaluate(() => {
    const slide = document.querySelector<HTMLElement>('.slide.current')!;
    const box = slide.getBoundingClientRect();
    const number = slide.querySelector('.slide-number')!.getBoundingClientRect();
    const imgs = [...slide.querySelectorAll('img')].map((i) => i.getBoundingClientRect().bottom);
    return {
      docScroll: document.documentElement.scrollHeight - window.innerHeight,
      overflow: slide.scrollHeight - slide.clientHeight,
      numberInside: number.bottom <= box.bottom + 0.5,
      imgsAboveNumber: imgs.every((b) => b <= number.top + 0.5),
      text: slide.innerText,
    };
  });
}

test('long prácticas and problemáticas continue on the next slide; on screen and on paper nothing is cut', async ({ page }) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(server.url);
  await setupSchool(page);
  const reasons = [
    long('Los alumnos leen con más fluidez y lo registran cada semana en su cuaderno de lectura.', 2),
    long('Todos participan, incluso quienes antes no hablaban frente al grupo, porque leen en parejas.', 2),
    long('Mejoraron los resultados del examen bimestral de comprensión lectora en los dos grupos.', 2),
  ];
  await restoreFixture(
    page,
    server.url,
    'diapositivas-largas',
    buildBackupText({
      tables: {
        sessions: [session('S3', 3, '2018-11-30')],
        practices: [
          practice('P1', 'S3', 'Lectura en voz alta por parejas con textos elegidos por los alumnos', 1, { reasons }),
          practice('P2', 'S3', 'Regletas', 2),
        ],
        evidences: [evidence('E1', ['P1'], ['F1', 'F2'], 'Cartel de la lectura en parejas')],
        evidenceFiles: [photoFile('F1', 'E1', 'b0'), photoFile('F2', 'E1', 'b1')],
        problems: [
          {
            ...problem('Q1', 'S3', 'Resolución de problemas con fracciones equivalentes'),
            strategies: long('Material concreto, regletas y dibujos en el pizarrón con ejemplos de la vida diaria.', 3),
            failedActions: long('Ejercicios del libro sin contexto: los alumnos no relacionan la fracción con el reparto.', 3),
          },
        ],
        preparations: [
          {
            id: 'S3',
            done: { individual: true, grupos: true, plenaria: true, compartir: true },
            groups: [],
            plenaria: {
              effectivePractices: 'Lectura en parejas',
              materials: 'Regletas',
              hardContents: 'Fracciones',
              supportRequested: 'Estrategias para inferir',
            },
            share: { practiceIds: ['P1', 'P2'], problemIds: ['Q1'], evidenceIds: ['E1'], supportHoped: 'Ideas de otras escuelas' },
            createdAt: 1,
            updatedAt: 1,
          },
        ],
      },
      blobs: { b0: pngBlob(), b1: pngBlob() },
    }),
  );

  await page.goto(`${server.url}/preparar/S3/presentacion`);
  const current = page.locator('.slide.current');
  await expect(current).toContainText('Escuela Primaria Benito Juárez');
  const total = await page.locator('.slide').count();
  expect(total).toBeGreaterThan(6); // the long práctica and problemática took more than one slide each
  const texts: string[] = [];
  for (let i = 1; i <= total; i++) {
    await expect(current).toContainText(`Diapositiva ${i} de ${total}`);
    await expect
      .poll(async () => await current.locator('img').evaluateAll((imgs) => imgs.every((im) => (im as HTMLImageElement).complete)))
      .toBe(true);
    const fit = await slideFit(page);
    if (i <= 4) await screenshot(page, `1280x720-diapositiva-${i}`);
    expect(fit, `diapositiva ${i}`).toMatchObject({ docScroll: 0, numberInside: true, imgsAboveNumber: true });
    expect(fit.overflow, `diapositiva ${i}`).toBeLessThanOrEqual(0);
    texts.push(fit.text);
    await page.keyboard.press('ArrowRight');
  }
  const all = texts.join('\n');
  for (const r of reasons) expect(all).toContain(r);
  expect(all).toContain('(continuación)');
  expect(texts.filter((t) => t.includes('Lectura en voz alta por parejas con textos')).length).toBeGreaterThan(1);
  expect(await page.locator('.slide img').count()).toBe(2);

  // On paper: one landscape page per slide, each with its number; photos whole inside their page.
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.slide')].map((s) => {
      const box = s.getBoundingClientRect();
      const number = s.querySelector('.slide-number')!.getBoundingClientRect();
      return {
        overflow: s.scrollHeight - s.clientHeight,
        numberInside: number.bottom <= box.bottom + 0.5,
        imgs: [...s.querySelectorAll('img')].every((i) => i.getBoundingClientRect().bottom <= number.top + 0.5),
      };
    }),
  );
  await page.emulateMedia({ media: 'screen' });
  printed.forEach((p, i) => expect(p, `página ${i + 1}`).toEqual({ overflow: 0, numberInside: true, imgs: true }));
  const pdf = await printToPdf(page, 'diapositivas-largas');
  expect(pdf.pages).toBe(total);
  pdf.pageTexts.forEach((text, i) => expect(text.replace(/\s+/g, ' '), `página ${i + 1}`).toContain(`Diapositiva ${i + 1} de ${total}`));
  // Both photos are in the PDF (their alpha masks are listed apart, as "smask").
  const rows = execFileSync('pdfimages', ['-list', pdf.path], { encoding: 'utf8' }).trim().split('\n').slice(2);
  expect(rows.filter((r) => r.trim().split(/\s+/)[2] === 'image')).toHaveLength(2);
});
