// The frame every entry's page shares (práctica, evidencia, problemática, compromiso): the way
// back, the title (struck through once annulled, with when and why), where it came from, the
// entry as written, "Editar", what the kind adds, every saved version, and "Anular".
import type { ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { RecordMeta } from '../../domain/record';
import { Link } from '../router';
import { common } from '../../i18n/common';
import { recordText } from '../../i18n/records';
import { AnnulledBanner, AnnulPanel } from './AnnulPanel';
import { FromMeeting } from './FromMeeting';
import { HistoryPanel } from './HistoryPanel';
import { BackLink, RecordMissing } from './PageParts';
import { editPath, type RecordScreens } from './screens';

interface Props<R extends RecordMeta> {
  screens: RecordScreens;
  id: string;
  load: (id: string) => Promise<R | undefined>;
  title: (record: R) => string;
  /** The entry as written: on the page, and for each version of its history (`inHistory`, with its title). */
  fields: (record: R, inHistory: boolean) => ReactNode;
  /** What an entry brought from a meeting still lacks ("Por completar"); for kinds a meeting can bring. */
  missing?: (record: R) => string[];
  /** What the kind adds after "Editar" (a práctica's evidences, a compromiso's follow-ups...). */
  children?: (record: R) => ReactNode;
}

export function RecordDetailScreen<R extends RecordMeta>({ screens, id, load, title, fields, missing, children }: Props<R>) {
  // undefined while loading, null when the entry is not on this device.
  const record = useLiveQuery(async () => (await load(id)) ?? null, [id]);
  const { text } = screens;
  if (record === undefined) return <p role="status">{common.loading}</p>;
  if (record === null) return <RecordMissing title={text.listTitle} listTo={screens.path} />;
  const struck = record.annulled ? 'struck' : undefined;
  return (
    <section>
      <BackLink to={screens.path} label={text.listTitle} />
      <h1 className={struck}>{title(record)}</h1>
      <AnnulledBanner record={record} />
      {missing && (
        <FromMeeting origin={record.origin} missing={missing(record)} editTo={editPath(screens, record.id)} annulled={!!record.annulled} />
      )}
      <div className={struck}>{fields(record, false)}</div>
      {!record.annulled && (
        <div className="actions">
          <Link to={editPath(screens, record.id)} className="button">
            {recordText.edit}
          </Link>
        </div>
      )}
      {children?.(record)}
      <HistoryPanel<R> kind={screens.kind} recordId={record.id} render={(snap) => fields(snap, true)} />
      <AnnulPanel kind={screens.kind} record={record} />
    </section>
  );
}
