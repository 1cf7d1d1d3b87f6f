// Spanish text shared by the four kinds of bitácora entries: lists, paging, history, anular.
import type { HistoryAction } from '../domain/record';

export const recordText = {
  search: 'Buscar',
  searchHint: 'Escriba una o varias palabras; no importan acentos ni mayúsculas.',
  order: 'Orden',
  orders: { newest: 'Lo más reciente primero', oldest: 'Lo más antiguo primero' },
  all: 'Todas',
  allMasc: 'Todos',
  filters: 'Filtros',
  filtersSummary: (active: number, reordered: boolean) =>
    `Filtros y orden${active ? ` (${active} ${active === 1 ? 'activo' : 'activos'})` : ''}${reordered ? ' · lo más antiguo primero' : ''}`,
  showing: (from: number, to: number, total: number) => `Mostrando ${from}–${to} de ${total}.`,
  previous: '← Anteriores',
  next: 'Siguientes →',
  noMatches: 'Ningún registro coincide con la búsqueda o los filtros.',
  session: 'Sesión de CTE en que se registra',
  sessionHint: 'Si la sesión aún no existe, regístrela primero en “Sesiones de CTE”.',
  noSessions: 'Primero registre una sesión de CTE: cada registro de la bitácora queda ligado a la sesión en que se hizo.',
  goSessions: 'Ir a Sesiones de CTE',
  anySession: 'Todas las sesiones',
  sessionFilter: 'Sesión de CTE',
  edit: 'Editar',
  annulled: 'Anulado',
  annulledOn: (when: string, reason: string) => `Anulado el ${when}; motivo: ${reason}`,
  annul: 'Anular',
  annulTitle: 'Anular este registro',
  annulExplain:
    'Como en el cuaderno de papel, nada se arranca: el registro seguirá visible, tachado, con el motivo y la fecha. Ya no podrá modificarse.',
  annulReason: 'Motivo de la anulación',
  annulConfirm: 'Anular definitivamente',
  annulDone: 'Registro anulado. Sigue visible, tachado, con su motivo.',
  annulErrors: { required: 'Escriba el motivo de la anulación.', tooShort: 'Escriba un motivo un poco más claro (al menos 5 letras).' },
  history: (n: number) => `Historial de cambios (${n} ${n === 1 ? 'versión' : 'versiones'})`,
  historyExplain: 'Cada vez que se guarda un cambio, la versión anterior se conserva aquí.',
  version: (v: number, action: HistoryAction, when: string) => `Versión ${v} · ${actionLabel[action]} · ${when}`,
  current: '(actual)',
  notFound: 'No encontramos este registro. Puede que la dirección esté incompleta.',
  savedNew: 'Registro guardado.',
  savedEdit: 'Cambios guardados. La versión anterior queda en el historial.',
  yes: 'Sí',
  no: 'No',
  recordedIn: 'Registrada en',
  createdAt: 'Registrado el',
  fromMeeting: 'Traído de un encuentro “Aprendizaje entre escuelas”.',
} as const;

const actionLabel: Record<HistoryAction, string> = {
  create: 'registro',
  edit: 'cambio',
  annul: 'anulación',
  merge: 'versión conservada al restaurar un respaldo',
};

const dateTime = new Intl.DateTimeFormat('es-MX', { dateStyle: 'long', timeStyle: 'short' });

/** Epoch ms -> "30 de noviembre de 2018, 10:15", in the device's time zone. */
export function formatDateTime(ms: number): string {
  return dateTime.format(new Date(ms));
}
