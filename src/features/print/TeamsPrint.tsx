// The four teams on paper (activities 12-13, 26-29): each team with who moderates it (A6), then its
// notes, each saying which of the moderator's questions it answers and the tabla card it coincides
// with: what the moderator's view (panels/ModeratorView.tsx) showed, in the team's order of writing.
import { TEAMS, type CardOf } from '../../domain/meeting';
import type { MeetingRoles } from '../../meeting/roles';
import { meetingText as m } from '../../i18n/meetings';
import { moderatorText as mod } from '../../i18n/moderator';
import { teamWorkText as w } from '../../i18n/teamWork';
import { CardLine } from './CardLine';

function Note({ card, tabla }: { card: CardOf<'equipo'>; tabla: readonly CardOf<'tabla'>[] }) {
  const target = card.coincidesWith ? tabla.find((c) => c.id === card.coincidesWith) : undefined;
  const parts = [
    card.prompt ? `${w.promptLabel}: ${w.prompts[card.prompt]}` : null,
    card.coincidesWith ? (target ? w.coincidesWith(target.text) : w.coincidesMissing) : null,
  ];
  const said = parts.filter(Boolean).join('; ');
  return <CardLine card={card}>{said && <span className="print-byline"> ({said})</span>}</CardLine>;
}

export function TeamsPrint({
  notes,
  tabla,
  roles,
}: {
  notes: readonly CardOf<'equipo'>[];
  tabla: readonly CardOf<'tabla'>[];
  roles: MeetingRoles;
}) {
  return (
    <>
      {TEAMS.map((team) => {
        const cards = notes.filter((c) => c.team === team);
        const moderator = roles.moderators.get(team);
        if (!cards.length && !moderator) return null;
        return (
          <div key={team}>
            <h4>
              {m.team(team)}: {m.teamTopics[team].join('; ')}
            </h4>
            {moderator && <p className="print-byline">{mod.moderatedBy(moderator.author, moderator.schoolName)}</p>}
            {cards.length > 0 && (
              <ul className="print-cards">
                {cards.map((c) => (
                  <Note key={c.id} card={c} tabla={tabla} />
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </>
  );
}
