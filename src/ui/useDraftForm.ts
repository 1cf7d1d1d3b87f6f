// The submit flow every form shares: validate, show errors and focus the first wrong field, then
// save once with a busy state; a failed save shows its Spanish message and keeps the draft, so
// nothing typed is lost.
import { useRef, useState, type FormEvent } from 'react';
import { common } from '../i18n/common';
import { focusFirstError } from './focusFirstError';

export function useDraftForm<D, E extends object>(initial: D | (() => D), validate: (draft: D) => E, save: (draft: D) => Promise<void>) {
  const [draft, setDraft] = useState<D>(initial);
  const [errors, setErrors] = useState<E>({} as E);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const set = <K extends keyof D>(key: K, value: D[K]) => setDraft((d) => ({ ...d, [key]: value }));

  /** `prepare` turns the draft into what is validated and saved (e.g. text split into lines). */
  async function submit(e: FormEvent, prepare: (d: D) => D = (d) => d) {
    e.preventDefault();
    const full = prepare(draft);
    const found = validate(full);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setError(common.fixErrors);
      focusFirstError(formRef.current);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await save(full);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  }

  return { draft, setDraft, set, errors, error, busy, formRef, submit };
}
