import type { Card } from '../../../domain/meeting';
import { addCard } from '../../../meeting/model';
import { meetingText as t } from '../../../i18n/meetings';
import { AddCardForm } from '../AddCardForm';
import { CardWall } from '../CardWall';
import { useMeeting } from '../MeetingContext';

/** Normas and lluvia de ideas: one wall of plain cards. */
export function SimplePanel({ kind }: { kind: 'norma' | 'idea' }) {
  const { doc, snapshot } = useMeeting();
  const panel = kind === 'norma' ? 'normas' : 'lluvia';
  return (
    <>
      <AddCardForm draftName={kind} onAdd={(text, writer) => addCard(doc, { kind, text }, writer, Date.now())} />
      <CardWall<Card> cards={snapshot.byKind[kind]} label={t.panels[panel]} />
    </>
  );
}
