import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { listEvidencesForPractice } from '../../db/evidences';
import { savePreparation } from '../../db/preparations';
import { purposeRecovered, type Preparation, type ShareSelection } from '../../domain/preparation';
import { Link } from '../../ui/router';
import { prepareText as t } from '../../i18n/prepare';
import { CheckboxField } from '../../ui/Checkbox';
import { TextArea } from '../../ui/Field';
import { StepShell } from './StepShell';
import { usePrepDraft } from './usePrepDraft';
import type { PrepData } from './usePrepData';

function toggle(list: string[], id: string, on: boolean): string[] {
  return on ? [...new Set([...list, id])] : list.filter((x) => x !== id);
}

/** Step 4: what the school will share at the meeting; it builds the presentation. */
export function StepShare({ data, onDone }: { data: PrepData; onDone: (saved: Preparation) => void }) {
  const [share, setShare] = useState<ShareSelection>(() => ({
    ...data.prep.share,
    // A first visit starts from what the bitácora already marked for the meeting.
    practiceIds: data.prep.done.compartir ? data.prep.share.practiceIds : data.practices.filter((p) => p.shareNext).map((p) => p.id),
    problemIds: data.prep.done.compartir ? data.prep.share.problemIds : data.problems.filter((p) => p.presentAtMeeting).map((p) => p.id),
  }));
  const evidences = useLiveQuery(async () => {
    const lists = await Promise.all(share.practiceIds.map((id) => listEvidencesForPractice(id)));
    const seen = new Map(
      lists
        .flat()
        .filter((e) => !e.annulled)
        .map((e) => [e.id, e]),
    );
    return [...seen.values()];
  }, [share.practiceIds.join(',')]);

  const { kept, save } = usePrepDraft('compartir', data, share, setShare, (s) => s.purpose || s.supportHoped);
  return (
    <StepShell
      kept={kept}
      questions={t.compartir.questions}
      onSave={async () => {
        onDone(await save(() => savePreparation(data.session.id, (p) => ({ ...p, share, done: { ...p.done, compartir: true } }))));
      }}
    >
      <section className="card" aria-labelledby="proposito-title" id="proposito">
        <h3 id="proposito-title">{t.compartir.purpose.heading}</h3>
        <ul>
          {t.compartir.purpose.questions.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ul>
        <TextArea
          label={t.compartir.purpose.label}
          value={share.purpose ?? ''}
          onChange={(e) => setShare((s) => ({ ...s, purpose: e.target.value }))}
          rows={3}
        />
        <p className={purposeRecovered(share) ? 'hint' : 'hint warning'} role="status">
          {purposeRecovered(share) ? t.compartir.purpose.recovered : t.compartir.purpose.missing}
        </p>
      </section>
      <fieldset className="field">
        <legend>{t.compartir.practices}</legend>
        {data.practices.length === 0 && <p className="muted">{t.compartir.noPractices}</p>}
        {data.practices.map((p) => (
          <CheckboxField
            key={p.id}
            label={`${p.title} — ${p.teacherName}`}
            checked={share.practiceIds.includes(p.id)}
            onChange={(on) => setShare((s) => ({ ...s, practiceIds: toggle(s.practiceIds, p.id, on) }))}
          />
        ))}
      </fieldset>
      <fieldset className="field">
        <legend>{t.compartir.problems}</legend>
        {data.problems.length === 0 && <p className="muted">{t.compartir.noProblems}</p>}
        {data.problems.map((p) => (
          <CheckboxField
            key={p.id}
            label={p.content}
            checked={share.problemIds.includes(p.id)}
            onChange={(on) => setShare((s) => ({ ...s, problemIds: toggle(s.problemIds, p.id, on) }))}
          />
        ))}
      </fieldset>
      <fieldset className="field">
        <legend>{t.compartir.evidences}</legend>
        {evidences?.length === 0 && <p className="muted">{t.compartir.noEvidences}</p>}
        {evidences?.map((e) => (
          <CheckboxField
            key={e.id}
            label={e.description}
            checked={share.evidenceIds.includes(e.id)}
            onChange={(on) => setShare((s) => ({ ...s, evidenceIds: toggle(s.evidenceIds, e.id, on) }))}
          />
        ))}
      </fieldset>
      <TextArea
        label={t.compartir.supportHoped}
        value={share.supportHoped}
        onChange={(e) => setShare((s) => ({ ...s, supportHoped: e.target.value }))}
        rows={3}
      />
      {data.prep.done.compartir && (
        <p>
          <Link to={`/preparar/${data.session.id}/presentacion`} className="button">
            {t.compartir.slides}
          </Link>
        </p>
      )}
    </StepShell>
  );
}
