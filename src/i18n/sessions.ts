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
  errors: {
    required: 'Este dato es obligatorio.',
    dateShape: 'Escriba una fecha válida.',
    cicloShape: 'El ciclo escolar debe tener la forma 2018-2019 (dos años seguidos).',
    numberRange: 'Elija un número de sesión válido.',
  } satisfies Record<SessionErrorCode, string>,
} as const;

const ORDINALS = ['Primera', 'Segunda', 'Tercera', 'Cuarta', 'Quinta', 'Sexta', 'Séptima', 'Octava'];

export function ordinal(n: number): string {
  return ORDINALS[n - 1] ?? `${n}.ª`;
}
