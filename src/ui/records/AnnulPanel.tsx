import { useId, useState } from 'react';
import { annulRecord } from '../../db/records';
import { validateAnnulReason, type RecordKind, type RecordMeta } from '../../domain/record';
import { notify } from '../notify';
import { common } from '../../i18n/common';
import { formatDateTime, recordText as t } from '../../i18n/records';
import { TextArea } from '../Field';
import { FormStatus } from '../FormStatus';

/** The banner of an annulled entry: when and why. */
export function AnnulledBanner({ record }: { record: RecordMeta }) {
  if (!record.annulled) return null;
  return (
    <p className="annulled-banner" role="note">
      <strong>{t.annulled}.</strong> {t.annulledOn(formatDateTime(record.annulled.at), record.annulled.reason)}
    </p>
  );
}

/** "Anular": asks for a reason and a second, explicit confirmation. */
export function AnnulPanel({ kind, record }: { kind: RecordKind; record: RecordMeta }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingId = useId();
  if (record.annulled) return null;
  if (!open) {
    return (
      <div className="actions">
        <button type="button" className="secondary" onClick={() => setOpen(true)}>
          {t.annul}…
        </button>
      </div>
    );
  }
  async function confirm() {
    const problem = validateAnnulReason(reason);
    if (problem) {
      setFieldError(t.annulErrors[problem]);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await annulRecord(kind, record.id, reason);
      notify({ text: t.annulDone, tone: 'success' });
      setOpen(false);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <section className="card annul-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.annulTitle}</h2>
      <p>{t.annulExplain}</p>
      <TextArea
        label={t.annulReason}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={fieldError}
        required
        rows={2}
        autoFocus
      />
      <FormStatus error={error} />
      <div className="actions">
        <button type="button" className="danger" disabled={busy} onClick={confirm}>
          {t.annulConfirm}
        </button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          {common.cancel}
        </button>
      </div>
    </section>
  );
}
