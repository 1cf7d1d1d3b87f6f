// Activity 27: a moderator per team. The moderator of a team sees, in one place, the worksheet's
// questions with what the team has answered to each, the team's aportaciones to every problemática
// (activities 21-22), and writes the team's next answer. Which team is shown is this device's view,
// never synced; it opens on the team the person writing moderates (roles, A6).
import { useState } from 'react';
import { TEAM_PROMPTS, TEAMS, type Card, type Team } from '../../../domain/meeting';
import { teamModeratedBy } from '../../../meeting/roles';
import { meetingText as t } from '../../../i18n/meetings';
import { moderatorText as m } from '../../../i18n/moderator';
import { teamWorkText as w } from '../../../i18n/teamWork';
import { SelectField } from '../../../ui/Field';
import { useMeeting } from '../MeetingContext';
import { shortText, TeamNoteForm } from './TeamNoteForm';

const byLine = (c: Card) => `${c.author}, ${c.school.name}`;

function TeamSheet({ team }: { team: Team }) {
  const { snapshot, roles } = useMeeting();
  const moderator = roles.moderators.get(team);
  const notes = snapshot.byKind.equipo.filter((c) => c.team === team && !c.annulled);
  const aportaciones = snapshot.byKind.aportacion.filter((a) => a.team === team && !a.annulled);
  const problems = snapshot.byKind.problematica.filter((p) => aportaciones.some((a) => a.parentId === p.id));
  const firstOpen = TEAM_PROMPTS.find((p) => !notes.some((c) => c.prompt === p)) ?? '';
  return (
    <>
      <p>{moderator ? m.moderatedBy(moderator.author, moderator.schoolName) : m.noModerator(team)}</p>
      <h4>{m.questions}</h4>
      <ol className="moderation-questions">
        {TEAM_PROMPTS.map((p) => {
          const answers = notes.filter((c) => c.prompt === p);
          return (
            <li key={p}>
              <strong>{w.prompts[p]}</strong> <span className="muted">({w.answers(answers.length)})</span>
              {answers.length > 0 && (
                <ul>
                  {answers.map((c) => (
                    <li key={c.id}>
                      {c.text} <span className="muted">— {byLine(c)}</span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
      {/* Keyed by team: the next question to answer is picked again when the team changes. */}
      <TeamNoteForm
        key={team}
        team={team}
        label={m.answerLabel(team)}
        fieldLabels={{ prompt: m.promptLabel, coincides: m.coincidesLabel }}
        defaultPrompt={firstOpen}
      />
      <h4>{m.aportaciones(team)}</h4>
      {problems.length === 0 ? (
        <p className="empty">{m.noAportaciones(team)}</p>
      ) : (
        problems.map((p) => (
          <section key={p.id} aria-label={m.about(shortText(p.text))}>
            <p>
              <strong>{m.about(shortText(p.text))}</strong> <span className="muted">({t.problem.presentedBy(p.school.name)})</span>
            </p>
            <ul>
              {aportaciones
                .filter((a) => a.parentId === p.id)
                .map((a) => (
                  <li key={a.id}>
                    {t.problem.aportacionKinds[a.aportacionKind]}: {a.text} <span className="muted">— {byLine(a)}</span>
                  </li>
                ))}
            </ul>
          </section>
        ))
      )}
    </>
  );
}

export function ModeratorView() {
  const { writer, roles } = useMeeting();
  const mine = writer ? teamModeratedBy(roles, writer.school.cct, writer.author) : null;
  // undefined: not chosen on this device yet, so it follows the role as it arrives.
  const [picked, setPicked] = useState<Team | null | undefined>(undefined);
  const team = picked === undefined ? mine : picked;
  return (
    <section className="card moderation" id="equipos-moderacion" aria-labelledby="equipos-moderacion-title" tabIndex={-1}>
      <h3 id="equipos-moderacion-title">{m.heading}</h3>
      <p className="hint">{m.hint}</p>
      <SelectField
        label={m.viewLabel}
        value={team === null ? '' : String(team)}
        onChange={(e) => setPicked(e.target.value ? (Number(e.target.value) as Team) : null)}
        options={[{ value: '', label: m.none }, ...TEAMS.map((n) => ({ value: String(n), label: t.team(n) }))]}
      />
      {team !== null && <TeamSheet team={team} />}
    </section>
  );
}
