import { useState, type ReactNode } from 'react';
import { prepareText as t } from '../../i18n/prepare';
import { FormStatus } from '../../ui/FormStatus';
import { DraftNotice } from '../../ui/DraftNotice';
import type { DurableDraft } from '../../ui/useDurableDraft';

/** A step of the guide: its questions, its work, and one "save and continue" button. */
export function StepShell({
  questions,
  children,
  onSave,
  kept,
}: {
  /** The step's kept draft (notice, and no draft write after the save cleared it). */
  kept?: DurableDraft;
  questions: readonly string[];
  children: ReactNode;
  /** Returns an error message to show, or nothing when saved. */
  onSave: () => Promise<string | void>;
}) {
  const [status, setStatus] = useState<{ error?: string; success?: string }>({});
  const [busy, setBusy] = useState(false);
  return (
    <div className="prep-step">
      <ul className="guide-questions">
        {questions.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ul>
      {kept && <DraftNotice draft={kept} />}
      {children}
      <FormStatus error={status.error ?? null} success={status.success ?? null} />
      <div className="actions">
        <button
          type="button"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            kept?.pause();
            try {
              const problem = await onSave();
              if (problem) kept?.resume();
              else kept?.stop();
              setStatus(problem ? { error: problem } : { success: t.saved });
            } catch (error) {
              kept?.resume();
              setStatus({ error: error instanceof Error ? error.message : String(error) });
            } finally {
              setBusy(false);
            }
          }}
        >
          {t.saveContinue}
        </button>
      </div>
    </div>
  );
}
