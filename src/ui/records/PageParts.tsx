// Small pieces every record page shares: the way back, and the page of an entry that is not on
// this device (or, for a form, that is annulled and can no longer be edited).
import { Link } from '../router';
import { common } from '../../i18n/common';
import { recordText } from '../../i18n/records';

export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <p>
      <Link to={to} className="back-link">
        ← {label}
      </Link>
    </p>
  );
}

interface MissingProps {
  title: string;
  listTo: string;
  annulled?: boolean;
  /** What to say when it is not found, if not "No encontramos este registro…". */
  notFound?: string;
}

/** An entry that cannot be shown (not found) or, for its form, changed (annulled). */
export function RecordMissing({ title, listTo, annulled = false, notFound = recordText.notFound }: MissingProps) {
  return (
    <section>
      <h1>{title}</h1>
      <p role="alert">{annulled ? recordText.annulled : notFound}</p>
      <Link to={listTo}>{common.back}</Link>
    </section>
  );
}
