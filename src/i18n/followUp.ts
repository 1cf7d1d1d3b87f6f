// Spanish text of the sixth session's follow-up (issue 19, item 6).
export const followUpText = {
  continue: 'Continuar este encuentro',
  continueHint: 'Crea el encuentro de la sexta sesión con las mismas escuelas, la clase por observar y los compromisos por revisar.',
  sixthName: (name: string) => `Sexta sesión: continuación de «${name}»`,
  created: 'Encuentro de la sexta sesión creado.',
  heading: 'Para revisar en esta sesión',
  from: (name: string, date: string) => `Continúa el encuentro «${name}» del ${date}.`,
  observations: 'Clase por observar',
  noObservations: 'No se definió ninguna clase por observar.',
  observation: (teacher: string, school: string, problem: string) => `${teacher} (${school})${problem ? `: ${problem}` : ''}`,
  commitments: 'Compromisos por revisar',
  noCommitments: 'No hay compromisos que revisar.',
  commitmentWho: (who: string, date: string) => `${who} · para el ${date}`,
  results: 'Dará cuenta así',
  invalid: (n: number) => `${n} ${n === 1 ? 'dato dañado se omitió' : 'datos dañados se omitieron'}.`,
} as const;
