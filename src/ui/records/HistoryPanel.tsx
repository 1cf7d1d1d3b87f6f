import type { ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { listHistory } from '../../db/records';
import type { RecordKind } from '../../domain/record';
import { formatDateTime, recordText as t } from '../../i18n/records';

/** Every saved version of an entry, newest first, each expandable to read it as it was. */
export function HistoryPanel<T>({ kind, recordId, render }: { kind: RecordKind; recordId: string; render: (snapshot: T) => ReactNode }) {
  const history = useLiveQuery(() => listHistory(kind, recordId), [kind, recordId]);
  if (!history) return null;
  return (
    <section className="card" aria-labelledby={`hist-${recordId}`}>
      <h2 id={`hist-${recordId}`}>{t.history(history.length)}</h2>
      <p className="hint">{t.historyExplain}</p>
      <ul className="history-list">
        {history.map((h, i) => (
          <li key={h.version}>
            <details>
              <summary>
                {t.version(h.version, h.action, formatDateTime(h.savedAt))} {i === 0 ? t.current : ''}
              </summary>
              <div className="snapshot">{render(h.snapshot as T)}</div>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
