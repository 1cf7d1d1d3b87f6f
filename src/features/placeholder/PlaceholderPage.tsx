import { usePath } from '../../app/router';
import { inPreparation, placeholderText } from '../../i18n/home';

/** Sections later work fills in: each says what it will hold, so no menu entry leads nowhere. */
export default function PlaceholderPage() {
  const path = usePath();
  const text = placeholderText[path];
  return (
    <section>
      <h1>{text?.title ?? ''}</h1>
      <p>{text?.body}</p>
      <p className="muted">{inPreparation}</p>
    </section>
  );
}
