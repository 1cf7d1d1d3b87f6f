import { useState } from 'react';
import { navigate } from '../../ui/router';
import { nextStep, PREP_STEPS, progressOf, type Preparation, type PrepStep } from '../../domain/preparation';
import { common } from '../../i18n/common';
import { prepareText as t } from '../../i18n/prepare';
import { sessionTitle } from '../../ui/records/useSessions';
import { ChooseSession } from './ChooseSession';
import { StepGroups } from './StepGroups';
import { StepIndividual } from './StepIndividual';
import { StepPlenaria } from './StepPlenaria';
import { StepShare } from './StepShare';
import { usePrepData } from './usePrepData';

export default function PreparePage({ params }: { params: Record<string, string> }) {
  if (!params.sessionId) return <ChooseSession />;
  return <Flow sessionId={params.sessionId} />;
}

function Flow({ sessionId }: { sessionId: string }) {
  const data = usePrepData(sessionId);
  // A link back to a step (a kept draft's "?paso=") opens it; otherwise the next step to do.
  const [chosen, setChosen] = useState<PrepStep | null>(() => {
    const asked = new URLSearchParams(window.location.search).get('paso');
    return PREP_STEPS.find((s) => s === asked) ?? null;
  });
  // The version the last step saved: the next step waits for it, or its draft would belong to the
  // version before that save and come back after a reload as if another tab had changed it.
  const [savedAt, setSavedAt] = useState(0);
  // The address follows the step, so a reload (or a kept draft's link) comes back to it.
  const choose = (s: PrepStep) => {
    setChosen(s);
    navigate(`/preparar/${sessionId}?paso=${s}`, { replace: true });
  };
  if (data === undefined) return <p role="status">{common.loading}</p>;
  if (data === null) return <ChooseSession />;
  // Reached: forgotten, so a later restore of an older preparation is shown, not waited for.
  if (savedAt && data.prep.updatedAt >= savedAt) setSavedAt(0);
  const step = chosen ?? nextStep(data.prep);
  const { done, total } = progressOf(data.prep);
  const advance = (saved: Preparation) => {
    setSavedAt(saved.updatedAt);
    const i = PREP_STEPS.indexOf(step);
    if (i < PREP_STEPS.length - 1) choose(PREP_STEPS[i + 1]!);
    else navigate(`/preparar/${sessionId}/presentacion`);
  };
  const Step = { individual: StepIndividual, grupos: StepGroups, plenaria: StepPlenaria, compartir: StepShare }[step];
  return (
    <section>
      <h1>{t.title}</h1>
      <p className="muted">{sessionTitle(data.session)}</p>
      <label className="progress">
        {t.progress(done, total)}
        <progress value={done} max={total} />
      </label>
      <nav aria-label={t.stepsLabel}>
        <ol className="stepper">
          {PREP_STEPS.map((s) => (
            <li key={s}>
              <button
                type="button"
                className={s === step ? '' : 'secondary'}
                aria-current={s === step ? 'step' : undefined}
                onClick={() => choose(s)}
              >
                {t.stepNames[s]} {data.prep.done[s] && <span aria-label={t.doneMark}>✓</span>}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <h2>{t.stepNames[step]}</h2>
      {data.prep.updatedAt >= savedAt ? <Step key={step} data={data} onDone={advance} /> : <p role="status">{common.loading}</p>}
    </section>
  );
}
