// What the teacher sees of a kept draft: "we brought back what you were typing" with a discard
// button (and undo), the choice when the record changed meanwhile, and, once, a failed write.
import { draftText as t } from '../i18n/drafts';
import type { DurableDraft } from './useDurableDraft';
import { ActionRow } from './ActionRow';

interface Props {
  draft: DurableDraft;
  /** What to say when the record changed meanwhile, for a form that is not a record's (a meeting card). */
  staleText?: (ms: number, kept: unknown) => string;
}

export function DraftNotice({ draft, staleText }: Props) {
  const { notice } = draft;
  return (
    <>
      {notice.kind === 'restored' && (
        <div className="draft-notice" role="status">
          <p>{t.restored(Date.now() - notice.savedAt)}</p>
          <button type="button" className="secondary small" onClick={draft.discard}>
            {t.discard}
          </button>
        </div>
      )}
      {notice.kind === 'stale' && (
        <div className="draft-notice draft-stale" role="alert">
          <p>{(staleText ?? t.stale)(Date.now() - notice.savedAt, notice.value)}</p>
          <ActionRow
            actions={[
              { label: t.keepMine, onClick: draft.keepMine, small: true },
              { label: t.keepSaved, onClick: draft.discard, small: true, secondary: true },
            ]}
          />
        </div>
      )}
      {notice.kind === 'discarded' && (
        <div className="draft-notice" role="status">
          <p>{t.discarded}</p>
          <button type="button" className="secondary small" onClick={draft.undo}>
            {t.undo}
          </button>
        </div>
      )}
      {draft.writeFailed && (
        <p className="form-error" role="alert">
          {t.writeFailed}
        </p>
      )}
    </>
  );
}
