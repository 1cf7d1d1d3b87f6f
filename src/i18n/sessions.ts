import type { Modality, SessionErrorCode, SessionKind } from '../domain/session';

export const sessionText = {
  listTitle: 'Sesiones de CTE',
  newSession: 'Nueva sesión',
  editSession: 'Editar sesión',
  empty: 'Aún no hay sesiones registradas. Registre la primera para comenzar la bitácora del ciclo.',
  kind: 'Tipo de sesión',
  kinds: { ordinaria: 'Ordinaria', intensiva: 'Fase intensiva' } satisfies Record<SessionKind, string>,
  number: 'Número de sesión',
  numberOrdinal: (kind: SessionKind, n: number) =>
    kind === 'ordinaria' ? `${ordinal(n)} sesión ordinaria` : `Fase intensiva, ${ordinal(n).toLowerCase()} día`,
  date: 'Fecha',
  ciclo: 'Ciclo escolar',
  cicloHint: 'Se calcula con la fecha; puede cambiarlo. Forma: 2018-2019.',
  modality: 'Modalidad',
  modalities: {
    escuela: 'En la escuela',
    entreEscuelas: 'Aprendizaje entre escuelas',
  } satisfies Record<Modality, string>,
  normas: 'Normas de convivencia acordadas',
  normasHint: 'Una norma por renglón.',
  notes: 'Notas de la sesión',
  created: 'Sesión registrada.',
  updated: 'Sesión actualizada.',
  notFound: 'No encontramos esa sesión. Puede que la dirección esté incompleta.',
  open: (label: string) => `Abrir ${label}`,
  contents: 'Lo registrado en esta sesión',
  noneYet: {
    practices: 'Aún no hay prácticas de esta sesión.',
    evidences: 'Aún no hay evidencias ligadas a las prácticas de esta sesión.',
    problems: 'Aún no hay problemáticas de esta sesión.',
    commitments: 'Aún no hay compromisos de esta sesión.',
  },
  openPreparation: 'Ver la preparación del encuentro',
  sessionData: 'Datos de la sesión',
  duplicateWarning: (label: string, date: string) =>
    `Ya hay una ${label.toLowerCase()} en este ciclo escolar (del ${date}). Si es la misma sesión, no la registre dos veces: ábrala desde la lista. Si de verdad es otra, pulse “Guardar de todos modos”.`,
  saveAnyway: 'Guardar de todos modos',
  annulledNote: 'Esta sesión está anulada: sus registros se conservan, pero ya no se puede modificar.',
  attendance: 'Asistencia',
  attendanceHint: 'Marque a quienes asistieron. Agregue a los invitados, por ejemplo USAER o la supervisión.',
  noTeachers: 'El colectivo docente se registra en “Escuela”.',
  guests: 'Invitados',
  guestName: 'Nombre del invitado',
  guestRole: 'Cargo o institución',
  guestRoleHint: 'Por ejemplo: USAER, supervisión escolar, ATP.',
  addGuest: 'Agregar invitado',
  removeGuest: (name: string) => `Quitar a ${name || 'este invitado'}`,
  guestNameError: 'Escriba el nombre del invitado o quítelo.',
  attendanceCount: (n: number) => (n === 1 ? '1 asistente' : `${n} asistentes`),
  errors: {
    required: 'Este dato es obligatorio.',
    dateShape: 'Escriba una fecha válida.',
    cicloShape: 'El ciclo escolar debe tener la forma 2018-2019 (dos años seguidos).',
    numberRange: 'Elija un número de sesión válido.',
    guestName: 'Escriba el nombre del invitado o quítelo.',
  } satisfies Record<SessionErrorCode, string>,
} as const;

const ORDINALS = ['Primera', 'Segunda', 'Tercera', 'Cuarta', 'Quinta', 'Sexta', 'Séptima', 'Octava'];

export function ordinal(n: number): string {
  return ORDINALS[n - 1] ?? `${n}.ª`;
}
