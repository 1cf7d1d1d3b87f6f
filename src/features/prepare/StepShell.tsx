import { useState, type ReactNode } from 'react';
import { prepareText as t } from '../../i18n/prepare';
import { FormStatus } from '../../ui/FormStatus';

/** A step of the guide: its questions, its work, and one "save and continue" button. */
export function StepShell({
  questions,
  children,
  onSave,
}: {
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
      {children}
      <FormStatus error={status.error ?? null} success={status.success ?? null} />
      <div className="actions">
        <button
          type="button"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            try {
              const problem = await onSave();
              setStatus(problem ? { error: problem } : { success: t.saved });
            } catch (error) {
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
