import { TABLE_COLUMNS } from '../../../domain/meeting';
import { addCard } from '../../../meeting/model';
import { meetingText as t } from '../../../i18n/meetings';
import { AddCardForm } from '../AddCardForm';
import { CardWall } from '../CardWall';
import { useMeeting } from '../MeetingContext';

/** Ya lo practicamos / aún no / por qué no: three columns side by side on wide screens. */
export function TablePanel() {
  const { doc, snapshot } = useMeeting();
  return (
    <div className="columns">
      {TABLE_COLUMNS.map((column) => (
        <section key={column} aria-labelledby={`col-${column}`} className="column">
          <h3 id={`col-${column}`}>{t.columns[column]}</h3>
          <AddCardForm
            label={`${t.newCard}: ${t.columns[column]}`}
            onAdd={(text, writer) => addCard(doc, { kind: 'tabla', column, text }, writer, Date.now())}
          />
          <CardWall cards={snapshot.byKind.tabla.filter((c) => c.column === column)} label={t.columns[column]} />
        </section>
      ))}
    </div>
  );
}
