import { useLiveQuery } from 'dexie-react-hooks';
import { readSessionContents } from '../../db/sessionContents';
import { Link } from '../../ui/router';
import { common, formatDate } from '../../i18n/common';
import { commitmentText } from '../../i18n/commitments';
import { evidenceText } from '../../i18n/evidences';
import { printText } from '../../i18n/print';
import { recordText } from '../../i18n/records';
import { sessionText as t } from '../../i18n/sessions';

interface Row {
  id: string;
  to: string;
  title: string;
  meta: string;
  annulled: boolean;
}

/** One kind of entry of the session: a titled list of links, or a line saying there is none yet. */
function Part({ id, title, rows, empty }: { id: string; title: string; rows: Row[]; empty: string }) {
  return (
    <section className="session-part" aria-labelledby={id}>
      <h3 id={id}>
        {title} ({rows.length})
      </h3>
      {rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="item-list">
          {rows.map((r) => (
            <li key={r.id}>
              <Link to={r.to} className={r.annulled ? 'item struck' : 'item'}>
                <span className="item-title">{r.title}</span>
                <span className="item-meta">
                  {r.annulled ? `${recordText.annulled} · ` : ''}
                  {r.meta}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** What the session holds: its prácticas, evidencias, problemáticas, compromisos and acuerdos. */
export function SessionContents({ sessionId }: { sessionId: string }) {
  const c = useLiveQuery(() => readSessionContents(sessionId), [sessionId]);
  if (!c) return <p role="status">{common.loading}</p>;
  return (
    <section className="card" aria-labelledby="session-contents">
      <h2 id="session-contents">{t.contents}</h2>
      <Part
        id="sc-practices"
        title={printText.practices}
        empty={t.noneYet.practices}
        rows={c.practices.map((p) => ({
          id: p.id,
          to: `/practicas/${p.id}`,
          title: p.title,
          meta: [p.teacherName, p.gradeGroup].filter(Boolean).join(' · '),
          annulled: !!p.annulled,
        }))}
      />
      <Part
        id="sc-evidences"
        title={printText.evidences}
        empty={t.noneYet.evidences}
        rows={c.evidences.map((e) => ({
          id: e.id,
          to: `/evidencias/${e.id}`,
          title: e.description,
          meta: `${evidenceText.kinds[e.kind]} · ${formatDate(e.date)}`,
          annulled: !!e.annulled,
        }))}
      />
      <Part
        id="sc-problems"
        title={printText.problems}
        empty={t.noneYet.problems}
        rows={c.problems.map((p) => ({
          id: p.id,
          to: `/problematicas/${p.id}`,
          title: p.content,
          meta: p.gradeGroup,
          annulled: !!p.annulled,
        }))}
      />
      <Part
        id="sc-commitments"
        title={printText.commitmentsMade}
        empty={t.noneYet.commitments}
        rows={c.commitments.map((x) => ({
          id: x.id,
          to: `/compromisos/${x.id}`,
          title: x.statement,
          meta: [commitmentText.statuses[x.status], x.dueDate ? commitmentText.due(formatDate(x.dueDate)) : ''].filter(Boolean).join(' · '),
          annulled: !!x.annulled,
        }))}
      />
      {c.acuerdos && (
        <section className="session-part" aria-labelledby="sc-acuerdos">
          <h3 id="sc-acuerdos">{printText.acuerdos}</h3>
          <dl className="fields">
            {(['effectivePractices', 'materials', 'hardContents', 'supportRequested'] as const)
              .filter((k) => c.acuerdos![k].trim())
              .map((k) => (
                <div key={k}>
                  <dt>{printText.acuerdoFields[k]}</dt>
                  <dd>{c.acuerdos![k]}</dd>
                </div>
              ))}
          </dl>
          <Link to={`/preparar/${sessionId}`}>{t.openPreparation}</Link>
        </section>
      )}
    </section>
  );
}
