import { useLazyLiveQuery } from '../../ui/lazyLive';
import { Link } from '../../ui/router';
import { backupText as t } from '../../i18n/backup';

/** A gentle nudge on the home screen: the phone is the only copy of the bitácora. */
export function BackupReminder() {
  const status = useLazyLiveQuery((r) => r.readBackupStatus(), []);
  const r = status?.reminder;
  if (!r?.show) return null;
  return (
    <aside className="reminder" aria-label={t.title}>
      <p>{r.first ? t.reminderFirst : t.reminder(r.days, r.entries)}</p>
      <Link to="/respaldo" className="button">
        {t.reminderAction}
      </Link>
    </aside>
  );
}
