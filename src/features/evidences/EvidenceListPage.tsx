import { evidenceList } from '../../db/evidences';
import { EVIDENCE_KINDS } from '../../domain/evidence';
import { Link } from '../../app/router';
import { common, formatDate } from '../../i18n/common';
import { evidenceText as t } from '../../i18n/evidences';
import { recordText } from '../../i18n/records';
import { FilterSelect, ListControls } from '../records/ListControls';
import { Pager } from '../records/Pager';
import { usePagedList } from '../records/usePagedList';
import { ListThumb } from './ListThumb';
import { useGradeOptions } from '../records/useGradeOptions';

export default function EvidenceListPage() {
  const list = usePagedList(evidenceList, (s) => ({
    text: s.text,
    order: s.order,
    page: s.page,
    pageSize: s.pageSize,
    after: s.afterId,
    kind: s.filters.kind || undefined,
    group: s.filters.group || undefined,
  }));
  const f = list.state.filters;
  const grades = useGradeOptions();
  return (
    <section>
      <div className="page-head">
        <h1>{t.listTitle}</h1>
        <Link to="/evidencias/nueva" className="button">
          + {t.newEvidence}
        </Link>
      </div>
      <p className="muted">{t.intro}</p>
      <ListControls text={list.state.text} onText={list.setText} order={list.state.order} onOrder={list.setOrder} active={Object.values(f).filter(Boolean).length}>
        <FilterSelect
          label={t.kind}
          value={f.kind ?? ''}
          onChange={(v) => list.setFilter('kind', v)}
          options={[{ value: '', label: t.anyKind }, ...EVIDENCE_KINDS.map((k) => ({ value: k, label: t.kinds[k] }))]}
        />
        <FilterSelect label={t.group} value={f.group ?? ''} onChange={(v) => list.setFilter('group', v)} options={grades} />
      </ListControls>
      {list.result === undefined && <p role="status">{common.loading}</p>}
      {list.result?.rows.length === 0 && <p className="empty">{list.state.text || Object.values(f).some(Boolean) ? recordText.noMatches : t.empty}</p>}
      <ul className="item-list">
        {list.result?.rows.map((e) => (
          <li key={e.id}>
            <Link to={`/evidencias/${e.id}`} className={e.annulled ? 'item item-with-thumb struck' : 'item item-with-thumb'}>
              <ListThumb fileId={e.fileIds[0]} />
              <span className="item-title">
                {e.description}
                {e.annulled && <span className="badge">{recordText.annulled}</span>}
              </span>
              <span className="item-meta">
                {t.kinds[e.kind]} · {formatDate(e.date)}
                {e.group ? ` · ${e.group}` : ''} · {t.filesCount(e.fileIds.length)}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {list.result?.total !== undefined && <Pager page={list.state.page} pageSize={list.pageSize} total={list.result.total} onPage={list.setPage} />}
    </section>
  );
}
