// Said inside an open card edit when the card changed on another device meanwhile: the teacher
// chooses to go on with their words or to take the saved ones; until then nothing is saved.
import { draftText } from '../../i18n/drafts';
import type { CardEdit } from './useCardEdit';
import { ActionRow } from '../../ui/ActionRow';

const t = draftText.cardEdit;

export function ChangedMeanwhile<V>({ edit, text }: { edit: CardEdit<V>; text: string }) {
  if (!edit.changedMeanwhile) return null;
  return (
    <div className="draft-notice draft-stale" role="alert">
      <p>{text}</p>
      <ActionRow
        actions={[
          { label: t.keepMine, onClick: edit.keepMine, small: true },
          { label: t.takeSaved, onClick: edit.takeSaved, small: true, secondary: true },
        ]}
      />
    </div>
  );
}
