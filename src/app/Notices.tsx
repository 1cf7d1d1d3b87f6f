import { useEffect, useState } from 'react';
import { pwa } from '../i18n/common';
import { dismiss, subscribeNotices, type Notice } from '../ui/notify';

export function Notices() {
  const [items, setItems] = useState<Notice[]>([]);
  useEffect(() => subscribeNotices(setItems), []);
  return (
    <div className="notices" role="status" aria-live="polite">
      {items.map((n) => (
        <div key={n.id} className={`notice notice-${n.tone}`}>
          <p>{n.text}</p>
          <div className="actions">
            {n.action && (
              <button
                type="button"
                onClick={() => {
                  dismiss(n.id);
                  n.action?.run();
                }}
              >
                {n.action.label}
              </button>
            )}
            <button type="button" className="secondary" onClick={() => dismiss(n.id)}>
              {n.action ? pwa.later : pwa.dismiss}
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
