import { formatDate } from '../i18n/common';
import { printText as t } from '../i18n/print';
import { sessionText } from '../i18n/sessions';
import type { SessionPrint } from './collect';

/** One CTE session as a chapter of the notebook; empty parts are left out, not printed blank. */
export function SessionSection({ data }: { data: SessionPrint }) {
  const { session } = data;
  return (
    <section className="print-session">
      <h2>{sessionText.numberOrdinal(session.kind, session.number)}</h2>
      <dl className="print-facts">
        <div>
          <dt>{t.date}</dt>
          <dd>{formatDate(session.date)}</dd>
        </div>
        <div>
          <dt>{t.modality}</dt>
          <dd>{sessionText.modalities[session.modality]}</dd>
        </div>
      </dl>
      {session.normas.length > 0 && (
        <div className="print-block">
          <h3>{t.normas}</h3>
          <ul>
            {session.normas.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </div>
      )}
      {session.notes && (
        <div className="print-block">
          <h3>{t.notes}</h3>
          <p className="print-text">{session.notes}</p>
        </div>
      )}
    </section>
  );
}
