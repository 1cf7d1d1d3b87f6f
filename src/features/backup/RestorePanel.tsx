import { useState } from 'react';
import { readBackup, type ValidBackup } from '../../backup/readBackup';
import { previewRestore, restoreBackup, type TablePreview } from '../../backup/restoreBackup';
import { backupText as t } from '../../i18n/backup';
import { FormStatus } from '../../ui/FormStatus';

type State =
  { step: 'idle' } | { step: 'checking' } | { step: 'preview'; backup: ValidBackup; preview: TablePreview[] } | { step: 'restoring' };

const dateTime = new Intl.DateTimeFormat('es-MX', { dateStyle: 'long', timeStyle: 'short' });

function formatCreated(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateTime.format(d);
}

/** Choose a file -> it is checked whole -> a preview -> the user confirms -> one transaction. */
export function RestorePanel({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  async function choose(file: File | undefined) {
    if (!file) return;
    setMessage({});
    setState({ step: 'checking' });
    const read = await readBackup(file);
    if (!read.ok) {
      setMessage({ error: read.message });
      setState({ step: 'idle' });
      return;
    }
    setState({ step: 'preview', backup: read.backup, preview: await previewRestore(read.backup) });
  }

  async function confirm(backup: ValidBackup) {
    setState({ step: 'restoring' });
    try {
      const r = await restoreBackup(backup);
      setMessage({ success: r.added + r.changed === 0 ? t.nothingToDo : t.restored(r.added, r.changed) });
    } catch (error) {
      setMessage({ error: error instanceof Error ? error.message : String(error) });
    }
    setState({ step: 'idle' });
  }

  return (
    <section className="card" aria-labelledby="backup-restore">
      <Heading id="backup-restore">{t.restoreTitle}</Heading>
      <p>{t.restoreIntro}</p>
      {state.step === 'idle' && (
        <label className="file-button">
          <span className="button secondary">{t.chooseFile}</span>
          <input
            type="file"
            accept=".bitacora,application/json"
            className="visually-hidden"
            onChange={(e) => {
              void choose(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </label>
      )}
      {(state.step === 'checking' || state.step === 'restoring') && (
        <label className="progress">
          {state.step === 'checking' ? t.checking : t.restoring}
          <progress />
        </label>
      )}
      {state.step === 'preview' && (
        <div>
          <h3>{t.previewTitle}</h3>
          <p>{t.createdAt(formatCreated(state.backup.createdAt))}</p>
          <table className="preview-table">
            <caption className="visually-hidden">{t.previewCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.colTable}</th>
                <th scope="col">{t.colNew}</th>
                <th scope="col">{t.colChanged}</th>
                <th scope="col">{t.colSame}</th>
              </tr>
            </thead>
            <tbody>
              {state.preview
                .filter((p) => p.added + p.changed + p.same > 0 && p.table !== 'settings')
                .map((p) => (
                  <tr key={p.table}>
                    <th scope="row">{p.label}</th>
                    <td>{p.added}</td>
                    <td>{p.changed}</td>
                    <td>{p.same}</td>
                  </tr>
                ))}
              {Object.keys(state.backup.meetings).length > 0 && (
                <tr>
                  <th scope="row">{t.meetings}</th>
                  <td colSpan={3}>{Object.keys(state.backup.meetings).length}</td>
                </tr>
              )}
            </tbody>
          </table>
          <div className="actions">
            <button type="button" onClick={() => void confirm(state.backup)}>
              {t.confirm}
            </button>
            <button type="button" className="secondary" onClick={() => setState({ step: 'idle' })}>
              {t.cancel}
            </button>
          </div>
        </div>
      )}
      <FormStatus error={message.error ?? null} success={message.success ?? null} />
    </section>
  );
}
