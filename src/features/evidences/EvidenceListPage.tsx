import { evidenceList } from '../../db/evidences';
import { EVIDENCE_KINDS } from '../../domain/evidence';
import { formatDate } from '../../i18n/common';
import { evidenceText as t } from '../../i18n/evidences';
import { choicesOf, ChoiceFilter, OptionsFilter } from '../../ui/records/ListFilters';
import { evidenceScreens } from './screens';
import { RecordListScreen } from '../../ui/records/RecordListScreen';
import { usePagedList } from '../../ui/records/usePagedList';
import { ListThumb } from './ListThumb';
import { useGradeOptions } from '../../ui/records/useGradeOptions';

export default function EvidenceListPage() {
  const list = usePagedList(evidenceList, (f) => ({
    kind: f.kind || undefined,
    group: f.group || undefined,
  }));
  const grades = useGradeOptions();
  return (
    <RecordListScreen
      screens={evidenceScreens}
      list={list}
      filters={
        <>
          <ChoiceFilter list={list} name="kind" label={t.kind} allLabel={t.anyKind} choices={choicesOf(EVIDENCE_KINDS, t.kinds)} />
          <OptionsFilter list={list} name="group" label={t.group} options={grades} />
        </>
      }
      row={(e) => ({
        thumb: <ListThumb fileId={e.fileIds[0]} />,
        title: e.description,
        meta: (
          <>
            {t.kinds[e.kind]} · {formatDate(e.date)}
            {e.group ? ` · ${e.group}` : ''} · {t.filesCount(e.fileIds.length)}
          </>
        ),
      })}
    />
  );
}
