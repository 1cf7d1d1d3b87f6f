// "Nueva tarjeta": one text field and a button; what kind of card it makes is the caller's choice.
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { meetingText as t } from '../../i18n/meetings';
import { TextArea } from '../../ui/Field';
import { useMeeting } from './MeetingContext';
import { runChange } from './run';
import type { Writer } from '../../meeting/model';

interface Props {
  label?: string;
  /** Writes the card; called only with non-empty text and a known writer. */
  onAdd: (text: string, writer: Writer) => void;
  children?: ReactNode;
  submitLabel?: string;
  /** Checks the caller's extra fields (and shows their errors); false stops the submit. */
  validate?: () => boolean;
}

export function AddCardForm({ label = t.newCard, onAdd, children, submitLabel = t.addCard, validate }: Props) {
  const { writer } = useMeeting();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  // Tried to add without a name: the one notice below turns into the error (never shown twice).
  const [nameAsked, setNameAsked] = useState(false);
  const hintId = useId();

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!writer) {
      setNameAsked(true);
      // The name is asked once, at the top of the meeting: take the teacher there.
      document.querySelector<HTMLInputElement>('[data-author-field]')?.focus();
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
      setText('');
      setError(undefined);
    }
  }

  return (
    <form className="add-card" onSubmit={submit} noValidate aria-describedby={writer ? undefined : hintId}>
      {children}
      <TextArea label={label} value={text} onChange={(e) => setText(e.target.value)} error={error} maxLength={5000} rows={2} />
      {!writer && (
        <p className={nameAsked ? 'error' : 'hint'} id={hintId} role={nameAsked ? 'alert' : undefined}>
          {t.authorMissing}
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
