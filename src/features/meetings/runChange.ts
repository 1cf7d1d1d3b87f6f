// Runs a change to the meeting document and turns a refused write into a Spanish notice
// instead of a crash (the forms validate first; this is the last guard).
import { notify } from '../../ui/notify';
import { meetingText as t } from '../../i18n/meetings';
import { integrityText } from '../../i18n/meetingIntegrity';
import { MeetingInputError } from '../../meeting/model';
import { starText } from '../../i18n/stars';
import { followUpText } from '../../i18n/followUp';

export function runChange(change: () => void): boolean {
  try {
    change();
    return true;
  } catch (err) {
    console.error('Cambio rechazado', err);
    const code = err instanceof MeetingInputError ? err.code : null;
    const text =
      code === 'noStarsLeft'
        ? starText.noneLeft
        : code === 'notYourCommitment'
          ? followUpText.review.refused
          : code === 'notYourCard' || code === 'notJoined' || code === 'reasonRequired'
            ? integrityText.refused[code]
            : t.saveFailed;
    notify({ text, tone: 'error' });
    return false;
  }
}
