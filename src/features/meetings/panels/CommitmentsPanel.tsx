import { useState } from 'react';
import { isIsoDate, TEAMS, type CardOf, type Team } from '../../../domain/meeting';
import { addCard } from '../../../meeting/model';
import { formatDate } from '../../../i18n/common';
import { meetingText as t } from '../../../i18n/meetings';
import { commitmentCardText as c } from '../../../i18n/meetingCommitments';
import { SelectField, TextArea, TextField } from '../../../ui/Field';
import { AddCardForm } from '../AddCardForm';
import { CardView } from '../CardView';
import { CardWall } from '../CardWall';
import { useMeeting } from '../MeetingContext';
import { NoticeActions } from './NoticeActions';

const GROUPS: (Team | null)[] = [...TEAMS, null];
const labelOf = (team: Team | null) => (team === null ? t.wholeGroup : t.team(team));

type Field = 'responsible' | 'dueDate' | 'showResults';

function CommitmentCard({ card }: { card: CardOf<'compromiso'> }) {
  return (
    <CardView card={card}>
      {card.responsible && card.dueDate ? (
        <p className="card-detail">
          <strong>{c.summary(card.responsible, formatDate(card.dueDate))}</strong>
          {card.showResults && (
            <>
              <br />
              {c.results}: {card.showResults}
            </>
          )}
        </p>
      ) : (
        <p className="card-detail muted">{c.missing}</p>
      )}
    </CardView>
  );
}

/** Each team's commitments as short statements (who, by when, how results are shown), grouped so everyone can read them. */
export function CommitmentsPanel() {
  const { doc, snapshot, writer } = useMeeting();
  const [team, setTeam] = useState<Team | null>(1);
  const [fields, setFields] = useState<Record<Field, string>>({ responsible: '', dueDate: '', showResults: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const set = (f: Field, v: string) => {
    setFields((d) => ({ ...d, [f]: v }));
    if (errors[f]) setErrors((e) => ({ ...e, [f]: undefined }));
  };

  function validate(): boolean {
    const e: Partial<Record<Field, string>> = {};
    if (!fields.responsible.trim()) e.responsible = c.required;
    if (!fields.dueDate) e.dueDate = c.required;
    else if (!isIsoDate(fields.dueDate)) e.dueDate = c.dateShape;
    if (!fields.showResults.trim()) e.showResults = c.required;
    setErrors(e);
    return Object.keys(e).length === 0;
  }

  return (
    <>
      <AddCardForm
        draftName="compromiso"
        validate={validate}
        onAdd={(text, writer) => {
          addCard(doc, { kind: 'compromiso', team, text, ...fields }, writer, Date.now());
          setFields({ responsible: '', dueDate: '', showResults: '' });
        }}
      >
        <SelectField
          label={t.commitment.team}
          value={team === null ? '' : String(team)}
          onChange={(e) => setTeam(e.target.value ? (Number(e.target.value) as Team) : null)}
          options={GROUPS.map((g) => ({ value: g === null ? '' : String(g), label: labelOf(g) }))}
        />
        <TextField
          label={c.responsible}
          hint={c.responsibleHint}
          value={fields.responsible}
          onChange={(e) => set('responsible', e.target.value)}
          error={errors.responsible}
          maxLength={200}
          required
        />
        {writer && fields.responsible.trim() !== writer.author ? (
          // Activity 30: most commitments are personal; one tap names the person writing.
          <p className="actions">
            <button type="button" className="secondary" onClick={() => set('responsible', writer.author)}>
              {c.mine(writer.author)}
            </button>
          </p>
        ) : null}
        <TextField
          label={c.dueDate}
          type="date"
          value={fields.dueDate}
          onChange={(e) => set('dueDate', e.target.value)}
          error={errors.dueDate}
          required
        />
        <TextArea
          label={c.showResults}
          hint={c.showResultsHint}
          value={fields.showResults}
          onChange={(e) => set('showResults', e.target.value)}
          error={errors.showResults}
          maxLength={1000}
          rows={2}
          required
        />
      </AddCardForm>
      {GROUPS.map((g) => {
        const cards = snapshot.byKind.compromiso.filter((card) => card.team === g);
        if (!cards.length) return null;
        return (
          <section key={String(g)} aria-labelledby={`commit-${String(g)}`}>
            <h3 id={`commit-${String(g)}`}>{labelOf(g)}</h3>
            <CardWall cards={cards} label={labelOf(g)} render={(card) => <CommitmentCard card={card} />} />
          </section>
        );
      })}
      {snapshot.byKind.compromiso.length === 0 && <p className="empty">{t.emptyPanel}</p>}
      <NoticeActions />
    </>
  );
}
