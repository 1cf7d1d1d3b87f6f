import { validateProblem, type ProblemDraft, type ProblemErrors, type ProblemField } from '../../domain/problem';
import type { CteSession } from '../../domain/session';
import { problemText as t } from '../../i18n/problems';
import { TextArea, TextField } from '../../ui/Field';
import { CheckboxField } from '../../ui/Checkbox';
import { FormActions } from '../../ui/records/FormActions';
import { useDraftForm } from '../../ui/useDraftForm';
import { SessionSelect } from '../../ui/records/SessionSelect';
import { DraftNotice } from '../../ui/DraftNotice';
import { draftLabel, type DraftKey } from '../../domain/draft';

interface Props {
  initial: ProblemDraft;
  sessions: CteSession[];
  onSubmit: (draft: ProblemDraft) => Promise<void>;
  /** Where the draft is kept on the device as it is typed. */
  draftKey: DraftKey;
}

export function ProblemForm({ initial, sessions, onSubmit, draftKey }: Props) {
  const { draft, set, text, errors, error, busy, formRef, submit, kept } = useDraftForm<ProblemDraft, ProblemErrors>(
    initial,
    validateProblem,
    (d) => onSubmit(d),
    {
      key: draftKey,
      label: (d) => draftLabel(d.content),
    },
  );
  const err = (key: ProblemField) => (errors[key] ? t.errors[key] : undefined);

  const area = (key: 'organization' | 'strategies' | 'interventions' | 'resources' | 'supportRequested', hint?: string) => (
    <TextArea label={t[key]} hint={hint} value={draft[key]} onChange={(e) => set(key, e.target.value)} rows={3} />
  );

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="form">
      <DraftNotice draft={kept} />
      <SessionSelect sessions={sessions} value={draft.sessionId} onChange={(v) => set('sessionId', v)} error={err('sessionId')} />
      <TextArea label={t.content} hint={t.contentHint} {...text('content')} error={err('content')} required rows={2} />
      <TextField label={t.gradeGroup} {...text('gradeGroup')} />
      {area('organization', t.organizationHint)}
      {area('strategies')}
      {area('interventions')}
      {area('resources')}
      <TextArea label={t.failedActions} hint={t.failedActionsHint} {...text('failedActions')} error={err('failedActions')} required />
      {area('supportRequested', t.supportRequestedHint)}
      <CheckboxField label={t.presentAtMeeting} checked={draft.presentAtMeeting} onChange={(v) => set('presentAtMeeting', v)} />
      <FormActions error={error} busy={busy} disabled={sessions.length === 0} />
    </form>
  );
}
