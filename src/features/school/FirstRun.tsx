import { lazy, Suspense, useState } from 'react';
import { common } from '../../i18n/common';
import { backupText } from '../../i18n/backup';
import { schoolText as t } from '../../i18n/school';
import { SchoolForm } from './SchoolForm';

// Only a school moving to a new device needs this: keep it out of the first screen's bundle.
const RestorePanel = lazy(() => import('../backup/RestorePanel').then((m) => ({ default: m.RestorePanel })));

/** Shown until the device has a school profile; saving it opens the app (the live query updates). */
export function FirstRun() {
  const [restoring, setRestoring] = useState(false);
  return (
    <main className="first-run" id="contenido">
      <p className="brand-name">{common.appName}</p>
      <h1>{t.welcomeTitle}</h1>
      <p>{t.welcomeBody}</p>
      {restoring ? (
        <Suspense fallback={<p role="status">{common.loading}</p>}>
          <RestorePanel headingLevel={2} />
        </Suspense>
      ) : (
        <button type="button" className="secondary" onClick={() => setRestoring(true)}>
          {backupText.firstRunRestore}
        </button>
      )}
      <h2>{t.title}</h2>
      <SchoolForm submitLabel={t.submitFirst} />
    </main>
  );
}
