// Valid cards in a device's open meeting, for the transport tests and the room benchmarks (issue
// 20): written with the app's own model (meeting/model.ts: the school joins (M13), then addCard
// registers the writer and writes the card's info and text, as the panels do) and counted with the
// app's own reader (readCard, V1). "5,000 cards synced" then means 5,000 cards the panels would
// show. Needs the diagnostics switch (localStorage 'bitacora-diagnostico'), which exposes the room
// as window.__bitacoraSala and the model as window.__bitacoraModelo. One module for the Playwright
// specs (tests/e2e/helpers/cards.ts), the benches (scripts/bench/rows) and pages driven by another
// tool (Firefox through puppeteer): the `...InPage` functions run inside the page, the others take
// any page with `evaluate`. Types: room-cards.d.mts.

/** A writer of school `school` (a valid CCT made from its name, one per school) named `person`. */
export function writerOf(school, person) {
  const n = [...school].reduce((s, c) => (s * 31 + c.charCodeAt(0)) % 10000, 7);
  return { author: person, school: { name: school, cct: `14DPR${String(n).padStart(4, '0')}X` } };
}

/** A writer for a device named `name` (a letter or a word): its own school. */
export const writerFor = (name) => writerOf(`Escuela ${name}`, `Docente ${name}`);

export const CARD_TEXT = 'práctica de lectura en voz alta con alumnos de tercer grado, evidencia en el cuaderno';

/**
 * In the page: writes the cards in one transaction, as the panels do; returns the update's bytes.
 * Each card's text (unless `exact`) ends with words drawn for that card, so that cards differ as
 * teachers' cards do: with one repeated text deflate (T37) shrank an update 20x, real prose
 * about 3x (this mix: text alone about 0.3 of its size).
 */
export function writeCardsInPage({ prefix, n, writer, text, exact }) {
  // Inside the function: the page runs it alone (evaluate), with nothing from this module.
  const WORDS = (
    'alumnos grupo lectura escritura cuaderno maestra maestro director padres familias escuela comunidad ' +
    'tarea proyecto campo formativo lenguajes saberes pensamiento científico ética naturaleza sociedad humano ' +
    'comunitario evaluación formativa diagnóstico avance rezago apoyo tutoría recreo patio biblioteca aula ' +
    'asamblea acuerdo compromiso seguimiento práctica evidencia problemática registro semana mes bimestre ' +
    'primero segundo tercero cuarto quinto sexto grado multigrado telesecundaria preescolar primaria ' +
    'cálculo mental fracciones problemas lectura comprensión oral debate exposición cartel maqueta huerto ' +
    'salud higiene alimentación convivencia inclusión lengua indígena traducción rúbrica lista cotejo ' +
    'portafolio observación entrevista encuesta gráfica tabla mapa croquis historia localidad fiesta ' +
    'mercado río milpa cosecha lluvia camino transporte distancia asistencia faltas puntualidad lunes ' +
    'martes miércoles jueves viernes mañana tarde logro dificultad estrategia material libro texto ' +
    'colectivo consejo técnico sesión ruta mejora plan análisis programa sintético analítico codiseño'
  ).split(' ');
  let seed = [...prefix].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 17);
  const draw = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed >>> 8;
  };
  const words = () => Array.from({ length: 8 + (draw() % 8) }, () => WORDS[draw() % WORDS.length]).join(' ');
  const doc = window.__bitacoraSala.doc;
  const { addCard, joinSchool } = window.__bitacoraModelo;
  let size = 0;
  const measure = (u) => (size += u.length);
  doc.on('update', measure);
  try {
    doc.transact(() => {
      const now = Date.now();
      joinSchool(doc, writer.school, now);
      for (let i = 0; i < n; i++)
        addCard(
          doc,
          { kind: 'norma', text: exact ? text : `Tarjeta ${i}: ${text}; ${words()} (${draw() % 1000})` },
          writer,
          now,
          exact ? prefix : `${prefix}${i}`,
        );
    });
  } finally {
    doc.off('update', measure);
  }
  return size;
}

/** In the page: the cards the app's reader accepts (invalid entries are not counted). */
export function validCardsInPage() {
  const doc = window.__bitacoraSala.doc;
  let valid = 0;
  for (const id of doc.getMap('cards').keys()) if (window.__bitacoraModelo.readCard(doc, id) !== null) valid += 1;
  return valid;
}

/** In the page: the text of card `id` as the reader sees it (null: absent or invalid). */
export function cardTextInPage(id) {
  return window.__bitacoraModelo.readCard(window.__bitacoraSala.doc, id)?.text ?? null;
}

/** In the page: id -> text of every card the reader accepts. */
export function cardTextsInPage() {
  const doc = window.__bitacoraSala.doc;
  const out = {};
  for (const id of doc.getMap('cards').keys()) {
    const card = window.__bitacoraModelo.readCard(doc, id);
    if (card) out[id] = card.text;
  }
  return out;
}

/** The writer of the device's open room: its school and person, as its room session says. */
export async function writerOfPage(page) {
  const user = await page.evaluate(() => window.__bitacoraSala.awareness.getLocalState().user);
  return writerOf(user.school, user.person);
}

/** Writes `n` normas in one transaction (one update, as a pasted list would be); returns its bytes. */
export function writeCards(page, prefix, n, writer, text = CARD_TEXT) {
  return page.evaluate(writeCardsInPage, { prefix, n, writer, text });
}

/** One card with id `id` and exactly this text. */
export async function writeCard(page, id, text, writer) {
  await page.evaluate(writeCardsInPage, { prefix: id, n: 1, writer, text, exact: true });
}

export function validCardCount(page) {
  return page.evaluate(validCardsInPage);
}

export function cardText(page, id) {
  return page.evaluate(cardTextInPage, id);
}
