// The submit flow every form shares: validate, show errors and focus the first wrong field, then
// save once with a busy state; a failed save shows its Spanish message and keeps the draft, so
// nothing typed is lost. With `durable`, the draft is also kept on the device as it is typed
// (useDurableDraft); the caller's save clears it in the record's transaction (saveWithDraft).
import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import type { DraftKey } from '../domain/draft';
import { common } from '../i18n/common';
import { focusFirstError } from './focusFirstError';
import { useDurableDraft, type DurableDraft } from './useDurableDraft';

/** The keys of a draft whose values are text. */
type TextKey<D> = { [K in keyof D]: D[K] extends string ? K : never }[keyof D];

interface DurableForm<D, F> {
  key: DraftKey | null;
  label: (draft: D) => string;
  files?: { value: F[]; apply: (files: F[]) => void };
}

export function useDraftForm<D, E extends object, F = never>(
  initial: D | (() => D),
  validate: (draft: D) => E,
  save: (draft: D) => Promise<void>,
  durable?: DurableForm<D, F>,
) {
  const [first] = useState<D>(initial);
  const [draft, setDraft] = useState<D>(first);
  const [errors, setErrors] = useState<E>({} as E);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  // The record's version when the form opened: a live re-read after someone else's edit must not
  // make this draft belong to a version the teacher never saw.
  const [key] = useState(durable?.key ?? null);
  const kept: DurableDraft = useDurableDraft<D, F>({
    key,
    value: draft,
    initial: first,
    apply: setDraft,
    label: durable?.label ?? (() => ''),
    ...(durable?.files ? { files: durable.files } : {}),
  });

  const set = <K extends keyof D>(key: K, value: D[K]) => setDraft((d) => ({ ...d, [key]: value }));
  /** A text input's value and change handler for one text field of the draft: `<TextField {...text('title')} />`. */
  const text = (key: TextKey<D>) => ({
    value: draft[key] as string,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => set(key, e.target.value as D[TextKey<D>]),
  });

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
    kept.pause();
    try {
      await save(full);
      kept.stop();
    } catch (failure) {
      kept.resume();
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  }

  return { draft, setDraft, set, text, errors, error, busy, formRef, submit, kept };
}
