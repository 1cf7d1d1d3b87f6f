import { backupText as t } from '../../i18n/backup';
import { ExportPanel } from './ExportPanel';
import { RestorePanel } from './RestorePanel';

export default function BackupPage() {
  return (
    <section>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <ExportPanel />
      <RestorePanel />
    </section>
  );
}
