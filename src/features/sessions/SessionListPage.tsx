import { useLiveQuery } from 'dexie-react-hooks';
import { listSessions } from '../../db/sessions';
import type { CteSession } from '../../domain/session';
import { Link } from '../../ui/router';
import { common, formatDate } from '../../i18n/common';
import { sessionText as t } from '../../i18n/sessions';
import { UnsavedDrafts } from '../../ui/records/UnsavedDrafts';
import { RecordLink } from '../../ui/records/RecordLink';

export function sessionLabel(s: CteSession): string {
  return t.numberOrdinal(s.kind, s.number);
}

export default function SessionListPage() {
  const sessions = useLiveQuery(() => listSessions(), []);
  const byCiclo = new Map<string, CteSession[]>();
  for (const s of sessions ?? []) byCiclo.set(s.ciclo, [...(byCiclo.get(s.ciclo) ?? []), s]);

  return (
    <section>
      <div className="page-head">
        <h1>{t.listTitle}</h1>
        <Link to="/sesiones/nueva" className="button">
          + {t.newSession}
        </Link>
      </div>
      <UnsavedDrafts form="session" />
      {sessions === undefined && <p role="status">{common.loading}</p>}
      {sessions?.length === 0 && <p className="empty">{t.empty}</p>}
      {[...byCiclo].map(([ciclo, list]) => (
        <section key={ciclo} aria-labelledby={`ciclo-${ciclo}`}>
          <h2 id={`ciclo-${ciclo}`}>
            {t.ciclo} {ciclo}
          </h2>
          <ul className="item-list">
            {list.map((s) => (
              <li key={s.id}>
                <RecordLink
                  to={`/sesiones/${s.id}`}
                  title={sessionLabel(s)}
                  meta={`${formatDate(s.date)} · ${t.modalities[s.modality]}`}
                  annulled={!!s.annulled}
                />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
