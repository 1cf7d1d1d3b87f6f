import { useState } from 'react';
import { savePreparation } from '../../db/preparations';
import { gradeKey } from '../../domain/practice';
import {
  groupKeyOf,
  groupsFor,
  groupsWorkOf,
  gradesOf,
  joinGrades,
  splitGroup,
  type GroupComparison,
  type GroupsWork,
  type Preparation,
} from '../../domain/preparation';
import { CheckboxField } from '../../ui/Checkbox';
import { prepareText as t } from '../../i18n/prepare';
import { TextArea } from '../../ui/Field';
import { StepShell } from './StepShell';
import { usePrepDraft } from './usePrepDraft';
import type { PrepData } from './usePrepData';

/** Step 2: the prácticas of one grade or subject side by side; the group writes what it saw. */
export function StepGroups({ data, onDone }: { data: PrepData; onDone: (saved: Preparation) => void }) {
  const regrouped = (w: GroupsWork): GroupsWork => ({ ...w, groups: groupsFor(data.practices, gradeKey, w.groups, t.noGrade, w.joined) });
  // The grouping is part of the draft (seed 000): a reload before saving keeps the grades together.
  const [work, setWork] = useState<GroupsWork>(() => regrouped({ groups: data.prep.groups, joined: data.prep.joined ?? [] }));
  const { groups, joined } = work;
  const [marked, setMarked] = useState<string[]>([]);
  // Seed 000: a multigrade school compares several grades as one group; what was written stays.
  const regroup = (next: string[][]) => {
    setWork((w) => regrouped({ groups: w.groups, joined: next }));
    setMarked([]);
  };
  const grades = gradesOf(data.practices, gradeKey, t.noGrade);
  const set = (key: string, patch: Partial<GroupComparison>) =>
    setWork((w) => ({ ...w, groups: w.groups.map((g) => (g.key === key ? { ...g, ...patch } : g)) }));
  const { kept, save } = usePrepDraft(
    'grupos',
    data,
    work,
    (v: unknown) => {
      const restored = groupsWorkOf(v, data.prep.joined ?? []);
      if (restored) setWork(regrouped(restored));
    },
    (w) => w.groups.map((g) => g.similarities || g.differences || g.supportProblems).find(Boolean) ?? '',
  );
  return (
    <StepShell
      kept={kept}
      questions={t.grupos.questions}
      onSave={async () => {
        onDone(await save(() => savePreparation(data.session.id, (p) => ({ ...p, groups, joined, done: { ...p.done, grupos: true } }))));
      }}
    >
      {groups.length === 0 && <p className="empty">{t.grupos.empty}</p>}
      {grades.length > 1 && (
        <fieldset className="field">
          <legend>{t.grupos.join.legend}</legend>
          <p className="hint">{t.grupos.join.hint}</p>
          {grades.map((g) => (
            <CheckboxField
              key={g.key}
              label={g.label}
              checked={marked.includes(g.key)}
              onChange={(on) => setMarked((m) => (on ? [...m, g.key] : m.filter((k) => k !== g.key)))}
            />
          ))}
          <button type="button" className="secondary" disabled={marked.length < 2} onClick={() => regroup(joinGrades(joined, marked))}>
            {t.grupos.join.button}
          </button>
        </fieldset>
      )}
      <div className="compare-columns">
        {groups.map((g) => (
          <section key={g.key} className="compare-column" aria-labelledby={`grupo-${g.key}`}>
            <h3 id={`grupo-${g.key}`}>{g.label}</h3>
            {g.key.includes('+') && (
              <button type="button" className="small secondary" onClick={() => regroup(splitGroup(joined, g.key))}>
                {t.grupos.join.split}
              </button>
            )}
            {data.practices
              .filter((p) => groupKeyOf(gradeKey(p.gradeGroup) || 'sin-grado', joined) === g.key)
              .map((p) => (
                <article key={p.id} className="compare-card">
                  <h4>{p.title}</h4>
                  <p className="muted">{p.teacherName}</p>
                  <p>
                    <strong>{t.grupos.reasons}:</strong>
                  </p>
                  <ol>
                    {/* A práctica brought from a meeting may not have its reasons yet: no blank items. */}
                    {p.reasons.map((r, i) => (r.trim() ? <li key={i}>{r}</li> : null))}
                  </ol>
                  {p.unsolved && (
                    <p>
                      <strong>{t.grupos.unsolved}:</strong> {p.unsolved}
                    </p>
                  )}
                </article>
              ))}
            <TextArea
              label={t.grupos.similarities}
              value={g.similarities}
              onChange={(e) => set(g.key, { similarities: e.target.value })}
              rows={3}
            />
            <TextArea
              label={t.grupos.differences}
              value={g.differences}
              onChange={(e) => set(g.key, { differences: e.target.value })}
              rows={3}
            />
            <TextArea
              label={t.grupos.supportProblems}
              value={g.supportProblems}
              onChange={(e) => set(g.key, { supportProblems: e.target.value })}
              rows={3}
            />
          </section>
        ))}
      </div>
    </StepShell>
  );
}
