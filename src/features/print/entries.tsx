// The bitácora's entries as they read on paper. Annulled entries stay, struck through, with
// their reason; empty fields are left out rather than printed blank.
import type { ReactNode } from 'react';
import type { Commitment, FollowUp } from '../../domain/commitment';
import type { Evidence, EvidenceFile } from '../../domain/evidence';
import type { Practice } from '../../domain/practice';
import type { Problem } from '../../domain/problem';
import type { RecordMeta } from '../../domain/record';
import { formatDate } from '../../i18n/common';
import { printText as t } from '../../i18n/print';
import { useObjectUrl } from '../../ui/useObjectUrl';

function Field({ label, children }: { label: string; children: ReactNode }) {
  if (children === '' || children === undefined || children === null) return null;
  return (
    <p className="print-field">
      <strong>{label}:</strong> <span className="print-text">{children}</span>
    </p>
  );
}

function Entry({ record, title, children }: { record: RecordMeta; title: string; children: ReactNode }) {
  return (
    <article className={record.annulled ? 'print-entry print-annulled-entry' : 'print-entry'}>
      <h4 className={record.annulled ? 'print-annulled' : undefined}>{title}</h4>
      {record.annulled && <p className="print-annul-reason">{t.annulled(record.annulled.reason)}</p>}
      <div className={record.annulled ? 'print-annulled' : undefined}>{children}</div>
    </article>
  );
}

export function PracticeEntry({ practice: p }: { practice: Practice }) {
  return (
    <Entry record={p} title={p.title}>
      <Field label={t.teacher}>{[p.teacherName, p.gradeGroup].filter(Boolean).join(' · ')}</Field>
      <p className="print-text">{p.description}</p>
      <Field label={t.difficulty}>{p.difficulty}</Field>
      <Field label={t.materials}>{p.materials}</Field>
      {/* Never blank "1. 2. 3.": a práctica brought from a meeting may not have its reasons yet. */}
      {p.reasons.some((r) => r.trim()) ? (
        <>
          <p className="print-field">
            <strong>{t.reasons}:</strong>
          </p>
          <ol className="print-reasons">
            {p.reasons.map((r, i) =>
              r.trim() ? (
                <li key={i} className="print-text">
                  {r}
                </li>
              ) : null,
            )}
          </ol>
        </>
      ) : (
        <Field label={t.reasons}>{t.reasonsPending}</Field>
      )}
      <Field label={t.unsolved}>{p.unsolved}</Field>
      <Field label={t.attribution}>{p.attribution}</Field>
      <Field label={t.assessment}>{t.assessments[p.assessment]}</Field>
      {p.shareNext && <p className="print-field">✓ {t.sharedNext}</p>}
    </Entry>
  );
}

function Photo({ file, alt }: { file: EvidenceFile; alt: string }) {
  const url = useObjectUrl(file.thumb ?? file.blob);
  return <figure>{url && <img src={url} alt={alt} />}</figure>;
}

export function EvidenceEntry({
  evidence: e,
  photos,
  practiceTitles,
}: {
  evidence: Evidence;
  photos: EvidenceFile[];
  practiceTitles: Map<string, string>;
}) {
  const linked = e.practiceIds
    .map((id) => practiceTitles.get(id))
    .filter(Boolean)
    .join('; ');
  return (
    <Entry record={e} title={`${t.evidenceKinds[e.kind]} · ${formatDate(e.date)}`}>
      <p className="print-text">{e.description}</p>
      <Field label={t.group}>{e.group}</Field>
      <Field label={t.linkedTo}>{linked}</Field>
      {photos.length > 0 && (
        <div className="print-photos">
          {photos.map((f) => (
            <Photo key={f.id} file={f} alt={t.photoAlt(e.description)} />
          ))}
        </div>
      )}
    </Entry>
  );
}

export function ProblemEntry({ problem: p }: { problem: Problem }) {
  return (
    <Entry record={p} title={p.content}>
      <Field label={t.gradeGroup}>{p.gradeGroup}</Field>
      <Field label={t.organization}>{p.organization}</Field>
      <Field label={t.strategies}>{p.strategies}</Field>
      <Field label={t.interventions}>{p.interventions}</Field>
      <Field label={t.resources}>{p.resources}</Field>
      <Field label={t.failedActions}>{p.failedActions}</Field>
      <Field label={t.supportRequested}>{p.supportRequested}</Field>
      {p.presentAtMeeting && <p className="print-field">✓ {t.presentAtMeeting}</p>}
    </Entry>
  );
}

function responsibleOf(c: Commitment): string {
  return c.responsibleKind === 'escuela' ? t.wholeSchool : c.responsibleName;
}

export function howShown(c: Commitment): string {
  return [c.mechanism, c.instrument].filter(Boolean).join(' — ');
}

export function FollowUpList({ entries }: { entries: FollowUp[] }) {
  return (
    <ul className="print-followups">
      {entries.map((f) => (
        <li key={f.id}>
          {formatDate(f.date)} — {t.statuses[f.status]}
          {f.note && <span className="print-text">: {f.note}</span>}
        </li>
      ))}
    </ul>
  );
}

export function CommitmentEntry({ commitment: c }: { commitment: Commitment }) {
  return (
    <Entry record={c} title={c.statement}>
      <Field label={t.responsible}>{responsibleOf(c)}</Field>
      <Field label={t.dueDate}>{c.dueDate ? formatDate(c.dueDate) : t.noDueDate}</Field>
      <Field label={t.howShown}>{howShown(c)}</Field>
      <Field label={t.status}>{t.statuses[c.status]}</Field>
      {c.followUps.length > 0 && <FollowUpList entries={c.followUps} />}
    </Entry>
  );
}

/** The commitments of a ciclo as one table: rows never split across pages. */
export function CommitmentsTable({ commitments }: { commitments: Commitment[] }) {
  return (
    // On a phone's screen the table scrolls inside its box, never the whole sheet; paper gets it whole.
    <div className="print-table-wrap">
      <table className="print-table">
        <thead>
          <tr>
            <th scope="col">{t.statement}</th>
            <th scope="col">{t.responsible}</th>
            <th scope="col">{t.dueDate}</th>
            <th scope="col">{t.howShown}</th>
            <th scope="col">{t.status}</th>
            <th scope="col">{t.followUp}</th>
          </tr>
        </thead>
        <tbody>
          {commitments.map((c) => (
            <tr key={c.id} className={c.annulled ? 'print-annulled-row' : undefined}>
              <td>
                <span className={c.annulled ? 'print-annulled' : undefined}>{c.statement}</span>
                {c.annulled && <span className="print-annul-reason"> {t.annulled(c.annulled.reason)}</span>}
              </td>
              <td>{responsibleOf(c)}</td>
              <td>{c.dueDate ? formatDate(c.dueDate) : t.noDueDate}</td>
              <td>{howShown(c)}</td>
              <td>{t.statuses[c.status]}</td>
              <td>{c.followUps.length > 0 && <FollowUpList entries={c.followUps} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
