// "Borrador sin guardar": the drafts of one form still on the device, each a link back to its
// form, so work left half-way (the tab killed, the teacher called away) can be resumed; a list also
// offers drafts of its kind typed elsewhere (a práctica typed in the preparation's step 1).
import { useLiveQuery } from 'dexie-react-hooks';
import { listDrafts } from '../../db/drafts';
import { isNewRecordDraft, listedDraftForms } from '../../domain/draft';
import { Link } from '../router';
import { draftText as t } from '../../i18n/drafts';

export function UnsavedDrafts({ form }: { form: string }) {
  const drafts = useLiveQuery(() => listDrafts(listedDraftForms(form)), [form]);
  if (!drafts || drafts.length === 0) return null;
  const now = Date.now();
  return (
    <section className="draft-list" aria-labelledby={`drafts-${form}`}>
      <h2 id={`drafts-${form}`}>{t.listTitle}</h2>
      <ul className="item-list">
        {drafts.map((d) => (
          <li key={d.id}>
            <Link to={d.path} className="item">
              <span className="item-title">
                {d.label || t.untitled}
                <span className="badge badge-draft">{isNewRecordDraft(d) ? t.unsaved : t.editOf}</span>
              </span>
              <span className="item-meta">{d.form === form ? t.ago(now - d.savedAt) : t.typedElsewhere(d.form, now - d.savedAt)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
