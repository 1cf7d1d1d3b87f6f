import { useRef, useState, type FormEvent } from 'react';
import { validateProblem, type ProblemDraft, type ProblemErrors, type ProblemField } from '../../domain/problem';
import type { CteSession } from '../../domain/session';
import { common } from '../../i18n/common';
import { problemText as t } from '../../i18n/problems';
import { TextArea, TextField } from '../../ui/Field';
import { CheckboxField } from '../../ui/Checkbox';
import { FormStatus } from '../../ui/FormStatus';
import { focusFirstError } from '../../ui/focusFirstError';
import { SessionSelect } from '../records/SessionSelect';

interface Props {
  initial: ProblemDraft;
  sessions: CteSession[];
  onSubmit: (draft: ProblemDraft) => Promise<void>;
}

export function ProblemForm({ initial, sessions, onSubmit }: Props) {
  const [draft, setDraft] = useState<ProblemDraft>(initial);
  const [errors, setErrors] = useState<ProblemErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const set = <K extends keyof ProblemDraft>(key: K, value: ProblemDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const err = (key: ProblemField) => (errors[key] ? t.errors[key] : undefined);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found = validateProblem(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setError(common.fixErrors);
      focusFirstError(formRef.current);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSubmit(draft);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  }

  const area = (key: 'organization' | 'strategies' | 'interventions' | 'resources' | 'supportRequested', hint?: string) => (
    <TextArea label={t[key]} hint={hint} value={draft[key]} onChange={(e) => set(key, e.target.value)} rows={3} />
  );

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="form">
      <SessionSelect sessions={sessions} value={draft.sessionId} onChange={(v) => set('sessionId', v)} error={err('sessionId')} />
      <TextArea label={t.content} hint={t.contentHint} value={draft.content} onChange={(e) => set('content', e.target.value)} error={err('content')} required rows={2} />
      <TextField label={t.gradeGroup} value={draft.gradeGroup} onChange={(e) => set('gradeGroup', e.target.value)} />
      {area('organization', t.organizationHint)}
      {area('strategies')}
      {area('interventions')}
      {area('resources')}
      <TextArea label={t.failedActions} hint={t.failedActionsHint} value={draft.failedActions} onChange={(e) => set('failedActions', e.target.value)} error={err('failedActions')} required />
      {area('supportRequested', t.supportRequestedHint)}
      <CheckboxField label={t.presentAtMeeting} checked={draft.presentAtMeeting} onChange={(v) => set('presentAtMeeting', v)} />
      <FormStatus error={error} />
      <div className="actions">
        <button type="submit" disabled={busy || sessions.length === 0}>
          {busy ? common.saving : common.save}
        </button>
      </div>
    </form>
  );
}
