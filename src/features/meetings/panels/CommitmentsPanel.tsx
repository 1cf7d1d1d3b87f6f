import { useState } from 'react';
import { TEAMS, type Team } from '../../../domain/meeting';
import { addCard } from '../../../meeting/model';
import { meetingText as t } from '../../../i18n/meetings';
import { SelectField } from '../../../ui/Field';
import { AddCardForm } from '../AddCardForm';
import { CardWall } from '../CardWall';
import { useMeeting } from '../MeetingContext';

const GROUPS: (Team | null)[] = [...TEAMS, null];
const labelOf = (team: Team | null) => (team === null ? t.wholeGroup : t.team(team));

/** Each team's commitments as short statements, grouped so everyone can read them. */
export function CommitmentsPanel() {
  const { doc, snapshot } = useMeeting();
  const [team, setTeam] = useState<Team | null>(1);
  return (
    <>
      <AddCardForm draftName="compromiso" onAdd={(text, writer) => addCard(doc, { kind: 'compromiso', team, text }, writer, Date.now())}>
        <SelectField
          label={t.commitment.team}
          value={team === null ? '' : String(team)}
          onChange={(e) => setTeam(e.target.value ? (Number(e.target.value) as Team) : null)}
          options={GROUPS.map((g) => ({ value: g === null ? '' : String(g), label: labelOf(g) }))}
        />
      </AddCardForm>
      {GROUPS.map((g) => {
        const cards = snapshot.byKind.compromiso.filter((c) => c.team === g);
        if (!cards.length) return null;
        return (
          <section key={String(g)} aria-labelledby={`commit-${String(g)}`}>
            <h3 id={`commit-${String(g)}`}>{labelOf(g)}</h3>
            <CardWall cards={cards} label={labelOf(g)} />
          </section>
        );
      })}
      {snapshot.byKind.compromiso.length === 0 && <p className="empty">{t.emptyPanel}</p>}
    </>
  );
}
