export const backupText = {
  title: 'Respaldo',
  intro:
    'Un respaldo es un archivo con toda la bitácora de este dispositivo: registros, historial, fotos y encuentros. Guárdelo en otro lugar (una memoria USB, otra computadora o envíelo por Bluetooth). Con él puede recuperar todo en este o en otro dispositivo.',
  saveTitle: 'Guardar un respaldo',
  save: 'Guardar respaldo',
  saving: 'Preparando el respaldo…',
  saved: (rows: number) => `Respaldo listo: ${rows} registros. Guárdelo fuera de este dispositivo.`,
  shareTitle: 'Respaldo de la Bitácora CTE',
  // es-MX times end in "p.m.": the sentence's own period is not doubled.
  lastBackup: (date: string) => `Último respaldo: ${date}${date.endsWith('.') ? '' : '.'}`,
  neverBackedUp: 'Todavía no ha guardado ningún respaldo en este dispositivo.',
  restoreTitle: 'Restaurar un respaldo',
  restoreIntro:
    'Elija un archivo .bitacora. Primero se revisa completo; antes de escribir nada verá qué se agregará o cambiará. Lo que ya está en el dispositivo no se pierde: si un registro cambió en los dos lados, se conserva la versión más reciente.',
  chooseFile: 'Elegir archivo de respaldo',
  checking: 'Revisando el archivo…',
  previewTitle: 'Esto es lo que contiene el respaldo',
  previewCaption: 'Registros del respaldo comparados con los de este dispositivo',
  colTable: 'Tipo de registro',
  colNew: 'Nuevos',
  colChanged: 'Cambiados',
  colSame: 'Idénticos',
  meetings: 'Encuentros',
  createdAt: (date: string) => `Fecha del respaldo: ${date}`,
  confirm: 'Restaurar ahora',
  cancel: 'Cancelar',
  restoring: 'Restaurando…',
  restored: (added: number, changed: number) => `Respaldo restaurado: ${added} registros nuevos y ${changed} actualizados.`,
  nothingToDo: 'El respaldo no trae nada nuevo: este dispositivo ya tiene todo.',
  firstRunRestore: '¿Cambia de dispositivo? Restaure su respaldo',
  reminder: (days: number, entries: number) =>
    days > 0
      ? `Han pasado ${days} días desde el último respaldo y hay ${entries} registros nuevos. Guarde un respaldo para no perderlos.`
      : `Hay ${entries} registros nuevos desde el último respaldo. Guarde un respaldo para no perderlos.`,
  reminderFirst: 'Aún no ha guardado un respaldo. Si pierde el teléfono, perdería la bitácora: guarde uno.',
  reminderAction: 'Ir a Respaldo',
  errors: {
    empty: 'El archivo está vacío: no es un respaldo de Bitácora CTE.',
    tooLarge: 'El archivo es demasiado grande para ser un respaldo (más de 300 MB). Revise que sea el archivo correcto.',
    unreadable: 'No se pudo leer el archivo. Intente copiarlo de nuevo al dispositivo.',
    notJson: 'El archivo no es un respaldo de Bitácora CTE o está incompleto (quizá se cortó al copiarlo).',
    notBackup: 'El archivo no es un respaldo de Bitácora CTE.',
    badHeader: 'El encabezado del respaldo está dañado: no se puede saber qué contiene.',
    newerFormat: 'Este respaldo se hizo con una versión más nueva de la aplicación. Actualice la aplicación e intente de nuevo.',
    checksum: 'El archivo está dañado: su contenido no coincide con la suma de verificación. No se restauró nada.',
    damaged: 'El contenido del respaldo está dañado. No se restauró nada.',
    unknownTable: (name: string) => `El respaldo contiene datos desconocidos («${name.slice(0, 40)}»). No se restauró nada.`,
    badRow: (label: string, n: number, field: string) =>
      `El registro ${n} de «${label}» no es válido${field ? ` (dato: ${field.slice(0, 60)})` : ''}. No se restauró nada.`,
    missingFile: (label: string, n: number) => `Falta un archivo o foto del registro ${n} de «${label}». No se restauró nada.`,
    duplicate: (label: string, n: number) => `El registro ${n} de «${label}» está repetido. No se restauró nada.`,
    badMeeting: 'Uno de los encuentros del respaldo está dañado. No se restauró nada.',
  },
} as const;

/** What each table of the device is called when a backup or a restore lists it. */
export const backupTableLabels = {
  schools: 'Escuela',
  sessions: 'Sesiones',
  meetings: 'Encuentros',
  preparations: 'Preparación del encuentro',
  settings: 'Preferencias',
  history: 'Historial de cambios',
  practices: 'Prácticas',
  evidences: 'Evidencias',
  evidenceFiles: 'Fotos y archivos',
  problems: 'Problemáticas',
  commitments: 'Compromisos',
  drafts: 'Borradores sin guardar',
  draftFiles: 'Fotos de borradores',
  device: 'Estado del dispositivo',
  meetingNotes: 'Mis notas de los encuentros',
};
