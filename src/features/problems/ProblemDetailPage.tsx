import { useLiveQuery } from 'dexie-react-hooks';
import { getProblem } from '../../db/problems';
import type { Problem } from '../../domain/problem';
import { Link } from '../../ui/router';
import { common } from '../../i18n/common';
import { problemText as t } from '../../i18n/problems';
import { recordText } from '../../i18n/records';
import { AnnulledBanner, AnnulPanel } from '../../ui/records/AnnulPanel';
import { HistoryPanel } from '../../ui/records/HistoryPanel';
import { PublishProblem } from '../meetingBridge/PublishProblem';
import { useSessions } from '../../ui/records/useSessions';
import { ProblemFields } from './ProblemFields';

export default function ProblemDetailPage({ params }: { params: Record<string, string> }) {
  const id = params.id ?? '';
  const problem = useLiveQuery(async () => (await getProblem(id)) ?? null, [id]);
  const { label } = useSessions();
  if (problem === undefined) return <p role="status">{common.loading}</p>;
  if (problem === null) {
    return (
      <section>
        <h1>{t.listTitle}</h1>
        <p role="alert">{recordText.notFound}</p>
        <Link to="/problematicas">{common.back}</Link>
      </section>
    );
  }
  return (
    <section>
      <p>
        <Link to="/problematicas" className="back-link">
          ← {t.listTitle}
        </Link>
      </p>
      <h1 className={problem.annulled ? 'struck' : undefined}>{problem.content}</h1>
      <AnnulledBanner record={problem} />
      <div className={problem.annulled ? 'struck' : undefined}>
        <ProblemFields p={problem} sessionLabel={label(problem.sessionId)} />
      </div>
      {!problem.annulled && (
        <div className="actions">
          <Link to={`/problematicas/${problem.id}/editar`} className="button">
            {recordText.edit}
          </Link>
        </div>
      )}
      <PublishProblem problem={problem} />
      <HistoryPanel<Problem>
        kind="problem"
        recordId={problem.id}
        render={(snap) => <ProblemFields p={snap} sessionLabel={label(snap.sessionId)} withTitle />}
      />
      <AnnulPanel kind="problem" record={problem} />
    </section>
  );
}
