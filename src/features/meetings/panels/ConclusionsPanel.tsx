// Conclusiones, preceded by the three questions the group answers first (activity 14): one list of
// answer cards per question, then the conclusions that become the group's commitments (15-16).
import { GROUP_QUESTIONS, type GroupQuestion } from '../../../domain/meeting';
import { addCard } from '../../../meeting/model';
import { meetingText as t } from '../../../i18n/meetings';
import { groupQuestionsText as q } from '../../../i18n/groupQuestions';
import { AddCardForm } from '../AddCardForm';
import { CardWall } from '../CardWall';
import { useMeeting } from '../MeetingContext';

function Question({ question, n }: { question: GroupQuestion; n: number }) {
  const { doc, snapshot } = useMeeting();
  const answers = snapshot.byKind.conclusion.filter((c) => c.question === question);
  const live = answers.filter((c) => !c.annulled).length;
  return (
    <li className="group-question">
      <h4 id={`pregunta-${question}`}>{q.questions[question]}</h4>
      <p className="muted">{q.answers(live)}</p>
      <AddCardForm
        label={q.answerLabel(n)}
        draftName={`pregunta-${question}`}
        submitLabel={q.addAnswer}
        onAdd={(text, writer) => addCard(doc, { kind: 'conclusion', question, text }, writer, Date.now())}
      />
      {answers.length > 0 && <CardWall cards={answers} label={q.questions[question]} />}
    </li>
  );
}

export function ConclusionsPanel() {
  const { doc, snapshot } = useMeeting();
  return (
    <>
      <section id="conclusiones-preguntas" aria-labelledby="conclusiones-preguntas-title" className="tabla-extra" tabIndex={-1}>
        <h3 id="conclusiones-preguntas-title">{q.heading}</h3>
        <p className="hint">{q.hint}</p>
        <ol className="group-questions">
          {GROUP_QUESTIONS.map((question, i) => (
            <Question key={question} question={question} n={i + 1} />
          ))}
        </ol>
      </section>
      <section aria-labelledby="conclusiones-title">
        <h3 id="conclusiones-title">{q.conclusionsHeading}</h3>
        <AddCardForm draftName="conclusion" onAdd={(text, writer) => addCard(doc, { kind: 'conclusion', text }, writer, Date.now())} />
        <CardWall cards={snapshot.byKind.conclusion.filter((c) => !c.question)} label={t.panels.conclusiones} />
      </section>
    </>
  );
}
