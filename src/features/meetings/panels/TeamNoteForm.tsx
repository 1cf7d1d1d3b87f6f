// A team's note: which of the moderator's questions it answers (activities 26-29) and which tabla
// card it coincides with (activity 13). Used in each team's column and in the moderator's view.
import { useState } from 'react';
import { TEAM_PROMPTS, type Team, type TeamPrompt } from '../../../domain/meeting';
import { addCard } from '../../../meeting/model';
import { meetingText as t } from '../../../i18n/meetings';
import { teamWorkText as w } from '../../../i18n/teamWork';
import { SelectField } from '../../../ui/Field';
import { AddCardForm } from '../AddCardForm';
import { useMeeting } from '../MeetingContext';

export const shortText = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

export function TeamNoteForm({
  team,
  label,
  where,
  defaultPrompt = '',
}: {
  team: Team;
  label: string;
  /** Tells this form's fields (and its draft) from the team column's. */
  where: string;
  defaultPrompt?: TeamPrompt | '';
}) {
  const { doc, snapshot } = useMeeting();
  const [coincides, setCoincides] = useState('');
  const [prompt, setPrompt] = useState<TeamPrompt | ''>(defaultPrompt);
  const tabla = snapshot.byKind.tabla.filter((c) => !c.annulled);
  return (
    <AddCardForm
      label={label}
      onAdd={(text, writer) =>
        addCard(doc, { kind: 'equipo', team, text, coincidesWith: coincides || undefined, prompt: prompt || undefined }, writer, Date.now())
      }
    >
      <SelectField
        label={`${w.promptLabel} (${where})`}
        value={prompt}
        onChange={(e) => setPrompt(e.target.value as TeamPrompt | '')}
        options={[{ value: '', label: w.freeNote }, ...TEAM_PROMPTS.map((p) => ({ value: p, label: w.prompts[p] }))]}
      />
      <SelectField
        label={`${w.coincidesLabel} (${where})`}
        value={coincides}
        onChange={(e) => setCoincides(e.target.value)}
        options={[{ value: '', label: w.noCoincidence }, ...tabla.map((c) => ({ value: c.id, label: shortText(c.text) }))]}
      />
    </AddCardForm>
  );
}

/** The label of the note field in a team's column (kept as it was: drafts are keyed by it). */
export const teamColumnLabel = (team: Team) => `${t.newCard}: ${t.team(team)}`;
