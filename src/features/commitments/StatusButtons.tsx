import { useId, useState } from 'react';
import { addFollowUp } from '../../db/commitments';
import { COMMITMENT_STATUSES, type Commitment, type CommitmentStatus } from '../../domain/commitment';
import { isValidIsoDate, todayIso } from '../../domain/session';
import { notify } from '../../ui/notify';
import { commitmentText as t } from '../../i18n/commitments';
import { FormStatus } from '../../ui/FormStatus';
import { saveWithDraft } from '../../db/drafts';
import { draftLabel, type DraftKey } from '../../domain/draft';
import { DraftNotice } from '../../ui/DraftNotice';
import { useDurableDraft } from '../../ui/useDurableDraft';

/**
 * One tap sets the status (with the optional note typed above it) as a new follow-up entry.
 * The notice offers "Deshacer", which is itself a follow-up back to the previous status.
 */
export function StatusButtons({
  commitment,
  sessionId,
  defaultDate,
}: {
  commitment: Commitment;
  sessionId?: string | undefined;
  defaultDate?: string | undefined;
}) {
  const [note, setNote] = useState('');
  // Empty until the user picks a day: it follows the session's date (which may load later).
  const [pickedDate, setPickedDate] = useState('');
  const date = pickedDate || defaultDate || todayIso();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  // A follow-up note is added, never edited: its draft belongs to the commitment, whatever its version.
  const [key] = useState<DraftKey>(() => ({ form: 'followUp', recordId: commitment.id, version: 0 }));
  const kept = useDurableDraft({ key, value: note, initial: '', apply: setNote, label: (v) => draftLabel(v) });

  async function mark(status: CommitmentStatus) {
    if (!isValidIsoDate(date)) {
      setError(t.followUpDateError);
      return;
    }
    setBusy(true);
    setError(null);
    const previous = commitment.status;
    kept.pause();
    try {
      await saveWithDraft(key, () => addFollowUp(commitment.id, { status, note, sessionId, date }));
      kept.clear();
      setNote('');
      kept.resume();
      notify({
        text: t.statusChanged(commitment.statement, t.statuses[status]),
        tone: 'success',
        action: {
          label: t.undo,
          run: () =>
            void addFollowUp(commitment.id, { status: previous, note: t.undoNote, sessionId, date }).catch((e: unknown) =>
              notify({ text: String(e instanceof Error ? e.message : e), tone: 'error' }),
            ),
        },
      });
    } catch (e) {
      kept.resume();
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="status-buttons">
      {/* The review shows many cards: the hidden part tells screen-reader users which one this is. */}
      <label htmlFor={`${id}-note`}>
        {t.note}
        <span className="visually-hidden"> — {commitment.statement}</span>
      </label>
      <DraftNotice draft={kept} />
      <input id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} aria-describedby={`${id}-hint`} />
      <p className="hint" id={`${id}-hint`}>
        {t.noteHint}
      </p>
      <label htmlFor={`${id}-date`}>
        {t.followUpDate}
        <span className="visually-hidden"> — {commitment.statement}</span>
      </label>
      <input id={`${id}-date`} type="date" value={date} onChange={(e) => setPickedDate(e.target.value)} />
      <p className="status-label" id={`${id}-mark`}>
        {t.markAs}
        <span className="visually-hidden"> {commitment.statement}</span>
      </p>
      <div className="actions" role="group" aria-labelledby={`${id}-mark`}>
        {COMMITMENT_STATUSES.map((s) => (
          <button
            key={s}
            type="button"
            className={s === commitment.status ? 'small' : 'secondary small'}
            aria-pressed={s === commitment.status}
            disabled={busy}
            onClick={() => mark(s)}
          >
            {t.statuses[s]}
          </button>
        ))}
      </div>
      <FormStatus error={error} />
    </div>
  );
}
