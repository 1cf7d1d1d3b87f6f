import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { SchoolSummary } from '../ui/schoolCache';
import { common, nav } from '../i18n/common';
import { ActiveRoomBar } from './ActiveRoomBar';
import { Link } from '../ui/router';
import { NAV_ITEMS } from '../ui/nav';

interface Props {
  school: SchoolSummary;
  path: string;
  children: ReactNode;
}

function isCurrent(item: string, path: string): boolean {
  return item === '/' ? path === '/' : path === item || path.startsWith(`${item}/`);
}

export function Shell({ school, path, children }: Props) {
  const [menuOpen, setMenuOpen] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // On a route change, close the phone menu and move focus to the new screen so screen readers
  // announce it (a SPA does not do this by itself).
  useEffect(() => {
    setMenuOpen(false);
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // preventScroll: focusing with a scroll lays the page out at once, in the middle of opening
    // the screen (measured: ~25 ms at 4x CPU). A new screen starts at the top instead, and
    // scrolling to (0, 0) needs no layout.
    mainRef.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [path]);

  return (
    <div className="shell">
      <a className="skip-link" href="#contenido">
        {common.skipToContent}
      </a>
      <header className="topbar">
        <button
          type="button"
          className="menu-button"
          aria-expanded={menuOpen}
          aria-controls="menu-principal"
          onClick={() => setMenuOpen((o) => !o)}
        >
          <span aria-hidden="true">☰</span> {common.menu}
        </button>
        <div className="brand">
          <span className="brand-name">{common.appName}</span>
          <span className="brand-school">
            {school.name} · {school.cct}
          </span>
        </div>
      </header>
      <nav id="menu-principal" className={menuOpen ? 'sidenav open' : 'sidenav'} aria-label={nav.label}>
        <ul>
          {NAV_ITEMS.map((item) => (
            <li key={item.to}>
              <Link to={item.to} aria-current={isCurrent(item.to, path) ? 'page' : undefined}>
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main id="contenido" ref={mainRef} tabIndex={-1}>
        <ActiveRoomBar path={path} />
        {children}
      </main>
    </div>
  );
}
