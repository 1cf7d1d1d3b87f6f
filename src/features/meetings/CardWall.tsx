// A panel's list of cards (windowed when long) and the count of cards that arrived damaged.
import type { ReactNode } from 'react';
import type { Card } from '../../domain/meeting';
import { meetingText as t } from '../../i18n/meetings';
import { VirtualList } from '../../ui/VirtualList';
import { CardView } from './CardView';

const keyOf = (c: Card) => c.id;

export function CardWall<T extends Card>({
  cards,
  label,
  render,
  emptyText = t.emptyPanel,
}: {
  cards: readonly T[];
  label: string;
  render?: (card: T) => ReactNode;
  emptyText?: string;
}) {
  if (cards.length === 0) return <p className="empty">{emptyText}</p>;
  return (
    <VirtualList
      items={cards}
      getKey={keyOf}
      label={label}
      className="card-wall"
      renderItem={(card) => (render ? render(card) : <CardView card={card} />)}
    />
  );
}

export function InvalidNotice({ count }: { count: number | undefined }) {
  if (!count) return null;
  return (
    <p className="invalid-notice" role="status">
      {t.invalidCards(count)}
    </p>
  );
}

/** Bad side-map values that were ignored (V4): the cards show, this says what was dropped. */
export function DamagedNotice({ text }: { text: string }) {
  if (!text) return null;
  return (
    <p className="invalid-notice" role="status">
      {text}
    </p>
  );
}
