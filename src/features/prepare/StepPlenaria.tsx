import { useState } from 'react';
import { savePreparation } from '../../db/preparations';
import { plenariaIsEmpty, type Plenaria, type Preparation } from '../../domain/preparation';
import { prepareText as t } from '../../i18n/prepare';
import { TextArea } from '../../ui/Field';
import { StepShell } from './StepShell';
import { usePrepDraft } from './usePrepDraft';
import type { PrepData } from './usePrepData';

const FIELDS = ['effectivePractices', 'materials', 'hardContents', 'supportRequested'] as const;

/** Step 3: the plenaria's conclusions, saved as the session's acuerdos. */
export function StepPlenaria({ data, onDone }: { data: PrepData; onDone: (saved: Preparation) => void }) {
  const [plenaria, setPlenaria] = useState<Plenaria>(data.prep.plenaria);
  const { kept, save } = usePrepDraft(
    'plenaria',
    data,
    plenaria,
    setPlenaria,
    (p) => p.effectivePractices || p.materials || p.hardContents || p.supportRequested,
  );
  return (
    <StepShell
      kept={kept}
      questions={t.plenaria.questions}
      onSave={async () => {
        if (plenariaIsEmpty(plenaria)) return t.plenaria.needOne;
        onDone(await save(() => savePreparation(data.session.id, (p) => ({ ...p, plenaria, done: { ...p.done, plenaria: true } }))));
      }}
    >
      <div className="form">
        {FIELDS.map((f) => (
          <TextArea
            key={f}
            label={t.plenaria[f]}
            value={plenaria[f]}
            onChange={(e) => setPlenaria((p) => ({ ...p, [f]: e.target.value }))}
            rows={3}
          />
        ))}
      </div>
    </StepShell>
  );
}
