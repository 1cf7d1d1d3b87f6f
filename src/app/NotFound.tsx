import { common } from '../i18n/common';
import { Link } from '../ui/router';

export function NotFound() {
  return (
    <section>
      <h1>{common.notFoundTitle}</h1>
      <p>{common.notFoundBody}</p>
      <Link to="/" className="button">
        {common.goHome}
      </Link>
    </section>
  );
}
