import { recordText as t } from '../../i18n/records';

/**
 * "Mostrando 51–100 de 130" with previous/next buttons; the count is announced politely. With
 * nothing to show, the same announced line says why (`empty`): one message, never two.
 */
export function Pager({
  page,
  pageSize,
  total,
  onPage,
  empty,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
  empty: string;
}) {
  if (total === 0) {
    return (
      <div className="pager">
        <p role="status" className="empty">
          {empty}
        </p>
      </div>
    );
  }
  const from = total === 0 ? 0 : page * pageSize + 1;
  const to = Math.min(total, (page + 1) * pageSize);
  const last = Math.max(0, Math.ceil(total / pageSize) - 1);
  return (
    <div className="pager">
      <p role="status" className="muted">
        {t.showing(from, to, total)}
      </p>
      {total > pageSize && (
        <div className="actions">
          <button type="button" className="secondary small" disabled={page === 0} onClick={() => onPage(page - 1)}>
            {t.previous}
          </button>
          <button type="button" className="secondary small" disabled={page >= last} onClick={() => onPage(page + 1)}>
            {t.next}
          </button>
        </div>
      )}
    </div>
  );
}
