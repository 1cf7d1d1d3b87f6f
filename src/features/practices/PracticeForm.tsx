import { useState } from 'react';
import { ASSESSMENTS, validatePractice, type PracticeDraft, type PracticeErrors, type PracticeField } from '../../domain/practice';
import type { Teacher } from '../../domain/school';
import type { CteSession } from '../../domain/session';
import { practiceText as t } from '../../i18n/practices';
import { takeHomeText } from '../../i18n/takeHome';
import { RadioGroup, SelectField, TextArea, TextField } from '../../ui/Field';
import { CheckboxField } from '../../ui/Checkbox';
import { FormActions } from '../../ui/records/FormActions';
import { useDraftForm } from '../../ui/useDraftForm';
import { SessionSelect } from '../../ui/records/SessionSelect';
import { DraftNotice } from '../../ui/DraftNotice';
import { draftLabel, type DraftKey } from '../../domain/draft';

const OTHER = '__otro';

interface Props {
  initial: PracticeDraft;
  teachers: Teacher[];
  sessions: CteSession[];
  onSubmit: (draft: PracticeDraft) => Promise<void>;
  /** Where the draft is kept on the device as it is typed. */
  draftKey: DraftKey;
  /** A práctica brought from a meeting: it may be saved before its three reasons are known. */
  reasonsLater?: boolean;
}

export function PracticeForm({ initial, teachers, sessions, onSubmit, draftKey, reasonsLater = false }: Props) {
  const { draft, setDraft, set, text, errors, error, busy, formRef, submit, kept } = useDraftForm<PracticeDraft, PracticeErrors>(
    initial,
    (d) => validatePractice(d, { reasonsLater }),
    (d) => onSubmit(d),
    { key: draftKey, label: (d) => draftLabel(d.title, d.description) },
  );
  const [otherTeacher, setOtherTeacher] = useState(() => !!initial.teacherName && !teachers.some((x) => x.id === initial.teacherId));

  const err = (key: PracticeField) => (errors[key] ? t.errors[key] : undefined);

  function chooseTeacher(value: string) {
    if (value === OTHER) {
      setOtherTeacher(true);
      setDraft((d) => ({ ...d, teacherId: '', teacherName: '' }));
      return;
    }
    setOtherTeacher(false);
    const teacher = teachers.find((x) => x.id === value);
    // The grade/subject follows the teacher unless the user already typed one.
    setDraft((d) => ({ ...d, teacherId: value, teacherName: teacher?.name ?? '', gradeGroup: d.gradeGroup || teacher?.assignment || '' }));
  }

  function setReason(i: 0 | 1 | 2, value: string) {
    setDraft((d) => {
      const reasons: PracticeDraft['reasons'] = [...d.reasons];
      reasons[i] = value;
      return { ...d, reasons };
    });
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="form">
      <DraftNotice draft={kept} />
      <SessionSelect sessions={sessions} value={draft.sessionId} onChange={(v) => set('sessionId', v)} error={err('sessionId')} />
      <TextField label={t.title} hint={t.titleHint} {...text('title')} error={err('title')} required />
      <SelectField
        label={t.teacher}
        hint={t.teacherHint}
        value={otherTeacher ? OTHER : draft.teacherId}
        onChange={(e) => chooseTeacher(e.target.value)}
        error={otherTeacher ? undefined : err('teacherId')}
        required
        options={[
          { value: '', label: t.chooseTeacher },
          ...teachers.map((x) => ({ value: x.id, label: x.assignment ? `${x.name} (${x.assignment})` : x.name })),
          { value: OTHER, label: t.otherTeacher },
        ]}
      />
      {otherTeacher && <TextField label={t.teacherName} {...text('teacherName')} error={err('teacherId')} required />}
      <TextField label={t.gradeGroup} {...text('gradeGroup')} />
      <TextArea label={t.description} hint={t.descriptionHint} {...text('description')} error={err('description')} required />
      <TextField label={t.difficulty} hint={t.difficultyHint} {...text('difficulty')} error={err('difficulty')} required />
      <TextArea label={t.materials} {...text('materials')} rows={2} />
      <fieldset className="field reasons">
        <legend>{t.reasonsLegend}</legend>
        <p className="hint">{t.reasonsHint}</p>
        {reasonsLater && <p className="hint">{takeHomeText.reasonsLater}</p>}
        {([0, 1, 2] as const).map((i) => (
          <TextArea
            key={i}
            label={t.reason(i + 1)}
            value={draft.reasons[i]}
            onChange={(e) => setReason(i, e.target.value)}
            error={err(`reason${i}`)}
            required={!reasonsLater}
            rows={2}
          />
        ))}
      </fieldset>
      <TextArea label={t.unsolved} hint={t.unsolvedHint} {...text('unsolved')} rows={3} />
      <TextArea label={t.attribution} hint={t.attributionHint} {...text('attribution')} rows={3} />
      <RadioGroup
        legend={t.assessment}
        name="assessment"
        value={draft.assessment}
        options={ASSESSMENTS.map((a) => ({ value: a, label: t.assessments[a] }))}
        onChange={(a) => set('assessment', a)}
      />
      <CheckboxField label={t.shareNext} checked={draft.shareNext} onChange={(v) => set('shareNext', v)} />
      <FormActions error={error} busy={busy} disabled={sessions.length === 0} />
    </form>
  );
}
