// "Nueva tarjeta": one text field and a button; what kind of card it makes is the caller's choice.
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { meetingText as t } from '../../i18n/meetings';
import { integrityText } from '../../i18n/meetingIntegrity';
import { TextArea } from '../../ui/Field';
import { useMeeting } from './MeetingContext';
import { runChange } from './runChange';
import type { Writer } from '../../meeting/model';
import { draftLabel } from '../../domain/draft';
import { DraftNotice } from '../../ui/DraftNotice';
import { useDurableDraft } from '../../ui/useDurableDraft';

interface Props {
  label?: string;
  /** Writes the card; called only with non-empty text and a known writer. */
  onAdd: (text: string, writer: Writer) => void;
  children?: ReactNode;
  submitLabel?: string;
  /** Checks the caller's extra fields (and shows their errors); false stops the submit. */
  validate?: () => boolean;
  /** Tells this form's draft from the other forms of the meeting (defaults to the label). */
  draftName?: string;
}

export function AddCardForm({ label = t.newCard, onAdd, children, submitLabel = t.addCard, validate, draftName = label }: Props) {
  const { writer, snapshot, mySchool } = useMeeting();
  // M13: a school adds cards only after it joins (the model refuses too).
  const joined = snapshot.schools.some((s) => s.cct === mySchool.cct);
  const blocker = !joined ? integrityText.notJoined(mySchool.name) : !writer ? t.authorMissing : null;
  const [text, setText] = useState('');
  const meetingId = snapshot.meta?.id;
  const kept = useDurableDraft({
    key: meetingId ? { form: 'meetingCard', recordId: `${meetingId}/${draftName}`, version: 0 } : null,
    value: text,
    initial: '',
    apply: setText,
    label: (v) => draftLabel(v),
  });
  const [error, setError] = useState<string | undefined>();
  // Tried to add without a name: the one notice below turns into the error (never shown twice).
  const [nameAsked, setNameAsked] = useState(false);
  const hintId = useId();

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!writer || blocker) {
      setNameAsked(true);
      // The name is asked once, at the top of the meeting: take the teacher there.
      if (!writer) document.querySelector<HTMLInputElement>('[data-author-field]')?.focus();
      return;
    }
    const extrasOk = validate ? validate() : true;
    if (!text.trim()) {
      setError(t.errors.required);
      return;
    }
    setError(undefined);
    if (!extrasOk) return;
    if (runChange(() => onAdd(text, writer))) {
      // The card is in the meeting's own document (another database): the draft goes right after.
      kept.clear();
      setText('');
      setError(undefined);
    }
  }

  return (
    <form className="add-card" onSubmit={submit} noValidate aria-describedby={blocker ? hintId : undefined}>
      <DraftNotice draft={kept} />
      {children}
      <TextArea label={label} value={text} onChange={(e) => setText(e.target.value)} error={error} maxLength={5000} rows={2} />
      {blocker && (
        <p className={nameAsked ? 'error' : 'hint'} id={hintId} role={nameAsked ? 'alert' : undefined}>
          {blocker}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="small">
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
