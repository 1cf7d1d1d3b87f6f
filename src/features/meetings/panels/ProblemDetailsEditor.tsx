// The publishing school edits its problemática's fields (M10); each field is its own Y.Text, so two people
// fixing different fields (or different words of one) both keep their changes (M2).
import { useState, type FormEvent } from 'react';
import { PROBLEM_DETAIL_FIELDS, type CardOf, type ProblemDetailField } from '../../../domain/meeting';
import { editProblemDetail } from '../../../meeting/model';
import { canEdit } from '../../../meeting/ownership';
import { meetingText as t } from '../../../i18n/meetings';
import { TextArea } from '../../../ui/Field';
import { useMeeting } from '../MeetingContext';
import { runChange } from '../run';
import { draftLabel } from '../../../domain/draft';
import { DraftNotice } from '../../../ui/DraftNotice';
import { useDurableDraft } from '../../../ui/useDurableDraft';

export function ProblemDetailsEditor({ problem }: { problem: CardOf<'problematica'> }) {
  const { doc, snapshot, writer } = useMeeting();
  const [draft, setDraft] = useState<Record<ProblemDetailField, string> | null>(null);
  const meetingId = snapshot.meta?.id;
  // Open edits are kept on the device (issue 14); a kept one reopens this editor with its words.
  const kept = useDurableDraft<Record<ProblemDetailField, string> | null>({
    key: meetingId ? { form: 'meetingProblemEdit', recordId: `${meetingId}/${problem.id}`, version: 0 } : null,
    value: draft,
    initial: null,
    apply: setDraft,
    label: (d) => draftLabel(...PROBLEM_DETAIL_FIELDS.map((f) => d?.[f])),
  });

  function save(e: FormEvent) {
    e.preventDefault();
    if (!draft || !writer) return;
    const now = Date.now();
    const ok = runChange(() =>
      doc.transact(() => {
        for (const f of PROBLEM_DETAIL_FIELDS) {
          if (draft[f] !== problem.details[f]) editProblemDetail(doc, problem.id, f, draft[f], now, writer);
        }
      }),
    );
    if (ok) {
      kept.clear();
      setDraft(null);
    }
  }

  if (!canEdit(problem, writer)) return null;
  if (!draft) {
    return (
      <>
        {kept.notice.kind === 'discarded' && <DraftNotice draft={kept} />}
        <button type="button" className="small secondary" onClick={() => setDraft({ ...problem.details })}>
          {t.problem.editDetails}
        </button>
      </>
    );
  }
  return (
    <form className="card-edit" onSubmit={save}>
      <DraftNotice draft={kept} />
      {PROBLEM_DETAIL_FIELDS.map((f) => (
        <TextArea
          key={f}
          label={t.problem.fields[f]}
          value={draft[f]}
          maxLength={5000}
          rows={2}
          onChange={(e) => setDraft({ ...draft, [f]: e.target.value })}
        />
      ))}
      <div className="actions">
        <button type="submit" className="small">
          {t.saveEdit}
        </button>
        <button type="button" className="small secondary" onClick={() => setDraft(null)}>
          {t.cancelEdit}
        </button>
      </div>
    </form>
  );
}
