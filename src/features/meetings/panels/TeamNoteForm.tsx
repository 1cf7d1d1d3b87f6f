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
  fieldLabels,
  defaultPrompt = '',
}: {
  team: Team;
  /** The note's field; it also names the form's draft. */
  label: string;
  /** The two choices' labels, told apart from every other team form on the screen. */
  fieldLabels: { prompt: string; coincides: string };
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
        label={fieldLabels.prompt}
        value={prompt}
        onChange={(e) => setPrompt(e.target.value as TeamPrompt | '')}
        options={[{ value: '', label: w.freeNote }, ...TEAM_PROMPTS.map((p) => ({ value: p, label: w.prompts[p] }))]}
      />
      <SelectField
        label={fieldLabels.coincides}
        value={coincides}
        onChange={(e) => setCoincides(e.target.value)}
        options={[{ value: '', label: w.noCoincidence }, ...tabla.map((c) => ({ value: c.id, label: shortText(c.text) }))]}
      />
    </AddCardForm>
  );
}

/** The labels of a team column's form (kept as they were: drafts are keyed by the note's). */
export const teamColumnLabels = (team: Team) => ({
  label: `${t.newCard}: ${t.team(team)}`,
  fieldLabels: { prompt: `${w.promptLabel} (${t.team(team)})`, coincides: `${w.coincidesLabel} (${t.team(team)})` },
});
