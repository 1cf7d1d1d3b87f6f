// The panel switcher: ARIA tabs (arrow keys move between them), scrollable sideways on a phone.
import { useRef, type KeyboardEvent } from 'react';
import { PANELS, type PanelId } from '../../domain/meeting';
import { meetingText as t } from '../../i18n/meetings';

interface Props {
  current: PanelId;
  onChange: (panel: PanelId) => void;
  /** Entries per panel (damaged ones included: the panel itself says how many it skipped). */
  counts: Record<PanelId, number>;
}

export function PanelTabs({ current, onChange, counts }: Props) {
  const refs = useRef<Partial<Record<PanelId, HTMLButtonElement | null>>>({});
  function key(e: KeyboardEvent) {
    const i = PANELS.indexOf(current);
    const next =
      e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? PANELS.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const panel = PANELS[(next + PANELS.length) % PANELS.length]!;
    onChange(panel);
    refs.current[panel]?.focus();
  }
  return (
    <div className="panel-tabs" role="tablist" aria-label={t.panelsLabel} onKeyDown={key}>
      {PANELS.map((p) => (
        <button
          key={p}
          ref={(el) => {
            refs.current[p] = el;
          }}
          type="button"
          role="tab"
          id={`tab-${p}`}
          aria-selected={p === current}
          aria-controls={`panel-${p}`}
          tabIndex={p === current ? 0 : -1}
          className="tab"
          onClick={() => onChange(p)}
        >
          {t.panels[p]} <span className="tab-count">{counts[p]}</span>
        </button>
      ))}
    </div>
  );
}
