import { useId, type ReactNode } from 'react';
import type { SortOrder } from '../../db/query';
import { recordText as t } from '../../i18n/records';

interface Props {
  text: string;
  onText: (text: string) => void;
  order: SortOrder;
  onOrder: (order: SortOrder) => void;
  /** How many filters are set, shown on the folded filters' summary. */
  active?: number;
  /** Filter selects of the list. */
  children?: ReactNode;
}

/**
 * Search box, filters and order of a list. Searching happens as the user types. The filters fold
 * away so that, on a phone, the results start on the first screen.
 */
export function ListControls({ text, onText, order, onOrder, active = 0, children }: Props) {
  const id = useId();
  return (
    <div className="list-controls" role="search">
      <div className="field">
        <label htmlFor={`${id}-q`}>{t.search}</label>
        <p className="hint" id={`${id}-qh`}>
          {t.searchHint}
        </p>
        <input id={`${id}-q`} type="search" value={text} onChange={(e) => onText(e.target.value)} aria-describedby={`${id}-qh`} />
      </div>
      <details className="filters">
        <summary>{t.filtersSummary(active, order !== 'newest')}</summary>
        <div className="filter-row">
          {children}
          <div className="field">
            <label htmlFor={`${id}-o`}>{t.order}</label>
            <select id={`${id}-o`} value={order} onChange={(e) => onOrder(e.target.value === 'oldest' ? 'oldest' : 'newest')}>
              <option value="newest">{t.orders.newest}</option>
              <option value="oldest">{t.orders.oldest}</option>
            </select>
          </div>
        </div>
      </details>
    </div>
  );
}

/** A compact filter select with a visible label. */
export function FilterSelect({
  label,
  value,
  onChange,
  options,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  options: { value: string; label: string }[];
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
