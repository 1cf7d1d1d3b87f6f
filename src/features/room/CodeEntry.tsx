// A pairing code typed or pasted, or read by the camera: the same submit either way.
import { lazy, Suspense, useId, useState, type FormEvent } from 'react';
import { common } from '../../i18n/common';

const Scanner = lazy(() => import('./Scanner'));

interface Props {
  label: string;
  submitLabel: string;
  scanLabel: string;
  error: string | null;
  busy: boolean;
  onSubmit: (code: string) => void;
  /** Opened to scan at once (the room bar's button): the camera section open and the camera on. */
  scanNow?: boolean;
}

export function CodeEntry({ label, submitLabel, scanLabel, error, busy, onSubmit, scanNow = false }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim()) onSubmit(text);
  };
  return (
    <div className="code-entry">
      <details open={scanNow || undefined}>
        <summary>{scanLabel}</summary>
        <Suspense fallback={<p>{common.loading}</p>}>
          <Scanner onCode={onSubmit} autoStart={scanNow} />
        </Suspense>
      </details>
      <form onSubmit={submit} className="form">
        <div className={`field${error ? ' has-error' : ''}`}>
          <label htmlFor={id}>{label}</label>
          <textarea
            id={id}
            rows={3}
            value={text}
            spellCheck={false}
            autoCapitalize="off"
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => setText(e.target.value)}
          />
          {error && (
            <p className="error" id={`${id}-error`} role="alert">
              {error}
            </p>
          )}
        </div>
        <div className="actions">
          <button type="submit" disabled={busy}>
            {submitLabel}
          </button>
        </div>
      </form>
    </div>
  );
}
