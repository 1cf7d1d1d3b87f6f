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

/** What each section will hold, shown until it is built, so no menu entry leads nowhere. */
export const placeholderText: Record<string, { title: string; body: string }> = {
  '/practicas': {
    title: 'Prácticas educativas',
    body: 'Aquí registrará las prácticas que funcionan en el aula: qué se hizo, las tres razones por las que funciona, lo que falta resolver y si se compartirá en el próximo encuentro.',
  },
  '/evidencias': {
    title: 'Evidencias',
    body: 'Aquí guardará las evidencias del avance de los alumnos (cuadernos, registros, productos, exámenes y fotografías) ligadas a sus prácticas.',
  },
  '/problematicas': {
    title: 'Problemáticas',
    body: 'Aquí anotará los contenidos o habilidades que, pese al tratamiento didáctico, aún no dan los resultados esperados, y el apoyo que la escuela solicita.',
  },
  '/compromisos': {
    title: 'Compromisos y acuerdos',
    body: 'Aquí dará seguimiento a los compromisos: quién, para cuándo, cómo se mostrarán los resultados y su estado en cada sesión.',
  },
  '/encuentros': {
    title: 'Encuentros “Aprendizaje entre escuelas”',
    body: 'Aquí trabajará con otras escuelas en los paneles compartidos del encuentro, sin internet, conectando los dispositivos en el mismo salón.',
  },
  '/imprimir': {
    title: 'Imprimir',
    body: 'Aquí podrá imprimir o guardar en PDF la bitácora del ciclo, una sesión, un encuentro o la tabla de compromisos.',
  },
  '/respaldo': {
    title: 'Respaldo',
    body: 'Aquí podrá guardar un archivo con toda la bitácora y restaurarlo en este u otro dispositivo.',
  },
};

export const inPreparation = 'Esta sección está en preparación.';
