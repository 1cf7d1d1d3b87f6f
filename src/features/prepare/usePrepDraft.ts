// A preparation step's work kept on the device as it is typed (issue 14). The draft belongs to
// the session's preparation as last saved (its save time is the version), so a step saved on
// another tab or brought by a restore meanwhile is told apart.
import { useState } from 'react';
import { saveWithDraft } from '../../db/drafts';
import { draftLabel, type DraftKey } from '../../domain/draft';
import { useDurableDraft } from '../../ui/useDurableDraft';
import type { PrepData } from './usePrepData';

export function usePrepDraft<V>(step: string, data: PrepData, value: V, apply: (v: V) => void, label: (v: V) => string) {
  const [key] = useState<DraftKey>(() => ({ form: `prep-${step}`, recordId: data.session.id, version: data.prep.updatedAt }));
  const [initial] = useState(value);
  const kept = useDurableDraft({ key, value, initial, apply, label: (v) => draftLabel(label(v)) });
  return { kept, save: <T>(write: () => Promise<T>) => saveWithDraft(key, write) };
}
