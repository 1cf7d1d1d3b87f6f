import { useState } from 'react';
import {
  cicloFromDate,
  maxSessionNumber,
  MODALITIES,
  SESSION_KINDS,
  todayIso,
  validateSession,
  type CteSession,
  type SessionDraft,
  type SessionErrors,
} from '../../domain/session';
import { ordinal, sessionText as t } from '../../i18n/sessions';
import { RadioGroup, SelectField, TextArea, TextField } from '../../ui/Field';
import { FormActions } from '../../ui/records/FormActions';
import { useDraftForm } from '../../ui/useDraftForm';
import { DraftNotice } from '../../ui/DraftNotice';
import { draftLabel, type DraftKey } from '../../domain/draft';
import type { School } from '../../domain/school';
import { AttendanceFields } from './AttendanceFields';

function toDraft(session?: CteSession): SessionDraft {
  const date = session?.date ?? todayIso();
  return {
    kind: session?.kind ?? 'ordinaria',
    number: session?.number ?? 1,
    date,
    ciclo: session?.ciclo ?? cicloFromDate(date),
    modality: session?.modality ?? 'escuela',
    normas: session?.normas ?? [],
    notes: session?.notes ?? '',
    attendance: session?.attendance ?? [],
  };
}

interface Props {
  session?: CteSession | undefined;
  school?: School | undefined;
  onSubmit: (draft: SessionDraft) => Promise<void>;
  /** Where the draft is kept on the device as it is typed. */
  draftKey: DraftKey;
}

export function SessionForm({ session, school, onSubmit, draftKey }: Props) {
  const { draft, setDraft, set, text, errors, error, busy, formRef, submit, kept } = useDraftForm<SessionDraft, SessionErrors>(
    () => toDraft(session),
    validateSession,
    onSubmit,
    {
      key: draftKey,
      label: (d) => draftLabel(d.notes, d.date),
    },
  );
  // The normas live in the draft line by line (split and join are exact inverses), so a kept
  // draft holds them too.
  const normasText = draft.normas.join('\n');
  // The ciclo follows the date until the user types a ciclo of their own.
  const [cicloTouched, setCicloTouched] = useState(() => !!session && session.ciclo !== cicloFromDate(session.date));
  const err = (key: keyof SessionErrors) => (errors[key] ? t.errors[errors[key]] : undefined);

  function setDate(date: string) {
    setDraft((d) => ({ ...d, date, ciclo: cicloTouched ? d.ciclo : cicloFromDate(date) || d.ciclo }));
  }

  const numbers = Array.from({ length: maxSessionNumber(draft.kind) }, (_, i) => i + 1);

  return (
    <form ref={formRef} onSubmit={(e) => submit(e)} noValidate className="form">
      <DraftNotice draft={kept} />
      <RadioGroup
        legend={t.kind}
        name="kind"
        value={draft.kind}
        options={SESSION_KINDS.map((k) => ({ value: k, label: t.kinds[k] }))}
        onChange={(kind) => setDraft((d) => ({ ...d, kind, number: Math.min(d.number, maxSessionNumber(kind)) }))}
      />
      <SelectField
        label={t.number}
        value={String(draft.number)}
        onChange={(e) => set('number', Number(e.target.value))}
        options={numbers.map((n) => ({ value: String(n), label: draft.kind === 'ordinaria' ? `${ordinal(n)} sesión` : `Día ${n}` }))}
        error={err('number')}
      />
      <TextField label={t.date} type="date" value={draft.date} onChange={(e) => setDate(e.target.value)} error={err('date')} required />
      <TextField
        label={t.ciclo}
        hint={t.cicloHint}
        value={draft.ciclo}
        onChange={(e) => {
          setCicloTouched(true);
          set('ciclo', e.target.value);
        }}
        error={err('ciclo')}
        inputMode="numeric"
        required
      />
      <RadioGroup
        legend={t.modality}
        name="modality"
        value={draft.modality}
        options={MODALITIES.map((m) => ({ value: m, label: t.modalities[m] }))}
        onChange={(m) => set('modality', m)}
      />
      <TextArea label={t.normas} hint={t.normasHint} value={normasText} onChange={(e) => set('normas', e.target.value.split('\n'))} />
      <AttendanceFields school={school} value={draft.attendance ?? []} onChange={(a) => set('attendance', a)} error={err('attendance')} />
      <TextArea label={t.notes} {...text('notes')} />
      <FormActions error={error} busy={busy} />
    </form>
  );
}
