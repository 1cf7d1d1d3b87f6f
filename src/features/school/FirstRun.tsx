import { common } from '../../i18n/common';
import { schoolText as t } from '../../i18n/school';
import { SchoolForm } from './SchoolForm';

/** Shown until the device has a school profile; saving it opens the app (the live query updates). */
export function FirstRun() {
  return (
    <main className="first-run" id="contenido">
      <p className="brand-name">{common.appName}</p>
      <h1>{t.welcomeTitle}</h1>
      <p>{t.welcomeBody}</p>
      <h2>{t.title}</h2>
      <SchoolForm submitLabel={t.submitFirst} />
    </main>
  );
}
