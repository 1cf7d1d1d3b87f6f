import { useCallback, useEffect, useState } from 'react';
import { draftSpace, type DraftSpace } from '../../db/drafts';
import { draftText } from '../../i18n/drafts';
import { readStorageStatus, requestPersistentStorage, type StorageStatus } from '../../db/storage';
import { common, formatBytes } from '../../i18n/common';
import { aboutText as t } from '../../i18n/home';
import { ShareApp } from './ShareApp';

export default function AboutPage() {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [drafts, setDrafts] = useState<DraftSpace | null>(null);
  const refresh = useCallback(() => {
    void readStorageStatus().then(setStatus);
    void draftSpace().then(setDrafts, () => setDrafts(null));
  }, []);
  useEffect(refresh, [refresh]);

  return (
    <section>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <section className="card" aria-labelledby="storage-title">
        <h2 id="storage-title">{t.storageTitle}</h2>
        {!status && <p role="status">{common.loading}</p>}
        {status && !status.supported && <p>{t.unsupported}</p>}
        {status?.supported && (
          <>
            <p data-testid="storage-persisted">{status.persisted ? t.persisted : t.notPersisted}</p>
            {status.usage !== null && status.quota !== null && (
              <p data-testid="storage-usage">{t.usage(formatBytes(status.usage), formatBytes(status.quota))}</p>
            )}
            {!status.persisted && (
              <button type="button" className="secondary" onClick={() => void requestPersistentStorage({ force: true }).then(refresh)}>
                {t.askPersist}
              </button>
            )}
          </>
        )}
      </section>
      <ShareApp />
      <section className="card" aria-labelledby="drafts-title">
        <h2 id="drafts-title">{draftText.spaceTitle}</h2>
        {drafts && <p data-testid="draft-space">{draftText.space(drafts.count, formatBytes(drafts.bytes))}</p>}
        <p className="muted">{draftText.spaceRule}</p>
      </section>
      <p>{t.privacy}</p>
      <p className="muted">{t.version(__APP_VERSION__)}</p>
    </section>
  );
}
