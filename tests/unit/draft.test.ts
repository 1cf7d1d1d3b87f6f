// The draft keys and versions of issue 14 that need no database: content versions of meeting cards,
// which drafts a list offers, and which drafts are of a record not saved yet.
import { describe, expect, it } from 'vitest';
import { contentVersion, draftId, isNewRecordDraft, isStale, listedDraftForms, NEW_RECORD, recordDraftKey } from '../../src/domain/draft';

describe('drafts without a database', () => {
  it('versions a card by its words: same words, same version; any change, another', () => {
    const v = contentVersion('Respetar los turnos');
    expect(contentVersion('Respetar los turnos')).toBe(v);
    expect(contentVersion('Respetar los turnos.')).not.toBe(v);
    expect(contentVersion({ a: 'x', b: '' })).not.toBe(contentVersion({ a: '', b: 'x' }));
    expect(Number.isInteger(v) && v >= 0 && v < 2 ** 32).toBe(true);
    expect(isStale({ baseVersion: v }, contentVersion('Respetar los turnos y escuchar'))).toBe(true);
  });

  it('offers the preparation step 1 prácticas with the Prácticas drafts, and nothing extra elsewhere', () => {
    expect(listedDraftForms('practice')).toEqual(['practice', 'prepPractice']);
    expect(listedDraftForms('evidence')).toEqual(['evidence']);
  });

  it('tells a draft of a new record from a draft of an edit', () => {
    expect(isNewRecordDraft({ recordId: NEW_RECORD, baseVersion: 0 })).toBe(true);
    expect(isNewRecordDraft({ recordId: 'sesion-1/docente-1', baseVersion: 0 })).toBe(true);
    const edit = recordDraftKey('practice', { id: 'p1', version: 3 });
    expect(isNewRecordDraft({ recordId: edit.recordId, baseVersion: edit.version })).toBe(false);
    expect(draftId(edit)).toBe('practice:p1');
  });
});
