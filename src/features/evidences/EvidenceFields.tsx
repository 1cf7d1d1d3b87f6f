import { useLiveQuery } from 'dexie-react-hooks';
import { getPracticesByIds } from '../../db/practices';
import type { Evidence } from '../../domain/evidence';
import { Link } from '../../ui/router';
import { formatDate } from '../../i18n/common';
import { evidenceText as t } from '../../i18n/evidences';
import { Fields } from '../../ui/records/DefinitionList';

/** An evidence as written, with links to its prácticas; used by the detail and the history. */
export function EvidenceFields({ e }: { e: Evidence }) {
  const practices = useLiveQuery(() => getPracticesByIds(e.practiceIds), [e.practiceIds.join(',')]);
  return (
    <Fields
      items={[
        [t.kind, t.kinds[e.kind]],
        [t.description, e.description],
        [t.date, formatDate(e.date)],
        [t.group, e.group],
        [
          t.linked,
          practices && practices.length > 0 ? (
            <ul key="p">
              {practices.map((p) => (
                <li key={p.id}>
                  <Link to={`/practicas/${p.id}`}>{p.title}</Link>
                </li>
              ))}
            </ul>
          ) : (
            ''
          ),
        ],
        [t.files, t.filesCount(e.fileIds.length)],
      ]}
    />
  );
}
