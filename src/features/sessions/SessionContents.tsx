import { useLiveQuery } from 'dexie-react-hooks';
import { readSessionContents } from '../../db/sessionContents';
import { Link } from '../../ui/router';
import { common, formatDate } from '../../i18n/common';
import { commitmentText } from '../../i18n/commitments';
import { evidenceText } from '../../i18n/evidences';
import { printText } from '../../i18n/print';
import { sessionText as t } from '../../i18n/sessions';
import { RecordLink, type RecordLinkProps } from '../../ui/records/RecordLink';

type Row = RecordLinkProps & { id: string };

/** A row of the session's contents; `meta` parts that are empty are left out. */
function row(r: { id: string; annulled?: unknown }, to: string, title: string, ...meta: string[]): Row {
  return { id: r.id, to, title, meta: meta.filter(Boolean).join(' · '), annulled: Boolean(r.annulled) };
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
          {rows.map(({ id: key, ...r }) => (
            <li key={key}>
              <RecordLink {...r} />
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
  const due = (d: string) => (d ? commitmentText.due(formatDate(d)) : '');
  return (
    <section className="card" aria-labelledby="session-contents">
      <h2 id="session-contents">{t.contents}</h2>
      <Part
        id="sc-practices"
        title={printText.practices}
        empty={t.noneYet.practices}
        rows={c.practices.map((p) => row(p, `/practicas/${p.id}`, p.title, p.teacherName, p.gradeGroup))}
      />
      <Part
        id="sc-evidences"
        title={printText.evidences}
        empty={t.noneYet.evidences}
        rows={c.evidences.map((e) => row(e, `/evidencias/${e.id}`, e.description, evidenceText.kinds[e.kind], formatDate(e.date)))}
      />
      <Part
        id="sc-problems"
        title={printText.problems}
        empty={t.noneYet.problems}
        rows={c.problems.map((p) => row(p, `/problematicas/${p.id}`, p.content, p.gradeGroup))}
      />
      <Part
        id="sc-commitments"
        title={printText.commitmentsMade}
        empty={t.noneYet.commitments}
        rows={c.commitments.map((x) => row(x, `/compromisos/${x.id}`, x.statement, commitmentText.statuses[x.status], due(x.dueDate)))}
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
