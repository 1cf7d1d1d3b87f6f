// A labelled file input for meeting files; reports success or the Spanish reason it was refused.
import { useId, useState, type ChangeEvent } from 'react';
import { fileErrorMessage } from './fileExchange';

interface Props {
  label: string;
  hint?: string;
  onFile: (file: File) => Promise<string>;
}

export function ImportButton({ label, hint, onFile }: Props) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  async function change(e: ChangeEvent<HTMLInputElement>) {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setResult(null);
    try {
      setResult({ ok: true, text: await onFile(file) });
    } catch (err) {
      console.error('Archivo rechazado', err);
      setResult({ ok: false, text: fileErrorMessage(err) });
    } finally {
      setBusy(false);
      input.value = ''; // the same file can be chosen again
    }
  }

  return (
    <div className="field import-field">
      <label htmlFor={id} className="button secondary file-button">
        {label}
      </label>
      <input
        id={id}
        type="file"
        className="visually-hidden-file"
        onChange={change}
        disabled={busy}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {result && (
        <p className={result.ok ? 'form-success' : 'form-error'} role={result.ok ? 'status' : 'alert'}>
          {result.text}
        </p>
      )}
    </div>
  );
}
