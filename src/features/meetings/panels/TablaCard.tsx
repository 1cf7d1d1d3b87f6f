// A card of the tabla de tres columnas, saying what it adds when it is not an idea of activity 7:
// a plenary comment after the video (activity 11) and the card it is about.
import type { CardOf } from '../../../domain/meeting';
import { tablaWorkText as w } from '../../../i18n/tablaWork';
import { CardView } from '../CardView';
import { useMeeting } from '../MeetingContext';

export function TablaCard({ card }: { card: CardOf<'tabla'> }) {
  const { snapshot } = useMeeting();
  const target = card.about ? snapshot.byKind.tabla.find((c) => c.id === card.about) : undefined;
  return (
    <CardView card={card}>
      {card.contribution === 'plenaria' && <p className="card-kind">{w.plenary.badge}</p>}
      {card.about && <p className="card-kind coincides">{target ? w.about(target.text) : w.aboutMissing}</p>}
    </CardView>
  );
}
