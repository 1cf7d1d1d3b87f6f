// Type a problemática straight into the panel. The bitácora's "publicar" button (issue of the
// school records) calls publishProblem with the same fields, copied from the school's record.
import { useRef, useState, type FormEvent } from 'react';
import { EMPTY_PROBLEM_DRAFT, PROBLEM_DETAIL_FIELDS, type MeetingProblemDraft } from '../../../domain/meeting';
import { publishProblem } from '../../../meeting/model';
import { notify } from '../../../ui/notify';
import { meetingText as t } from '../../../i18n/meetings';
import { TextArea } from '../../../ui/Field';
import { focusFirstError } from '../../../ui/focusFirstError';
import { useMeeting } from '../MeetingContext';
import { runChange } from '../runChange';
import { draftLabel } from '../../../domain/draft';
import { DraftNotice } from '../../../ui/DraftNotice';
import { useDurableDraft } from '../../../ui/useDurableDraft';

export function ProblemForm() {
  const { doc, writer, snapshot } = useMeeting();
  const [draft, setDraft] = useState<MeetingProblemDraft>(EMPTY_PROBLEM_DRAFT);
  const [error, setError] = useState<string | undefined>();
  const [open, setOpen] = useState(false);
  const meetingId = snapshot.meta?.id;
  const kept = useDurableDraft({
    key: meetingId ? { form: 'meetingProblem', recordId: meetingId, version: 0 } : null,
    value: draft,
    initial: EMPTY_PROBLEM_DRAFT,
    apply: (d) => {
      setDraft(d);
      setOpen(true); // a kept draft opens the form it belongs to
    },
    label: (d) => draftLabel(d.contenido),
  });
  const formRef = useRef<HTMLFormElement>(null);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!writer) {
      setError(t.authorMissing);
      return;
    }
    if (!draft.contenido.trim()) {
      setError(t.errors.required);
      focusFirstError(formRef.current);
      return;
    }
    if (runChange(() => publishProblem(doc, draft, writer, Date.now()))) {
      kept.clear();
      setDraft(EMPTY_PROBLEM_DRAFT);
      setError(undefined);
      setOpen(false);
      notify({ text: t.problem.published, tone: 'success' });
    }
  }

  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} aria-expanded={false}>
        + {t.problem.publishTitle}
      </button>
    );
  }
  return (
    <form ref={formRef} className="card form" onSubmit={submit} noValidate>
      <h3>{t.problem.publishTitle}</h3>
      <DraftNotice draft={kept} />
      <p className="hint">{t.problem.publishHint}</p>
      <TextArea
        label={t.problem.contenido}
        value={draft.contenido}
        onChange={(e) => setDraft({ ...draft, contenido: e.target.value })}
        error={error}
        required
        maxLength={5000}
        rows={2}
      />
      {PROBLEM_DETAIL_FIELDS.map((f) => (
        <TextArea
          key={f}
          label={t.problem.fields[f]}
          value={draft[f]}
          onChange={(e) => setDraft({ ...draft, [f]: e.target.value })}
          maxLength={5000}
          rows={2}
        />
      ))}
      <div className="actions">
        <button type="submit">{t.problem.publish}</button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          {t.cancelEdit}
        </button>
      </div>
    </form>
  );
}
