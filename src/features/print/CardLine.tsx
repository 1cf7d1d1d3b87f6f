// One card on paper: its text, stars, author with their roles and school, struck through when annulled.
import { createContext, useContext, type ReactNode } from 'react';
import type { Card } from '../../domain/meeting';
import { rolesOfPerson, type MeetingRoles } from '../../meeting/roles';
import { roleText } from '../../i18n/agenda';
import { meetingText as m } from '../../i18n/meetings';

export const RolesContext = createContext<MeetingRoles | null>(null);

export function CardLine({ card, children }: { card: Card; children?: ReactNode }) {
  const roles = useContext(RolesContext);
  const held = roles ? rolesOfPerson(roles, card.school.cct, card.author) : [];
  return (
    <li className={card.annulled ? 'print-card print-annulled-entry' : 'print-card'}>
      <span className={card.annulled ? 'print-annulled print-text' : 'print-text'}>{card.text}</span>
      {card.stars.length > 0 && <strong className="print-stars"> ★ {m.starsCount(card.stars.length)}</strong>}
      <span className="print-byline">
        {' '}
        — {card.author}
        {held.length ? ` (${held.map((r) => roleText[r]).join(', ')})` : ''}, {card.school.name}
        {card.annulled && ` (${m.annulled})`}
      </span>
      {children}
    </li>
  );
}

export const cardList = (cards: Card[]) => (
  <ul className="print-cards">
    {cards.map((c) => (
      <CardLine key={c.id} card={c} />
    ))}
  </ul>
);
