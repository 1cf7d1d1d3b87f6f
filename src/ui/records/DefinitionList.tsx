import type { ReactNode } from 'react';

/** A record read as on paper: label, then what was written (empty fields are left out). */
export function Fields({ items, className = 'fields' }: { items: [string, ReactNode][]; className?: string }) {
  return (
    <dl className={className}>
      {items
        .filter(([, v]) => v !== '' && v !== null && v !== undefined)
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
