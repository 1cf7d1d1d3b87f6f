// How many stars this person has left for the aportaciones (activity 24, rule M14) and, for the
// coordination, how many each person gets in this round.
import { useState, type FormEvent } from 'react';
import { voterKey } from '../../../domain/meeting';
import { isCoordinator } from '../../../meeting/coordination';
import { MAX_STAR_BUDGET, setStarBudget } from '../../../meeting/stars';
import { starText as t } from '../../../i18n/stars';
import { notify } from '../../../ui/notify';
import { TextField } from '../../../ui/Field';
import { useMeeting } from '../MeetingContext';
import { runChange } from '../runChange';

export function StarBudgetBox() {
  const { doc, snapshot, writer, mySchool } = useMeeting();
  const budget = snapshot.starBudget;
  const [value, setValue] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const left = writer ? snapshot.starsLeft(voterKey(writer.school, writer.author)) : budget;
  const coordinator = isCoordinator(doc, { school: mySchool });

  function save(e: FormEvent) {
    e.preventDefault();
    const n = Number(value ?? budget);
    if (!Number.isInteger(n) || n < 1 || n > MAX_STAR_BUDGET) {
      setError(t.badBudget);
      return;
    }
    setError(undefined);
    if (writer && runChange(() => setStarBudget(doc, n, writer, Date.now()))) {
      setValue(null);
      notify({ text: t.saved(n), tone: 'success' });
    }
  }

  return (
    <section className="card star-budget" aria-labelledby="star-budget-title">
      <h3 id="star-budget-title">{t.title}</h3>
      <p role="status" data-testid="stars-left">
        <span aria-hidden="true">★ </span>
        {t.left(left, budget)}
      </p>
      {coordinator && writer ? (
        <form onSubmit={save} noValidate className="inline-form">
          <TextField
            label={t.budgetLabel}
            hint={t.budgetHint}
            error={error}
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_STAR_BUDGET}
            value={value ?? String(budget)}
            onChange={(e) => setValue(e.target.value)}
          />
          <button type="submit" className="small">
            {t.save}
          </button>
        </form>
      ) : null}
    </section>
  );
}
