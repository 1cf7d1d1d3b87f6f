import { TEAMS } from '../../../domain/meeting';
import { addCard } from '../../../meeting/model';
import { meetingText as t } from '../../../i18n/meetings';
import { AddCardForm } from '../AddCardForm';
import { CardWall } from '../CardWall';
import { useMeeting } from '../MeetingContext';

/** Equipos 1-4, each with its two rubros from the guide about the class video. */
export function TeamsPanel() {
  const { doc, snapshot } = useMeeting();
  return (
    <div className="columns">
      {TEAMS.map((team) => (
        <section key={team} aria-labelledby={`team-${team}`} className="column">
          <h3 id={`team-${team}`}>{t.team(team)}</h3>
          <ul className="topics">
            {t.teamTopics[team].map((topic) => (
              <li key={topic}>{topic}</li>
            ))}
          </ul>
          <AddCardForm
            label={`${t.newCard}: ${t.team(team)}`}
            onAdd={(text, writer) => addCard(doc, { kind: 'equipo', team, text }, writer, Date.now())}
          />
          <CardWall cards={snapshot.byKind.equipo.filter((c) => c.team === team)} label={t.team(team)} />
        </section>
      ))}
    </div>
  );
}
