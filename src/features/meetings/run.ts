// Runs a change to the meeting document and turns a refused write into a Spanish notice
// instead of a crash (the forms validate first; this is the last guard).
import { notify } from '../../ui/notify';
import { meetingText as t } from '../../i18n/meetings';

export function runChange(change: () => void): boolean {
  try {
    change();
    return true;
  } catch (err) {
    console.error('Cambio rechazado', err);
    notify({ text: t.saveFailed, tone: 'error' });
    return false;
  }
}
