import type { ReactNode } from 'react';
import { Link } from '../router';
import { recordText } from '../../i18n/records';

export interface RecordLinkProps {
  to: string;
  title: ReactNode;
  meta: ReactNode;
  /** Annulled entries are struck through and say so, never hidden. */
  annulled?: boolean;
  /** A picture before the text (an evidence's first photo). */
  thumb?: ReactNode;
}

/** One entry in a list of entries (a record list, a session's contents, a práctica's evidences). */
export function RecordLink({ to, title, meta, annulled = false, thumb }: RecordLinkProps) {
  const classes = ['item', thumb !== undefined ? 'item-with-thumb' : '', annulled ? 'struck' : ''].filter(Boolean).join(' ');
  return (
    <Link to={to} className={classes}>
      {thumb}
      <span className="item-title">
        {title}
        {annulled && <span className="badge">{recordText.annulled}</span>}
      </span>
      <span className="item-meta">{meta}</span>
    </Link>
  );
}
