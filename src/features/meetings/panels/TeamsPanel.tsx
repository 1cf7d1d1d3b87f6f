// Equipos 1-4: each team's notes on its rubros of the class video; a note can say which tabla
// card it coincides with (activity 13) or answer one of the moderator's questions (26-29).
import { TEAM_PROMPTS, TEAMS, type CardOf, type Team } from '../../../domain/meeting';
import { meetingText as t } from '../../../i18n/meetings';
import { teamWorkText as w } from '../../../i18n/teamWork';
import { CardView } from '../CardView';
import { CardWall } from '../CardWall';
import { useMeeting } from '../MeetingContext';
import { ModeratorView } from './ModeratorView';
import { shortText, teamColumnLabels, TeamNoteForm } from './TeamNoteForm';

function TeamNote({ card }: { card: CardOf<'equipo'> }) {
  const { snapshot } = useMeeting();
  const target = card.coincidesWith ? snapshot.byKind.tabla.find((c) => c.id === card.coincidesWith) : undefined;
  return (
    <CardView card={card}>
      {card.prompt && <p className="card-kind">{w.prompts[card.prompt]}</p>}
      {card.coincidesWith && <p className="card-kind coincides">{target ? w.coincidesWith(shortText(target.text)) : w.coincidesMissing}</p>}
    </CardView>
  );
}

function Team({ team }: { team: Team }) {
  const { snapshot } = useMeeting();
  const notes = snapshot.byKind.equipo.filter((c) => c.team === team);
  return (
    <section aria-labelledby={`team-${team}`} className="column">
      <h3 id={`team-${team}`}>{t.team(team)}</h3>
      <ul className="topics">
        {t.teamTopics[team].map((topic) => (
          <li key={topic}>{topic}</li>
        ))}
      </ul>
      <details className="worksheet">
        <summary>{w.worksheet}</summary>
        <p className="hint">{w.worksheetHint}</p>
        <ol>
          {TEAM_PROMPTS.map((p) => (
            <li key={p}>
              {w.prompts[p]} <span className="muted">({w.answers(notes.filter((c) => c.prompt === p).length)})</span>
            </li>
          ))}
        </ol>
      </details>
      <TeamNoteForm team={team} {...teamColumnLabels(team)} />
      <CardWall cards={notes} label={t.team(team)} render={(c) => <TeamNote card={c} />} />
    </section>
  );
}

/** Equipos 1-4, each with its two rubros from the guide about the class video. */
export function TeamsPanel() {
  return (
    <>
      <ModeratorView />
      <div className="columns">
        {TEAMS.map((team) => (
          <Team key={team} team={team} />
        ))}
      </div>
    </>
  );
}
