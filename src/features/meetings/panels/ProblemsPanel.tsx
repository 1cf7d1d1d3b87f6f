import { useState } from 'react';
import { APORTACION_KINDS, PROBLEM_DETAIL_FIELDS, type AportacionKind, type CardOf } from '../../../domain/meeting';
import { addCard } from '../../../meeting/model';
import { meetingText as t } from '../../../i18n/meetings';
import { SelectField } from '../../../ui/Field';
import { AddCardForm } from '../AddCardForm';
import { CardView } from '../CardView';
import { CardWall } from '../CardWall';
import { useMeeting } from '../MeetingContext';
import { ProblemDetailsEditor } from './ProblemDetailsEditor';
import { ProblemForm } from './ProblemForm';
import { TimerBox } from './TimerBox';
import { StarBudgetBox } from './StarBudgetBox';

function Aportaciones({ problem, list }: { problem: CardOf<'problematica'>; list: CardOf<'aportacion'>[] }) {
  const { doc } = useMeeting();
  const [kind, setKind] = useState<AportacionKind>('estrategia');
  // Most starred first; the top one(s) are marked "Destacada" (the guide: highlight the most relevant).
  const sorted = [...list].sort((a, b) => b.stars.length - a.stars.length);
  const top = sorted[0]?.stars.length ?? 0;
  return (
    <section className="aportaciones" aria-label={`${t.problem.aportaciones}: ${problem.text.slice(0, 60)}`}>
      <h4>
        {t.problem.aportaciones} ({list.length})
      </h4>
      <CardWall
        cards={sorted}
        label={t.problem.aportaciones}
        emptyText={t.problem.noAportaciones}
        render={(a) => (
          <CardView card={a} starrable highlighted={top > 0 && a.stars.length === top && !a.annulled}>
            <p className="card-kind">{t.problem.aportacionKinds[a.aportacionKind]}</p>
          </CardView>
        )}
      />
      <AddCardForm
        label={t.problem.addAportacion}
        draftName={`aportacion/${problem.id}`}
        onAdd={(text, writer) => addCard(doc, { kind: 'aportacion', parentId: problem.id, aportacionKind: kind, text }, writer, Date.now())}
      >
        <SelectField
          label={t.problem.aportacionKind}
          value={kind}
          onChange={(e) => setKind(e.target.value as AportacionKind)}
          options={APORTACION_KINDS.map((k) => ({ value: k, label: t.problem.aportacionKinds[k] }))}
        />
      </AddCardForm>
    </section>
  );
}

function ProblemCard({ problem, aportaciones }: { problem: CardOf<'problematica'>; aportaciones: CardOf<'aportacion'>[] }) {
  return (
    <CardView card={problem} starrable>
      <p className="card-kind">{t.problem.presentedBy(problem.school.name)}</p>
      <dl className="details">
        {PROBLEM_DETAIL_FIELDS.filter((f) => problem.details[f]).map((f) => (
          <div key={f}>
            <dt>{t.problem.fields[f]}</dt>
            <dd>{problem.details[f]}</dd>
          </div>
        ))}
      </dl>
      {!problem.annulled && <ProblemDetailsEditor problem={problem} />}
      <Aportaciones problem={problem} list={aportaciones} />
    </CardView>
  );
}

/** Problemáticas: the timer, a school's own problemática, and everybody's aportaciones under each. */
export function ProblemsPanel() {
  const { snapshot } = useMeeting();
  const byParent = new Map<string, CardOf<'aportacion'>[]>();
  for (const a of snapshot.byKind.aportacion) byParent.set(a.parentId, [...(byParent.get(a.parentId) ?? []), a]);
  const problemIds = new Set(snapshot.byKind.problematica.map((p) => p.id));
  const orphans = snapshot.byKind.aportacion.filter((a) => !problemIds.has(a.parentId));
  return (
    <>
      <TimerBox />
      <StarBudgetBox />
      <ProblemForm />
      <CardWall
        cards={snapshot.byKind.problematica}
        label={t.panels.problematicas}
        render={(p) => <ProblemCard problem={p} aportaciones={byParent.get(p.id) ?? []} />}
      />
      {orphans.length > 0 && (
        <section aria-labelledby="orphans">
          <h3 id="orphans">{t.problem.orphanTitle}</h3>
          <CardWall cards={orphans} label={t.problem.orphanTitle} render={(a) => <CardView card={a} starrable />} />
        </section>
      )}
    </>
  );
}
