import { useState } from 'react';
import { newId } from '../../domain/ids';
import { NIVELES, validateSchool, type School, type SchoolDraft, type SchoolErrors } from '../../domain/school';
import { saveSchool } from '../../db/schools';
import { common } from '../../i18n/common';
import { schoolText as t } from '../../i18n/school';
import { SelectField, TextField } from '../../ui/Field';
import { FormStatus } from '../../ui/FormStatus';
import { useDraftForm } from '../../ui/useDraftForm';
import { DraftNotice } from '../../ui/DraftNotice';
import { saveWithDraft } from '../../db/drafts';
import { draftLabel, recordDraftKey } from '../../domain/draft';

function toDraft(school?: School): SchoolDraft {
  return {
    name: school?.name ?? '',
    cct: school?.cct ?? '',
    nivel: school?.nivel ?? 'primaria',
    zonaEscolar: school?.zonaEscolar ?? '',
    director: school?.director ?? '',
    responsable: school?.responsable ?? '',
    teachers: school?.teachers ?? [],
  };
}

interface Props {
  school?: School | undefined;
  submitLabel: string;
  onSaved?: (school: School) => void;
}

export function SchoolForm({ school, submitLabel, onSaved }: Props) {
  const [success, setSuccess] = useState<string | null>(null);
  // The profile keeps no version number: its last save time tells a changed profile apart.
  const draftKey = recordDraftKey('school', school ? { id: school.id, version: school.updatedAt } : null);
  const { draft, set, text, errors, error, busy, formRef, submit, kept } = useDraftForm<SchoolDraft, SchoolErrors>(
    () => toDraft(school),
    validateSchool,
    async (valid) => {
      setSuccess(null);
      const saved = await saveWithDraft(draftKey, () => saveSchool(valid));
      // A parent that handles the save says so itself (the school page remounts this form per
      // saved version and shows an app notice): saying it here too would show it twice.
      if (onSaved) onSaved(saved);
      else setSuccess(t.savedProfile);
    },
    { key: draftKey, label: (d) => draftLabel(d.name) },
  );
  // A field flagged at submit shows its error only while it is still wrong: fixing the CCT clears it.
  const now = validateSchool(draft);
  const err = (key: keyof SchoolErrors) => (errors[key] && now[key] ? t.errors[now[key]] : undefined);

  function setTeacher(index: number, patch: Partial<SchoolDraft['teachers'][number]>) {
    set(
      'teachers',
      draft.teachers.map((tch, i) => (i === index ? { ...tch, ...patch } : tch)),
    );
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="form">
      <DraftNotice draft={kept} />
      <TextField label={t.name} {...text('name')} error={err('name')} required autoComplete="organization" />
      <TextField
        label={t.cct}
        hint={t.cctHint}
        value={draft.cct}
        onChange={(e) => set('cct', e.target.value.toUpperCase())}
        error={err('cct')}
        required
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={14}
      />
      <SelectField
        label={t.nivel}
        value={draft.nivel}
        onChange={(e) => set('nivel', e.target.value as SchoolDraft['nivel'])}
        options={NIVELES.map((n) => ({ value: n, label: t.niveles[n] }))}
        error={err('nivel')}
        required
      />
      <TextField label={t.zona} {...text('zonaEscolar')} inputMode="numeric" />
      <TextField label={t.director} {...text('director')} autoComplete="name" />
      <TextField label={t.responsable} {...text('responsable')} />

      <fieldset className="field teachers">
        <legend>{t.teachers}</legend>
        <p className="hint">{t.teachersHint}</p>
        {draft.teachers.length === 0 && <p className="muted">{t.noTeachers}</p>}
        <ol className="teacher-list">
          {draft.teachers.map((tch, i) => (
            <li key={tch.id} className="teacher-row">
              <TextField
                label={t.teacherName}
                value={tch.name}
                onChange={(e) => setTeacher(i, { name: e.target.value })}
                error={errors.teachers && !tch.name.trim() ? t.errors.teacherName : undefined}
              />
              <TextField
                label={t.teacherAssignment}
                value={tch.assignment}
                onChange={(e) => setTeacher(i, { assignment: e.target.value })}
              />
              <button
                type="button"
                className="secondary small"
                onClick={() =>
                  set(
                    'teachers',
                    draft.teachers.filter((_, j) => j !== i),
                  )
                }
                aria-label={t.removeTeacher(tch.name)}
              >
                {common.remove}
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="secondary"
          onClick={() => set('teachers', [...draft.teachers, { id: newId(), name: '', assignment: '' }])}
        >
          + {t.addTeacher}
        </button>
      </fieldset>

      <FormStatus error={error} success={error ? null : success} />
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? common.saving : submitLabel}
        </button>
      </div>
    </form>
  );
}
