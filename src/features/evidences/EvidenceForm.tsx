import { useState } from 'react';
import type { PreparedFile } from '../../db/evidences';
import { EVIDENCE_KINDS, validateEvidence, type EvidenceDraft, type EvidenceErrors, type EvidenceField } from '../../domain/evidence';
import { evidenceText as t } from '../../i18n/evidences';
import { SelectField, TextArea, TextField } from '../../ui/Field';
import { FormActions } from '../../ui/records/FormActions';
import { useDraftForm } from '../../ui/useDraftForm';
import { DraftNotice } from '../../ui/DraftNotice';
import { draftLabel, type DraftKey } from '../../domain/draft';
import { FilePicker } from './FilePicker';
import { PracticePicker } from './PracticePicker';

interface Props {
  initial: EvidenceDraft;
  onSubmit: (draft: EvidenceDraft, files: PreparedFile[]) => Promise<void>;
  /** Where the draft is kept on the device as it is typed. */
  draftKey: DraftKey;
}

export function EvidenceForm({ initial, onSubmit, draftKey }: Props) {
  const [files, setFiles] = useState<PreparedFile[]>([]);
  // The picked photos (already downscaled as the record would store them) are kept with the draft.
  const { draft, set, text, errors, error, busy, formRef, submit, kept } = useDraftForm<EvidenceDraft, EvidenceErrors, PreparedFile>(
    initial,
    validateEvidence,
    (d) => onSubmit(d, files),
    {
      key: draftKey,
      label: (d) => draftLabel(d.description),
      files: { value: files, apply: setFiles },
    },
  );
  const err = (key: EvidenceField) => (errors[key] ? t.errors[key] : undefined);

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="form">
      <DraftNotice draft={kept} />
      <SelectField
        label={t.kind}
        value={draft.kind}
        onChange={(e) => set('kind', e.target.value as EvidenceDraft['kind'])}
        error={err('kind')}
        required
        options={EVIDENCE_KINDS.map((k) => ({ value: k, label: t.kinds[k] }))}
      />
      <TextArea label={t.description} hint={t.descriptionHint} {...text('description')} error={err('description')} required rows={3} />
      <TextField label={t.date} type="date" {...text('date')} error={err('date')} required />
      <TextField label={t.group} hint={t.groupHint} {...text('group')} />
      <PracticePicker value={draft.practiceIds} onChange={(ids) => set('practiceIds', ids)} />
      <FilePicker files={files} onChange={setFiles} />
      <FormActions error={error} busy={busy} />
    </form>
  );
}
