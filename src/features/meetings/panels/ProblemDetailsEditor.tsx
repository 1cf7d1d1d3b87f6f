// The publishing school edits its problemática's fields (M10); each field is its own Y.Text, so two people
// fixing different fields (or different words of one) both keep their changes (M2). An open edit is
// kept on the device as it is typed (useCardEdit, issue 14); a kept one reopens this editor.
import type { FormEvent } from 'react';
import { PROBLEM_DETAIL_FIELDS, type CardOf, type ProblemDetailField } from '../../../domain/meeting';
import { editProblemDetail } from '../../../meeting/model';
import { canEdit } from '../../../meeting/ownership';
import { meetingText as t } from '../../../i18n/meetings';
import { draftText } from '../../../i18n/drafts';
import { TextArea } from '../../../ui/Field';
import { useMeeting } from '../MeetingContext';
import { runChange } from '../runChange';
import { draftLabel } from '../../../domain/draft';
import { DraftNotice } from '../../../ui/DraftNotice';
import { ChangedMeanwhile } from '../ChangedMeanwhile';
import { useCardEdit } from '../useCardEdit';
import { ActionRow } from '../../../ui/ActionRow';

type Details = Record<ProblemDetailField, string>;

export function ProblemDetailsEditor({ problem }: { problem: CardOf<'problematica'> }) {
  const { doc, writer } = useMeeting();
  const edit = useCardEdit<Details>(
    'meetingProblemEdit',
    problem.id,
    () => ({ ...problem.details }),
    (d) => draftLabel(...PROBLEM_DETAIL_FIELDS.map((f) => d[f])),
  );
  const draft = edit.value;

  function save(e: FormEvent) {
    e.preventDefault();
    // Changed meanwhile: the teacher chooses first (the notice says so); nothing is overwritten.
    if (!draft || !writer || edit.changedMeanwhile) return;
    const now = Date.now();
    const ok = runChange(() =>
      doc.transact(() => {
        for (const f of PROBLEM_DETAIL_FIELDS) {
          if (draft[f] !== problem.details[f]) editProblemDetail(doc, problem.id, f, draft[f], now, writer);
        }
      }),
    );
    if (ok) edit.close();
  }

  if (!canEdit(problem, writer)) return null;
  if (!draft) {
    return (
      <>
        <DraftNotice draft={edit.kept} staleText={draftText.cardEdit.staleProblem} />
        {/* A kept edit waiting for the teacher's choice is answered first (it holds the draft's writes). */}
        {edit.kept.notice.kind !== 'stale' && (
          <button type="button" className="small secondary" onClick={edit.begin}>
            {t.problem.editDetails}
          </button>
        )}
      </>
    );
  }
  return (
    <form className="card-edit" onSubmit={save}>
      <DraftNotice draft={edit.kept} />
      <ChangedMeanwhile edit={edit} text={draftText.cardEdit.changedProblem} />
      {PROBLEM_DETAIL_FIELDS.map((f) => (
        <TextArea
          key={f}
          label={t.problem.fields[f]}
          value={draft[f]}
          maxLength={5000}
          rows={2}
          onChange={(e) => edit.change({ ...draft, [f]: e.target.value })}
        />
      ))}
      <ActionRow
        actions={[
          { label: t.saveEdit, submit: true, small: true },
          { label: t.cancelEdit, onClick: edit.close, small: true, secondary: true },
        ]}
      />
    </form>
  );
}
