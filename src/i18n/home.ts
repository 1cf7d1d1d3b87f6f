export const homeText = {
  greeting: (school: string) => `Bitácora de ${school}`,
  lastSession: 'Última sesión registrada',
  noSessions: 'Aún no registra ninguna sesión de CTE.',
  startSession: 'Registrar una sesión',
  sectionsTitle: 'Secciones',
} as const;

export const aboutText = {
  title: 'Acerca de',
  intro:
    'Bitácora CTE guarda los registros del Consejo Técnico Escolar solo en este dispositivo. No usa internet, cuentas ni envía datos a ningún servidor.',
  storageTitle: 'Almacenamiento',
  persisted: 'Protegido: el navegador no borrará estos datos aunque falte espacio.',
  notPersisted:
    'Sin protección permanente: si el dispositivo se queda sin espacio, el navegador podría borrar los datos. Guarde respaldos con frecuencia.',
  unsupported: 'Este navegador no informa sobre su almacenamiento.',
  usage: (used: string, quota: string) => `En uso: ${used} de ${quota} disponibles.`,
  askPersist: 'Pedir protección permanente',
  version: (v: string) => `Versión ${v}`,
  privacy:
    'Los productos de cada sesión pertenecen a la escuela. Los datos solo salen del dispositivo cuando la escuela decide compartirlos (por ejemplo, en un encuentro o en un respaldo).',
} as const;
