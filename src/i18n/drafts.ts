// Spanish text of the drafts kept as the teacher types (issue 14).
function ago(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return 'hace un momento';
  if (minutes < 60) return `hace ${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return hours === 1 ? 'hace 1 hora' : `hace ${hours} horas`;
  const days = Math.floor(hours / 24);
  return days === 1 ? 'hace 1 día' : `hace ${days} días`;
}

/** A card's text inside a message: one line, not too long. */
function quote(text: unknown): string {
  const line = (typeof text === 'string' ? text : '').trim().replace(/\s+/g, ' ');
  return `«${line.length > 120 ? `${line.slice(0, 119)}…` : line}»`;
}

/** The open edit of a meeting card, or a kept draft of one, when the card changed meanwhile. */
const cardEdit = {
  staleCard: (ms: number, kept: unknown) =>
    `Esta tarjeta cambió después de que empezó a editarla (${ago(ms)}): alguien la editó en otro dispositivo. Ahora ve lo guardado; su borrador dice ${quote(kept)}. ¿Qué desea hacer?`,
  staleProblem: (ms: number) =>
    `Esta problemática cambió después de que empezó a editarla (${ago(ms)}): alguien la editó en otro dispositivo. Ahora ve lo guardado. ¿Qué desea hacer?`,
  changedCard: (now: string) =>
    `Mientras usted editaba, alguien cambió esta tarjeta en otro dispositivo. Ahora dice ${quote(now)}. ¿Qué desea hacer? Hasta que elija, no se guarda nada.`,
  changedProblem:
    'Mientras usted editaba, alguien cambió esta problemática en otro dispositivo. ¿Qué desea hacer? Hasta que elija, no se guarda nada.',
  keepMine: 'Seguir con mi texto',
  takeSaved: 'Usar el texto guardado',
} as const;

export const draftText = {
  cardEdit,
  ago,
  restored: (ms: number) => `Recuperamos lo que estaba escribiendo, ${ago(ms)}.`,
  discard: 'Descartar borrador',
  discarded: 'Borrador descartado.',
  undo: 'Deshacer',
  stale: (ms: number) =>
    `Este registro cambió después de que empezó su borrador (${ago(ms)}): alguien lo editó o se restauró un respaldo. Ahora ve la versión guardada. ¿Qué desea hacer?`,
  keepMine: 'Seguir con mi borrador',
  keepSaved: 'Usar la versión guardada',
  writeFailed:
    'No se pudo guardar el borrador en el dispositivo (puede que no quede espacio). Puede seguir escribiendo, pero si la aplicación se cierra se perderá: guarde el formulario en cuanto pueda.',
  listTitle: 'Borradores sin guardar',
  unsaved: 'Borrador sin guardar',
  untitled: '(sin texto todavía)',
  resume: (label: string, ms: number) => `${label} · ${ago(ms)}`,
  editOf: 'Cambios sin guardar',
  /** Where a draft listed with another kind's list was typed. */
  typedElsewhere: (form: string, ms: number) => (form === 'prepPractice' ? `En «Preparar el encuentro», paso 1 · ${ago(ms)}` : ago(ms)),
  spaceTitle: 'Borradores sin guardar',
  space: (count: number, size: string) =>
    count === 0
      ? 'No hay borradores sin guardar en este dispositivo.'
      : `${count === 1 ? '1 borrador' : `${count} borradores`} sin guardar, unos ${size} (con sus fotos).`,
  spaceRule:
    'Lo que escribe se guarda en este dispositivo mientras escribe. Un borrador que no se toca en 30 días se borra solo. Los borradores no se imprimen ni van en los respaldos.',
} as const;
