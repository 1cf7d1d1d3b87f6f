// The aportaciones under one problemática: most starred first, each with its kind and the team that
// proposes it (activities 21-22); the panel may show one team's only.
import { useEffect, useState } from 'react';
import { APORTACION_KINDS, TEAMS, type AportacionKind, type CardOf, type Team } from '../../../domain/meeting';
import { addCard } from '../../../meeting/model';
import { meetingText as t } from '../../../i18n/meetings';
import { teamAportacionesText as w } from '../../../i18n/teamAportaciones';
import { SelectField } from '../../../ui/Field';
import { AddCardForm } from '../AddCardForm';
import { CardView } from '../CardView';
import { CardWall } from '../CardWall';
import { useMeeting } from '../MeetingContext';

export function Aportaciones({
  problem,
  list,
  team,
}: {
  problem: CardOf<'problematica'>;
  list: CardOf<'aportacion'>[];
  team: Team | null;
}) {
  const { doc } = useMeeting();
  const [kind, setKind] = useState<AportacionKind>('estrategia');
  // A new aportación goes to the team being looked at; the teacher may change it.
  const [byTeam, setByTeam] = useState<Team | null>(team);
  useEffect(() => setByTeam(team), [team]);
  // Most starred first; the top one(s) are marked "Destacada" (the guide: highlight the most relevant).
  const sorted = [...list].sort((a, b) => b.stars.length - a.stars.length);
  const top = sorted[0]?.stars.length ?? 0;
  const shown = team === null ? sorted : sorted.filter((a) => a.team === team);
  return (
    <section className="aportaciones" aria-label={`${t.problem.aportaciones}: ${problem.text.slice(0, 60)}`}>
      <h4>
        {t.problem.aportaciones} {team === null ? `(${list.length})` : w.shown(team, shown.length, list.length)}
      </h4>
      <CardWall
        cards={shown}
        label={t.problem.aportaciones}
        emptyText={team === null ? t.problem.noAportaciones : w.noneOfTeam(team)}
        render={(a) => (
          <CardView card={a} starrable highlighted={top > 0 && a.stars.length === top && !a.annulled}>
            <p className="card-kind">
              {t.problem.aportacionKinds[a.aportacionKind]}
              {a.team ? ` · ${w.team(a.team)}` : ''}
            </p>
          </CardView>
        )}
      />
      <AddCardForm
        label={t.problem.addAportacion}
        draftName={`aportacion/${problem.id}`}
        onAdd={(text, writer) =>
          addCard(
            doc,
            { kind: 'aportacion', parentId: problem.id, aportacionKind: kind, text, team: byTeam ?? undefined },
            writer,
            Date.now(),
          )
        }
      >
        <SelectField
          label={t.problem.aportacionKind}
          value={kind}
          onChange={(e) => setKind(e.target.value as AportacionKind)}
          options={APORTACION_KINDS.map((k) => ({ value: k, label: t.problem.aportacionKinds[k] }))}
        />
        <SelectField
          label={w.formLabel}
          value={byTeam === null ? '' : String(byTeam)}
          onChange={(e) => setByTeam(e.target.value ? (Number(e.target.value) as Team) : null)}
          options={[{ value: '', label: w.none }, ...TEAMS.map((n) => ({ value: String(n), label: w.team(n) }))]}
        />
      </AddCardForm>
    </section>
  );
}
