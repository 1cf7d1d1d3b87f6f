// The first part of the session on paper: the tabla de tres columnas, each column with the
// plenary's comments marked (activity 11) and the card each is about, then how to strengthen the
// ideas (activity 8); the answers to the three questions (activity 14) before the conclusions.
import { GROUP_QUESTIONS, TABLE_COLUMNS, type CardOf } from '../../domain/meeting';
import { groupQuestionsText as q } from '../../i18n/groupQuestions';
import { meetingText as m } from '../../i18n/meetings';
import { tablaWorkText as w } from '../../i18n/tablaWork';
import { CardLine, cardList } from './CardLine';

function Note({ card, all }: { card: CardOf<'tabla'>; all: readonly CardOf<'tabla'>[] }) {
  const target = card.about ? all.find((c) => c.id === card.about) : undefined;
  const parts = [
    card.contribution === 'plenaria' ? w.printPlenary : null,
    card.about ? (target ? w.about(target.text) : w.aboutMissing) : null,
  ];
  const said = parts.filter(Boolean).join('; ');
  return <CardLine card={card}>{said && <span className="print-byline"> ({said})</span>}</CardLine>;
}

export function TablaPrint({ cards }: { cards: readonly CardOf<'tabla'>[] }) {
  const inColumns = cards.filter((c) => c.contribution !== 'fortalecer');
  const proposals = cards.filter((c) => c.contribution === 'fortalecer');
  return (
    <>
      {TABLE_COLUMNS.map((col) => {
        const list = inColumns.filter((c) => c.column === col);
        return list.length ? (
          <div key={col}>
            <h4>{m.columns[col]}</h4>
            <ul className="print-cards">
              {list.map((c) => (
                <Note key={c.id} card={c} all={cards} />
              ))}
            </ul>
          </div>
        ) : null;
      })}
      {proposals.length > 0 && <h4>{w.strengthen.heading}</h4>}
      {(['practicadas', 'noPracticadas'] as const).map((col) => {
        const list = proposals.filter((c) => c.column === col);
        return list.length ? (
          <div key={col}>
            <p className="print-field">
              <strong>{w.strengthen[col]}:</strong>
            </p>
            <ul className="print-cards">
              {list.map((c) => (
                <Note key={c.id} card={c} all={cards} />
              ))}
            </ul>
          </div>
        ) : null;
      })}
    </>
  );
}

export function ConclusionsPrint({ cards }: { cards: CardOf<'conclusion'>[] }) {
  const conclusions = cards.filter((c) => !c.question);
  return (
    <>
      {GROUP_QUESTIONS.map((question) => {
        const answers = cards.filter((c) => c.question === question);
        return answers.length ? (
          <div key={question}>
            <h4>{q.questions[question]}</h4>
            {cardList(answers)}
          </div>
        ) : null;
      })}
      {conclusions.length > 0 && (
        <div>
          {conclusions.length < cards.length && <h4>{q.conclusionsHeading}</h4>}
          {cardList(conclusions)}
        </div>
      )}
    </>
  );
}
