// The school's profile: pure rules, no storage. CCT = Clave de Centro de Trabajo.

export const NIVELES = ['preescolar', 'primaria', 'secundaria', 'telesecundaria'] as const;
export type Nivel = (typeof NIVELES)[number];

export interface Teacher {
  id: string;
  name: string;
  /** Grade and group (e.g. "3° B") or subject (e.g. "Matemáticas"). */
  assignment: string;
}

export interface School {
  id: string;
  name: string;
  cct: string;
  nivel: Nivel;
  zonaEscolar: string;
  director: string;
  responsable: string;
  teachers: Teacher[];
  createdAt: number;
  updatedAt: number;
}

/** The official shape: 2 digits (state), 3 letters (type), 4 digits, 1 check letter. */
const CCT_SHAPE = /^\d{2}[A-Z]{3}\d{4}[A-Z]$/;

/** Teachers type the key in any case and with stray spaces or dashes; store it canonical. */
export function normalizeCct(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

export function isValidCct(input: string): boolean {
  return CCT_SHAPE.test(normalizeCct(input));
}

export type SchoolDraft = Omit<School, 'id' | 'createdAt' | 'updatedAt'>;

type SchoolField = 'name' | 'cct' | 'nivel' | 'zonaEscolar' | 'director' | 'responsable' | 'teachers';
export type SchoolErrorCode = 'required' | 'cctShape' | 'teacherName';
export type SchoolErrors = Partial<Record<SchoolField, SchoolErrorCode>>;

export function validateSchool(draft: SchoolDraft): SchoolErrors {
  const errors: SchoolErrors = {};
  if (!draft.name.trim()) errors.name = 'required';
  if (!draft.cct.trim()) errors.cct = 'required';
  else if (!isValidCct(draft.cct)) errors.cct = 'cctShape';
  if (!NIVELES.includes(draft.nivel)) errors.nivel = 'required';
  if (draft.teachers.some((t) => !t.name.trim())) errors.teachers = 'teacherName';
  return errors;
}
