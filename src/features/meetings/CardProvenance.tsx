// What a card says about who changed it (M10-M13): the last editor when it is not the author, an
// annulment's author and reason, writing from outside the card's school, a school that never joined.
import type { Card } from '../../domain/meeting';
import { voterKey } from '../../domain/meeting';
import { formatCardTime } from '../../i18n/meetings';
import { integrityText as t } from '../../i18n/meetingIntegrity';

const samePerson = (card: Card, by: NonNullable<Card['editedBy']>) =>
  by.school.cct === card.school.cct && voterKey(by.school, by.author) === voterKey(card.school, card.author);

export function CardProvenance({ card }: { card: Card }) {
  const editedBy = card.editedBy && !samePerson(card, card.editedBy) ? card.editedBy : null;
  const annulment = card.annulled && card.annulment ? card.annulment : null;
  if (!editedBy && !annulment && !card.foreignText && !card.annulIgnored && !card.schoolNotJoined) return null;
  return (
    <div className="card-provenance">
      {card.schoolNotJoined && <p className="badge badge-warning">{t.schoolNotJoined}</p>}
      {editedBy && <p className="card-byline">{t.editedBy(editedBy.author, editedBy.school.name, formatCardTime(editedBy.at))}</p>}
      {card.foreignText && <p className="card-byline warning">{t.foreignText[card.foreignText]}</p>}
      {annulment && <p className="card-byline">{t.annulledBy(annulment.author, annulment.school.name, annulment.reason)}</p>}
      {card.annulIgnored && <p className="card-byline warning">{t.annulIgnored}</p>}
    </div>
  );
}
