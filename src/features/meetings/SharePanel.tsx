import { useState } from 'react';
import { notify } from '../../ui/notify';
import { meetingText as t } from '../../i18n/meetings';
import { exportMeeting, importIntoOpenMeeting } from './fileExchange';
import { ImportButton } from './ImportButton';
import { useMeeting } from './MeetingContext';

/** Export / import of the meeting file: the way to sync between devices that never connect. */
export function SharePanel() {
  const { doc, snapshot } = useMeeting();
  const [busy, setBusy] = useState(false);
  const meta = snapshot.meta;
  const meetingId = (doc.getMap('meta').get('id') as string | undefined) ?? '';
  return (
    <section className="card" aria-labelledby="share-title">
      <h2 id="share-title">{t.share.title}</h2>
      <p className="hint">{t.share.hint}</p>
      <div className="actions">
        {meta && (
          <button
            type="button"
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              try {
                await exportMeeting(doc, meta);
                notify({ text: t.share.exported, tone: 'success' });
              } finally {
                setBusy(false);
              }
            }}
          >
            {t.share.export}
          </button>
        )}
      </div>
      <ImportButton
        label={t.share.import}
        onFile={async (file) => {
          const imported = await importIntoOpenMeeting(doc, meetingId, file);
          return t.importedMerged(imported.name);
        }}
      />
    </section>
  );
}
