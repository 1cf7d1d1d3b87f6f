// Equipos 1-4: each team's notes on its rubros of the class video; a note can say which tabla
// card it coincides with (activity 13) or answer one of the moderator's questions (26-29).
import { useState } from 'react';
import { TEAM_PROMPTS, TEAMS, type CardOf, type Team, type TeamPrompt } from '../../../domain/meeting';
import { addCard } from '../../../meeting/model';
import { meetingText as t } from '../../../i18n/meetings';
import { teamWorkText as w } from '../../../i18n/teamWork';
import { SelectField } from '../../../ui/Field';
import { AddCardForm } from '../AddCardForm';
import { CardView } from '../CardView';
import { CardWall } from '../CardWall';
import { useMeeting } from '../MeetingContext';

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

function TeamNote({ card }: { card: CardOf<'equipo'> }) {
  const { snapshot } = useMeeting();
  const target = card.coincidesWith ? snapshot.byKind.tabla.find((c) => c.id === card.coincidesWith) : undefined;
  return (
    <CardView card={card}>
      {card.prompt && <p className="card-kind">{w.prompts[card.prompt]}</p>}
      {card.coincidesWith && <p className="card-kind coincides">{target ? w.coincidesWith(short(target.text)) : w.coincidesMissing}</p>}
    </CardView>
  );
}

function Team({ team }: { team: Team }) {
  const { doc, snapshot } = useMeeting();
  const [coincides, setCoincides] = useState('');
  const [prompt, setPrompt] = useState<TeamPrompt | ''>('');
  const notes = snapshot.byKind.equipo.filter((c) => c.team === team);
  const tabla = snapshot.byKind.tabla.filter((c) => !c.annulled);
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
      <AddCardForm
        label={`${t.newCard}: ${t.team(team)}`}
        onAdd={(text, writer) =>
          addCard(
            doc,
            { kind: 'equipo', team, text, coincidesWith: coincides || undefined, prompt: prompt || undefined },
            writer,
            Date.now(),
          )
        }
      >
        <SelectField
          label={`${w.promptLabel} (${t.team(team)})`}
          value={prompt}
          onChange={(e) => setPrompt(e.target.value as TeamPrompt | '')}
          options={[{ value: '', label: w.freeNote }, ...TEAM_PROMPTS.map((p) => ({ value: p, label: w.prompts[p] }))]}
        />
        <SelectField
          label={`${w.coincidesLabel} (${t.team(team)})`}
          value={coincides}
          onChange={(e) => setCoincides(e.target.value)}
          options={[{ value: '', label: w.noCoincidence }, ...tabla.map((c) => ({ value: c.id, label: short(c.text) }))]}
        />
      </AddCardForm>
      <CardWall cards={notes} label={t.team(team)} render={(c) => <TeamNote card={c} />} />
    </section>
  );
}

/** Equipos 1-4, each with its two rubros from the guide about the class video. */
export function TeamsPanel() {
  return (
    <div className="columns">
      {TEAMS.map((team) => (
        <Team key={team} team={team} />
      ))}
    </div>
  );
}
