// A small windowing list for long card walls (a meeting can hold thousands of cards): only the
// items near the viewport are in the DOM. The page itself scrolls (no inner scroll box, which is
// awkward on phones); item heights are measured as they render and estimated until then.
// Short lists render every item, so find-in-page and screen readers see them all.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';

interface Props<T> {
  items: readonly T[];
  getKey: (item: T) => string;
  renderItem: (item: T, index: number) => ReactNode;
  /** Height guess (px) for items not measured yet. */
  estimate?: number;
  /** Up to this many items, no windowing at all. */
  threshold?: number;
  /** Extra pixels rendered above and below the viewport. */
  overscan?: number;
  className?: string;
  label?: string;
}

/** First index whose bottom edge is below y (offsets has items.length + 1 entries). */
function findIndex(offsets: number[], y: number): number {
  let lo = 0;
  let hi = offsets.length - 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid + 1]! <= y) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo);
}

export function VirtualList<T>({ items, getKey, renderItem, estimate = 120, threshold = 60, overscan = 600, className, label }: Props<T>) {
  const windowed = items.length > threshold;
  const containerRef = useRef<HTMLUListElement>(null);
  const heights = useRef(new Map<string, number>());
  const [measureVersion, setMeasureVersion] = useState(0);
  const [viewport, setViewport] = useState({ top: 0, bottom: 1000 });

  const offsets = useMemo(() => {
    void measureVersion; // recompute when a measured height changed
    const out = new Array<number>(items.length + 1);
    out[0] = 0;
    for (let i = 0; i < items.length; i++) out[i + 1] = out[i]! + (heights.current.get(getKey(items[i]!)) ?? estimate);
    return out;
  }, [items, getKey, estimate, measureVersion]);

  const update = useCallback(() => {
    const el = containerRef.current;
    if (!el) return;
    const rect = el.getBoundingClientRect();
    const top = Math.max(0, -rect.top - overscan);
    const bottom = -rect.top + window.innerHeight + overscan;
    setViewport((v) => (Math.abs(v.top - top) < 50 && Math.abs(v.bottom - bottom) < 50 ? v : { top, bottom }));
  }, [overscan]);

  useLayoutEffect(() => {
    if (!windowed) return;
    update();
    window.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    return () => {
      window.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
  }, [windowed, update]);

  // One observer for all rendered items: a measured height that differs from what we assumed
  // moves the items below it (batched into one re-render per frame).
  const observer = useRef<ResizeObserver | null>(null);
  useEffect(() => {
    if (!windowed || typeof ResizeObserver === 'undefined') return;
    let frame = 0;
    observer.current = new ResizeObserver((entries) => {
      let changed = false;
      for (const entry of entries) {
        const key = (entry.target as HTMLElement).dataset.key;
        const h = Math.ceil(entry.borderBoxSize[0]?.blockSize ?? (entry.target as HTMLElement).offsetHeight);
        if (key && h > 0 && heights.current.get(key) !== h) {
          heights.current.set(key, h);
          changed = true;
        }
      }
      if (changed && !frame) {
        frame = requestAnimationFrame(() => {
          frame = 0;
          setMeasureVersion((v) => v + 1);
        });
      }
    });
    // The rows of the first windowed render were attached (their ref ran) before this effect
    // made the observer: observe them now, or their heights stay guesses for good.
    containerRef.current?.querySelectorAll<HTMLLIElement>('li[data-key]').forEach((el) => observer.current?.observe(el));
    return () => {
      cancelAnimationFrame(frame);
      observer.current?.disconnect();
      observer.current = null;
    };
  }, [windowed]);

  const measure = useCallback((el: HTMLLIElement | null) => {
    if (el) observer.current?.observe(el);
  }, []);

  if (!windowed) {
    return (
      <ul className={className} aria-label={label}>
        {items.map((item, i) => (
          <li key={getKey(item)}>{renderItem(item, i)}</li>
        ))}
      </ul>
    );
  }

  const start = findIndex(offsets, viewport.top);
  const end = Math.min(items.length - 1, findIndex(offsets, viewport.bottom));
  const rendered: ReactNode[] = [];
  for (let i = start; i <= end; i++) {
    const item = items[i]!;
    const key = getKey(item);
    rendered.push(
      <li
        key={key}
        ref={measure}
        data-key={key}
        aria-setsize={items.length}
        aria-posinset={i + 1}
        style={{ position: 'absolute', top: offsets[i], left: 0, right: 0 }}
      >
        {renderItem(item, i)}
      </li>,
    );
  }
  return (
    <ul
      ref={containerRef}
      className={`${className ?? ''} virtual-list`}
      aria-label={label}
      style={{ position: 'relative', height: offsets[items.length] }}
      data-windowed="true"
    >
      {rendered}
    </ul>
  );
}
