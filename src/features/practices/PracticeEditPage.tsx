import { useLiveQuery } from 'dexie-react-hooks';
import { saveWithDraft } from '../../db/drafts';
import { recordDraftKey } from '../../domain/draft';
import { createPractice, getPractice, updatePractice } from '../../db/practices';
import { getSchool } from '../../db/schools';
import { emptyPractice, type Practice, type PracticeDraft } from '../../domain/practice';
import { notify } from '../../ui/notify';
import { Link, navigate } from '../../ui/router';
import { common } from '../../i18n/common';
import { practiceText as t } from '../../i18n/practices';
import { recordText } from '../../i18n/records';
import { useSessions } from '../../ui/records/useSessions';
import { PracticeForm } from './PracticeForm';

function toDraft(p: Practice): PracticeDraft {
  const { id: _i, version: _v, createdAt: _c, updatedAt: _u, annulled: _a, origin: _o, originKey: _k, ...draft } = p;
  return draft;
}

export default function PracticeEditPage({ params }: { params: Record<string, string> }) {
  const id = params.id;
  const practice = useLiveQuery(async () => (id ? ((await getPractice(id)) ?? null) : null), [id]);
  const school = useLiveQuery(() => getSchool(), []);
  const { sessions } = useSessions();

  if ((id && practice === undefined) || !sessions || !school) return <p role="status">{common.loading}</p>;
  if (id && (practice === null || practice?.annulled)) {
    return (
      <section>
        <h1>{t.editPractice}</h1>
        <p role="alert">{practice?.annulled ? recordText.annulled : recordText.notFound}</p>
        <Link to="/practicas">{common.back}</Link>
      </section>
    );
  }
  const initial = practice ? toDraft(practice) : emptyPractice(sessions[0]?.id ?? '');
  const draftKey = recordDraftKey('practice', practice);
  return (
    <section>
      <p>
        <Link to={id ? `/practicas/${id}` : '/practicas'} className="back-link">
          ← {id ? common.back : t.listTitle}
        </Link>
      </p>
      <h1>{id ? t.editPractice : t.newPractice}</h1>
      <PracticeForm
        key={practice?.id ?? 'new'}
        initial={initial}
        teachers={school.teachers}
        sessions={sessions}
        draftKey={draftKey}
        reasonsLater={practice?.origin?.kind === 'meeting'}
        onSubmit={async (draft) => {
          const saved = await saveWithDraft(draftKey, () => (id ? updatePractice(id, draft) : createPractice(draft)));
          notify({ text: id ? recordText.savedEdit : recordText.savedNew, tone: 'success' });
          navigate(`/practicas/${saved.id}`);
        }}
      />
    </section>
  );
}
