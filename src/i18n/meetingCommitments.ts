// Spanish text of the meeting's Compromisos panel fields (activity 30 of the guide: who commits,
// by when, and how they will show the results in the sixth session).
export const commitmentCardText = {
  responsible: '¿Quién se compromete?',
  responsibleHint: 'El nombre del docente (o del equipo) que lo llevará a cabo.',
  mine: (name: string) => `Es mi compromiso personal (${name})`,
  dueDate: '¿Para cuándo?',
  showResults: '¿Cómo dará cuenta de los resultados?',
  showResultsHint: 'Ejemplo: “Presentará los cuadernos de los alumnos en la sexta sesión, en marzo”.',
  required: 'Este dato es obligatorio.',
  dateShape: 'Escriba una fecha válida.',
  summary: (who: string, date: string) => `${who} · para el ${date}`,
  results: 'Resultados',
  missing: 'Sin responsable ni fecha (tarjeta anterior a estos campos).',
} as const;
