// Spanish text of "Mis notas" (activities 19-20: each teacher's own notes during the presentations).
import type { NoteField } from '../domain/meetingNote';

export const meetingNotesText = {
  heading: 'Mis notas de las presentaciones',
  privacy: 'Privadas: se guardan solo en este dispositivo, en su bitácora. No se comparten con la sala ni van en el archivo del encuentro.',
  subject: '¿De qué presentación?',
  general: 'Notas generales del encuentro',
  presentation: (problem: string, school: string) => `${school}: ${problem}`,
  fields: {
    problem: 'Problemática, contenido o habilidad que se comparte',
    relevant: 'Aspectos relevantes',
    doubts: 'Dudas que me genera',
    compare: 'Semejanzas y diferencias con mi grupo',
  } satisfies Record<NoteField, string>,
  hints: {
    problem: 'Regístrela para comentarla y proponer estrategias después.',
    relevant: '',
    doubts: '',
    compare: '¿Se parece a lo que pasa en su grupo o grupos? ¿En qué es distinto?',
  } satisfies Record<NoteField, string>,
  saved: (time: string) => `Guardado en este dispositivo a las ${time}.`,
  notSaved: 'No se pudo guardar la nota en este dispositivo. Lo escrito sigue en pantalla; libere espacio e intente de nuevo.',
  open: 'Abrir mis notas',
  count: (n: number) => (n === 1 ? '1 nota guardada' : `${n} notas guardadas`),
} as const;
