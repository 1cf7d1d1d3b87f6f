import { useLiveQuery } from 'dexie-react-hooks';
import { listMeetings } from '../../db/meetings';
import { Link } from '../../ui/router';
import { common, formatDate } from '../../i18n/common';
import { meetingText as t } from '../../i18n/meetings';
import { importFromList } from './fileExchange';
import { ImportButton } from './ImportButton';
import { roomText } from '../../i18n/room';

export default function MeetingListPage() {
  const meetings = useLiveQuery(() => listMeetings(), []);
  return (
    <section>
      <div className="page-head">
        <h1>{t.listTitle}</h1>
        <div className="actions">
          <Link to="/encuentros/nuevo" className="button">
            + {t.newMeeting}
          </Link>
          <Link to="/encuentros/unirse" className="button secondary">
            {roomText.joinTitle}
          </Link>
        </div>
      </div>
      <p>{t.listIntro}</p>
      {meetings === undefined && <p role="status">{common.loading}</p>}
      {meetings?.length === 0 && <p className="empty">{t.empty}</p>}
      {meetings && meetings.length > 0 && (
        <ul className="item-list">
          {meetings.map((m) => (
            <li key={m.id}>
              <Link to={`/encuentros/${m.id}`} className="item">
                <span className="item-title">{m.name}</span>
                <span className="item-meta">
                  {formatDate(m.date)}
                  {m.place ? ` · ${m.place}` : ''}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <section className="card" aria-labelledby="import-title">
        <h2 id="import-title">{t.importTitle}</h2>
        <ImportButton
          label={t.share.import}
          hint={t.importHint}
          onFile={async (file) => {
            const { meta, isNew } = await importFromList(file);
            return isNew ? t.importedNew(meta.name) : t.importedMerged(meta.name);
          }}
        />
      </section>
    </section>
  );
}
