// A tiny History-API router: the app has a dozen flat routes, and a router library would cost
// more bytes on the first screen than it saves. Deep links work offline through the service
// worker's navigate fallback to index.html. Routes are written from "/"; the base the app is
// hosted under (basePath.ts) is added and removed only here.
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';
import { BASE, stripBase, withBase } from './basePath';

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const url = withBase(to, BASE);
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  listeners.forEach((l) => l());
}

// A path outside the base cannot be one of ours: a route that matches nothing shows "not found".
const OUTSIDE = '/\u0000';

export function usePath(): string {
  return useSyncExternalStore(subscribe, () => stripBase(window.location.pathname, BASE) ?? OUTSIDE);
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string };

export function Link({ to, onClick, ...rest }: LinkProps) {
  function handle(e: MouseEvent<HTMLAnchorElement>) {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  }
  return <a href={withBase(to, BASE)} onClick={handle} {...rest} />;
}
