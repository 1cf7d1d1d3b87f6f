// Spanish (es-MX) UI text shared by every screen. Each feature keeps its own text in a sibling
// module of this folder, so the whole UI language lives here and nowhere else.
export const common = {
  appName: 'Bitácora CTE',
  save: 'Guardar',
  saving: 'Guardando…',
  saved: 'Guardado',
  cancel: 'Cancelar',
  edit: 'Editar',
  add: 'Agregar',
  remove: 'Quitar',
  back: 'Volver',
  close: 'Cerrar',
  loading: 'Cargando…',
  required: 'Este dato es obligatorio.',
  fixErrors: 'Revise los datos marcados antes de guardar.',
  menu: 'Menú',
  skipToContent: 'Saltar al contenido',
  notFoundTitle: 'No encontramos esta página',
  notFoundBody: 'La dirección no corresponde a ninguna sección de la bitácora.',
  goHome: 'Ir al inicio',
  crashTitle: 'Algo salió mal en esta pantalla',
  crashBody: 'Sus datos están a salvo en el dispositivo. Puede volver a intentarlo; si el problema sigue, recargue la aplicación.',
  chunkTitle: 'No se pudo cargar esta pantalla',
  chunkBody:
    'Se cortó la red mientras la aplicación se cargaba. Sus datos están a salvo en el dispositivo: recargue la aplicación cuando haya red (después de la primera carga completa, funciona sin red).',
  retry: 'Intentar de nuevo',
  reload: 'Recargar',
} as const;

/** The bar every screen shows while this device is in a meeting's room. */
export const roomBar = {
  label: 'Sala del encuentro',
  inRoom: 'Conectado a la sala del encuentro',
  alone: 'aún sin otros dispositivos',
  devices: (n: number) => (n === 1 ? '1 dispositivo más' : `${n} dispositivos más`),
  allHaveAll: 'todos tienen todo',
  syncing: 'sincronizando',
  deaf: 'no se oye a ningún dispositivo',
  open: 'Ver la sala',
  rejoin: 'Hacer volver a un dispositivo',
  closeScan: 'Cerrar',
  roomClosed: 'La sala se está abriendo o ya se cerró en este dispositivo.',
} as const;

export const nav = {
  label: 'Secciones de la bitácora',
  home: 'Inicio',
  sessions: 'Sesiones de CTE',
  practices: 'Prácticas',
  evidences: 'Evidencias',
  problems: 'Problemáticas',
  commitments: 'Compromisos',
  prepare: 'Preparar el encuentro',
  meetings: 'Encuentros',
  print: 'Imprimir',
  backup: 'Respaldo',
  school: 'Escuela',
  about: 'Acerca de',
} as const;

export const pwa = {
  offlineReady: 'Lista para usarse sin conexión. Puede instalarla y abrirla aunque no haya internet.',
  updateAvailable: 'Hay una versión nueva de la aplicación.',
  update: 'Actualizar',
  later: 'Más tarde',
  dismiss: 'Entendido',
} as const;

const dateFormat = new Intl.DateTimeFormat('es-MX', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2018-11-30" -> "30 de noviembre de 2018". Calendar dates are read as UTC to avoid shifting a day. */
export function formatDate(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? isoDate : dateFormat.format(d);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let i = 0;
  while (value >= 1024 && i < units.length - 1) {
    value /= 1024;
    i++;
  }
  return `${value.toLocaleString('es-MX', { maximumFractionDigits: 1 })} ${units[i]}`;
}
