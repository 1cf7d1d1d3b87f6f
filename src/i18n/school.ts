import type { Nivel, SchoolErrorCode } from '../domain/school';

export const schoolText = {
  welcomeTitle: 'Bienvenida a la Bitácora del CTE',
  welcomeBody: 'Primero registre los datos de su escuela. Todo se guarda solo en este dispositivo: no necesita internet ni una cuenta.',
  title: 'Datos de la escuela',
  name: 'Nombre de la escuela',
  cct: 'Clave de Centro de Trabajo (CCT)',
  cctHint: 'Diez caracteres: 2 números, 3 letras, 4 números y 1 letra. Por ejemplo: 14DPR0123X.',
  nivel: 'Nivel educativo',
  zona: 'Zona escolar',
  director: 'Director o directora',
  responsable: 'Responsable del Cuaderno de Bitácora',
  teachers: 'Colectivo docente',
  teachersHint: 'Nombre de cada docente y su grado y grupo, o su asignatura.',
  teacherName: 'Nombre del docente',
  teacherAssignment: 'Grado y grupo, o asignatura',
  addTeacher: 'Agregar docente',
  removeTeacher: (name: string) => `Quitar a ${name || 'este docente'}`,
  noTeachers: 'Aún no hay docentes registrados.',
  submitFirst: 'Guardar y comenzar',
  savedProfile: 'Datos de la escuela guardados.',
  niveles: {
    preescolar: 'Preescolar',
    primaria: 'Primaria',
    secundaria: 'Secundaria',
    telesecundaria: 'Telesecundaria',
  } satisfies Record<Nivel, string>,
  errors: {
    required: 'Este dato es obligatorio.',
    cctShape: 'La CCT no tiene la forma oficial: 2 números, 3 letras, 4 números y 1 letra (ejemplo: 14DPR0123X).',
    teacherName: 'Cada docente necesita un nombre (o quítelo de la lista).',
  } satisfies Record<SchoolErrorCode, string>,
} as const;
