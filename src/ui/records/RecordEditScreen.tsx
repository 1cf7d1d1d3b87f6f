// The frame every entry's form page shares (new or edit): the way back, the heading, and the
// save: the repository's write and the clearing of the form's draft in one transaction
// (saveWithDraft), then "Guardado" and the entry's page. An annulled entry has no form.
import { Fragment, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { saveWithDraft } from '../../db/drafts';
import { recordDraftKey, type DraftKey } from '../../domain/draft';
import type { RecordMeta } from '../../domain/record';
import { notify } from '../notify';
import { navigate } from '../router';
import { common } from '../../i18n/common';
import { recordText } from '../../i18n/records';
import { BackLink, RecordMissing } from './PageParts';
import { entryPath, type RecordScreens } from './screens';

interface FormFrame<R> {
  /** The entry edited; undefined for a new one. */
  record: R | undefined;
  /** Where the form keeps its draft: the entry and the version it started from. */
  draftKey: DraftKey;
  /** Runs the repository's create or update, clearing the draft in its transaction. */
  save: (write: () => Promise<{ id: string }>) => Promise<void>;
}

interface Props<R extends RecordMeta> {
  screens: RecordScreens;
  /** The entry to edit; undefined for a new one. */
  id: string | undefined;
  load: (id: string) => Promise<R | undefined>;
  /** Whatever else the form needs has loaded (the sessions, the school). */
  ready?: boolean;
  form: (frame: FormFrame<R>) => ReactNode;
}

export function RecordEditScreen<R extends RecordMeta>({ screens, id, load, ready = true, form }: Props<R>) {
  const record = useLiveQuery(async () => (id ? ((await load(id)) ?? null) : null), [id]);
  const { text } = screens;
  if ((id && record === undefined) || !ready) return <p role="status">{common.loading}</p>;
  if (id && (record === null || record?.annulled)) {
    return <RecordMissing title={text.editTitle} listTo={screens.path} annulled={!!record?.annulled} />;
  }
  const existing = record ?? undefined;
  const draftKey = recordDraftKey(screens.kind, existing);
  async function save(write: () => Promise<{ id: string }>) {
    const saved = await saveWithDraft(draftKey, write);
    notify({ text: existing ? recordText.savedEdit : recordText.savedNew, tone: 'success' });
    navigate(entryPath(screens, saved.id));
  }
  return (
    <section>
      <BackLink to={existing ? entryPath(screens, existing.id) : screens.path} label={existing ? common.back : text.listTitle} />
      <h1>{existing ? text.editTitle : text.newTitle}</h1>
      {/* A form per entry: moving to another entry starts a fresh form (and its own draft). */}
      <Fragment key={existing?.id ?? 'new'}>{form({ record: existing, draftKey, save })}</Fragment>
    </section>
  );
}
