import { useState } from 'react';
import { useLazyLiveQuery } from '../../ui/lazyLive';
import { Link } from '../../ui/router';
import { readCachedSchool } from '../../ui/schoolCache';
import { NAV_ITEMS } from '../../ui/nav';
import { formatDate } from '../../i18n/common';
import { homeText as t } from '../../i18n/home';
import { sessionText } from '../../i18n/sessions';
import { BackupReminder } from './BackupReminder';
import { ReviewLinkCard } from '../commitments/ReviewLinkCard';

export default function HomePage() {
  const school = useLazyLiveQuery((r) => r.getSchool(), []);
  // The name the shell already shows, until the database answers.
  const [cached] = useState(readCachedSchool);
  const last = useLazyLiveQuery(async (r) => (await r.listSessions())[0] ?? null, []);
  return (
    <section>
      <h1>{t.greeting(school?.name ?? cached?.name ?? '')}</h1>
      <BackupReminder />
      <section className="card" aria-labelledby="last-session">
        <h2 id="last-session">{t.lastSession}</h2>
        {last ? (
          <p>
            <Link to={`/sesiones/${last.id}`}>{sessionText.numberOrdinal(last.kind, last.number)}</Link> · {formatDate(last.date)} ·{' '}
            {sessionText.modalities[last.modality]}
          </p>
        ) : (
          last === null && <p>{t.noSessions}</p>
        )}
        <Link to="/sesiones/nueva" className="button">
          + {t.startSession}
        </Link>
      </section>
      <ReviewLinkCard />
      <h2>{t.sectionsTitle}</h2>
      <ul className="tile-list">
        {NAV_ITEMS.filter((i) => i.to !== '/').map((item) => (
          <li key={item.to}>
            <Link to={item.to} className="tile">
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
