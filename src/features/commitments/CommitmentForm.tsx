import {
  RESPONSIBLE_KINDS,
  validateCommitment,
  type CommitmentDraft,
  type CommitmentErrors,
  type CommitmentField,
} from '../../domain/commitment';
import type { Teacher } from '../../domain/school';
import type { CteSession } from '../../domain/session';
import { commitmentText as t } from '../../i18n/commitments';
import { RadioGroup, SelectField, TextArea, TextField } from '../../ui/Field';
import { FormActions } from '../../ui/records/FormActions';
import { useDraftForm } from '../../ui/useDraftForm';
import { SessionSelect } from '../../ui/records/SessionSelect';
import { DraftNotice } from '../../ui/DraftNotice';
import { draftLabel, type DraftKey } from '../../domain/draft';
import { sessionTitle } from '../../ui/records/useSessions';

interface Props {
  initial: CommitmentDraft;
  teachers: Teacher[];
  sessions: CteSession[];
  onSubmit: (draft: CommitmentDraft) => Promise<void>;
  /** Where the draft is kept on the device as it is typed. */
  draftKey: DraftKey;
}

export function CommitmentForm({ initial, teachers, sessions, onSubmit, draftKey }: Props) {
  const { draft, setDraft, set, text, errors, error, busy, formRef, submit, kept } = useDraftForm<CommitmentDraft, CommitmentErrors>(
    initial,
    validateCommitment,
    (d) => onSubmit(d),
    {
      key: draftKey,
      label: (d) => draftLabel(d.statement),
    },
  );
  const err = (key: CommitmentField) => (errors[key] ? t.errors[key] : undefined);
  // A due date before the session that agreed it is almost always a typo: warn, do not block.
  const session = sessions.find((s) => s.id === draft.sessionId);
  const dueTooEarly = !!session && /^\d{4}-\d{2}-\d{2}$/.test(draft.dueDate) && draft.dueDate < session.date;

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="form">
      <DraftNotice draft={kept} />
      <SessionSelect sessions={sessions} value={draft.sessionId} onChange={(v) => set('sessionId', v)} />
      <TextArea label={t.statement} hint={t.statementHint} {...text('statement')} error={err('statement')} required rows={2} />
      <RadioGroup
        legend={t.responsibleKind}
        name="responsibleKind"
        value={draft.responsibleKind}
        options={RESPONSIBLE_KINDS.map((k) => ({ value: k, label: t.responsibleKinds[k] }))}
        onChange={(k) => setDraft((d) => ({ ...d, responsibleKind: k, responsibleTeacherId: '', responsibleName: '' }))}
      />
      {draft.responsibleKind === 'docente' && (
        <SelectField
          label={t.responsibleTeacher}
          value={draft.responsibleTeacherId}
          onChange={(e) => {
            const teacher = teachers.find((x) => x.id === e.target.value);
            setDraft((d) => ({ ...d, responsibleTeacherId: e.target.value, responsibleName: teacher?.name ?? '' }));
          }}
          error={err('responsibleName')}
          required
          options={[{ value: '', label: t.chooseTeacher }, ...teachers.map((x) => ({ value: x.id, label: x.name }))]}
        />
      )}
      {draft.responsibleKind === 'equipo' && (
        <TextField label={t.teamName} {...text('responsibleName')} error={err('responsibleName')} required />
      )}
      <TextField label={t.dueDate} type="date" {...text('dueDate')} error={err('dueDate')} required />
      {dueTooEarly && (
        <p className="warning" role="status">
          {t.dueBeforeSession(sessionTitle(session))}
        </p>
      )}
      <TextArea label={t.mechanism} hint={t.mechanismHint} {...text('mechanism')} error={err('mechanism')} required rows={2} />
      <TextField label={t.instrument} hint={t.instrumentHint} {...text('instrument')} />
      <FormActions error={error} busy={busy} />
    </form>
  );
}
