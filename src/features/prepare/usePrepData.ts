import { useLiveQuery } from 'dexie-react-hooks';
import { getPreparation } from '../../db/preparations';
import { listPractices } from '../../db/practices';
import { listProblems } from '../../db/problems';
import { getSchool } from '../../db/schools';
import { getSession } from '../../db/sessions';
import { emptyPreparation } from '../../domain/preparation';

/** Everything the preparation screens read for one session, live. A session has tens of entries. */
export function usePrepData(sessionId: string) {
  return useLiveQuery(async () => {
    const [session, school, prep, practices, problems] = await Promise.all([
      getSession(sessionId),
      getSchool(),
      getPreparation(sessionId),
      listPractices({ sessionId, order: 'oldest', pageSize: 500 }),
      listProblems({ sessionId, order: 'oldest', pageSize: 500 }),
    ]);
    if (!session || !school) return null;
    return {
      session,
      school,
      prep: prep ?? emptyPreparation(sessionId, 0),
      practices: practices.rows.filter((p) => !p.annulled),
      problems: problems.rows.filter((p) => !p.annulled),
    };
  }, [sessionId]);
}

export type PrepData = NonNullable<ReturnType<typeof usePrepData>>;
