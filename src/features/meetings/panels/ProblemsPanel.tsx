import { useState } from 'react';
import { PROBLEM_DETAIL_FIELDS, type CardOf, type Team } from '../../../domain/meeting';
import { meetingText as t } from '../../../i18n/meetings';
import { CardView } from '../CardView';
import { CardWall } from '../CardWall';
import { useMeeting } from '../MeetingContext';
import { ProblemDetailsEditor } from './ProblemDetailsEditor';
import { ProblemForm } from './ProblemForm';
import { TimerBox } from './TimerBox';
import { StarBudgetBox } from './StarBudgetBox';
import { Aportaciones } from './Aportaciones';
import { AportacionTeamFilter } from './AportacionTeamFilter';

function ProblemCard({
  problem,
  aportaciones,
  team,
}: {
  problem: CardOf<'problematica'>;
  aportaciones: CardOf<'aportacion'>[];
  team: Team | null;
}) {
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
      <Aportaciones problem={problem} list={aportaciones} team={team} />
    </CardView>
  );
}

/** Problemáticas: the timer, a school's own problemática, and everybody's aportaciones under each. */
export function ProblemsPanel() {
  const { snapshot } = useMeeting();
  // Activities 21-22: this device may look at one team's aportaciones at a time.
  const [team, setTeam] = useState<Team | null>(null);
  const byParent = new Map<string, CardOf<'aportacion'>[]>();
  for (const a of snapshot.byKind.aportacion) byParent.set(a.parentId, [...(byParent.get(a.parentId) ?? []), a]);
  const problemIds = new Set(snapshot.byKind.problematica.map((p) => p.id));
  const orphans = snapshot.byKind.aportacion.filter((a) => !problemIds.has(a.parentId));
  return (
    <>
      <TimerBox />
      <StarBudgetBox />
      <ProblemForm />
      <AportacionTeamFilter aportaciones={snapshot.byKind.aportacion} team={team} onChange={setTeam} />
      <CardWall
        cards={snapshot.byKind.problematica}
        label={t.panels.problematicas}
        render={(p) => <ProblemCard problem={p} aportaciones={byParent.get(p.id) ?? []} team={team} />}
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
