import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { createBackup } from '../../backup/exportBackup';
import { markBackedUp, readBackupStatus } from '../../backup/status';
import { backupText as t } from '../../i18n/backup';
import { FormStatus } from '../../ui/FormStatus';
import { saveFile } from '../../ui/saveFile';

const dateTime = new Intl.DateTimeFormat('es-MX', { dateStyle: 'long', timeStyle: 'short' });

export function ExportPanel() {
  const status = useLiveQuery(() => readBackupStatus(), []);
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<{ error?: string; success?: string }>({});

  async function run() {
    setResult({});
    setProgress(0);
    try {
      const { file, rowCount } = await createBackup((done, total) => setProgress(total ? done / total : 1));
      if (await saveFile(file, t.shareTitle)) {
        await markBackedUp(rowCount);
        setResult({ success: t.saved(rowCount) });
      }
    } catch (error) {
      setResult({ error: error instanceof Error ? error.message : String(error) });
    } finally {
      setProgress(null);
    }
  }

  return (
    <section className="card" aria-labelledby="backup-save">
      <h2 id="backup-save">{t.saveTitle}</h2>
      <p>{status?.last ? t.lastBackup(dateTime.format(status.last.at)) : t.neverBackedUp}</p>
      {progress !== null && (
        <label className="progress">
          {t.saving}
          <progress value={progress} max={1} />
        </label>
      )}
      <FormStatus error={result.error ?? null} success={result.success ?? null} />
      <button type="button" onClick={() => void run()} disabled={progress !== null}>
        {t.save}
      </button>
    </section>
  );
}
