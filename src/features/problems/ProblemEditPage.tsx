import { useLiveQuery } from 'dexie-react-hooks';
import { saveWithDraft } from '../../db/drafts';
import { recordDraftKey } from '../../domain/draft';
import { createProblem, getProblem, updateProblem } from '../../db/problems';
import { emptyProblem, type Problem, type ProblemDraft } from '../../domain/problem';
import { notify } from '../../ui/notify';
import { Link, navigate } from '../../ui/router';
import { common } from '../../i18n/common';
import { problemText as t } from '../../i18n/problems';
import { recordText } from '../../i18n/records';
import { useSessions } from '../../ui/records/useSessions';
import { ProblemForm } from './ProblemForm';

function toDraft(p: Problem): ProblemDraft {
  const { id: _i, version: _v, createdAt: _c, updatedAt: _u, annulled: _a, origin: _o, originKey: _k, ...draft } = p;
  return draft;
}

export default function ProblemEditPage({ params }: { params: Record<string, string> }) {
  const id = params.id;
  const problem = useLiveQuery(async () => (id ? ((await getProblem(id)) ?? null) : null), [id]);
  const { sessions } = useSessions();
  if ((id && problem === undefined) || !sessions) return <p role="status">{common.loading}</p>;
  if (id && (problem === null || problem?.annulled)) {
    return (
      <section>
        <h1>{t.editProblem}</h1>
        <p role="alert">{problem?.annulled ? recordText.annulled : recordText.notFound}</p>
        <Link to="/problematicas">{common.back}</Link>
      </section>
    );
  }
  const draftKey = recordDraftKey('problem', problem);
  return (
    <section>
      <p>
        <Link to={id ? `/problematicas/${id}` : '/problematicas'} className="back-link">
          ← {id ? common.back : t.listTitle}
        </Link>
      </p>
      <h1>{id ? t.editProblem : t.newProblem}</h1>
      <ProblemForm
        key={problem?.id ?? 'new'}
        initial={problem ? toDraft(problem) : emptyProblem(sessions[0]?.id ?? '')}
        sessions={sessions}
        draftKey={draftKey}
        onSubmit={async (draft) => {
          const saved = await saveWithDraft(draftKey, () => (id ? updateProblem(id, draft) : createProblem(draft)));
          notify({ text: id ? recordText.savedEdit : recordText.savedNew, tone: 'success' });
          navigate(`/problematicas/${saved.id}`);
        }}
      />
    </section>
  );
}
