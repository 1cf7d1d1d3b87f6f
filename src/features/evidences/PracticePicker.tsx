import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getPracticesByIds, listPractices } from '../../db/practices';
import { evidenceText as t } from '../../i18n/evidences';

/** Choose the prácticas an evidence supports: the chosen ones, plus a searchable page of others. */
export function PracticePicker({ value, onChange }: { value: string[]; onChange: (ids: string[]) => void }) {
  const [text, setText] = useState('');
  const chosen = useLiveQuery(() => getPracticesByIds(value), [value.join(',')]);
  const found = useLiveQuery(() => listPractices({ text, pageSize: 20 }), [text]);
  const options = [...(chosen ?? []), ...(found?.rows ?? []).filter((p) => !value.includes(p.id) && !p.annulled)];
  const toggle = (id: string, on: boolean) => onChange(on ? [...value, id] : value.filter((x) => x !== id));
  return (
    <fieldset className="field practice-picker">
      <legend>{t.practices}</legend>
      <p className="hint">{t.practicesHint}</p>
      <label htmlFor="practice-search" className="visually-hidden">
        {t.practiceSearch}
      </label>
      <input id="practice-search" type="search" placeholder={t.practiceSearch} value={text} onChange={(e) => setText(e.target.value)} />
      {found?.total === 0 && !text && <p>{t.noPractices}</p>}
      <ul className="check-list">
        {options.map((p) => (
          <li key={p.id}>
            <label className="radio">
              <input type="checkbox" checked={value.includes(p.id)} onChange={(e) => toggle(p.id, e.target.checked)} />
              <span>
                {p.title} <span className="muted">({p.teacherName})</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
