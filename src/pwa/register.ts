// Service worker lifecycle, in Spanish: a one-time "ready offline" notice after the first install,
// and an update prompt that activates a new version only when the user accepts (never mid-form).
import { Workbox } from 'workbox-window';
import { notify } from '../ui/notify';
import { pwa } from '../i18n/common';

const OFFLINE_READY_KEY = 'bitacora.offlineReadyShown';

export function registerServiceWorker(): void {
  // Under a sub-path the worker lives (and rules) there, never at the host's root.
  const base = import.meta.env.BASE_URL;
  const wb = new Workbox(`${base}sw.js`, { scope: base });

  wb.addEventListener('installed', (event) => {
    if (event.isUpdate) return;
    if (localStorage.getItem(OFFLINE_READY_KEY)) return;
    localStorage.setItem(OFFLINE_READY_KEY, String(Date.now()));
    notify({ text: pwa.offlineReady, tone: 'success', sticky: true });
  });

  wb.addEventListener('waiting', () => {
    void isUpdate(base).then((update) => {
      if (update) offerUpdate(wb);
    });
  });

  void wb.register();
}

/**
 * Whether a new version really waits behind the running one. Workbox also says "waiting" of the
 * first install caught between installed and activating: in Firefox, when the first page is left
 * while the worker installs (firefox-update.spec), and the prompt then offered an update that did
 * not exist.
 */
async function isUpdate(base: string): Promise<boolean> {
  const reg = await navigator.serviceWorker.getRegistration(base);
  return Boolean(reg?.active && reg.waiting && reg.active !== reg.waiting);
}

function offerUpdate(wb: Workbox): void {
  notify({
    text: pwa.updateAvailable,
    tone: 'info',
    sticky: true,
    action: {
      label: pwa.update,
      run: () => {
        wb.addEventListener('controlling', () => window.location.reload());
        wb.messageSkipWaiting();
      },
    },
  });
}
