// A tiny app-wide notice queue (saved, offline ready, update available...). Kept outside React
// state so repositories' callers and the service-worker code can post without prop drilling.
export interface Notice {
  id: number;
  text: string;
  tone: 'info' | 'success' | 'error';
  action?: { label: string; run: () => void };
  /** Stays until dismissed (e.g. the update prompt); others fade after a few seconds. */
  sticky?: boolean;
}

type Listener = (notices: Notice[]) => void;

let notices: Notice[] = [];
let nextId = 1;
const listeners = new Set<Listener>();

function emit() {
  listeners.forEach((l) => l(notices));
}

export function notify(notice: Omit<Notice, 'id'>): number {
  const id = nextId++;
  notices = [...notices, { ...notice, id }];
  emit();
  if (!notice.sticky) setTimeout(() => dismiss(id), 6000);
  return id;
}

export function dismiss(id: number): void {
  notices = notices.filter((n) => n.id !== id);
  emit();
}

export function subscribeNotices(listener: Listener): () => void {
  listeners.add(listener);
  listener(notices);
  return () => listeners.delete(listener);
}
