import type { ReactNode } from 'react';
import { formatDate } from '../../i18n/common';
import { printText as t } from '../../i18n/print';
import { sessionText } from '../../i18n/sessions';
import type { School } from '../../domain/school';
import type { SessionPrint } from './collect';
import { Attendance, Signatures } from './Attendance';
import { CommitmentEntry, EvidenceEntry, FollowUpList, PracticeEntry, ProblemEntry } from './entries';

/** A titled part of a session, left out entirely when it has nothing to show. */
function Part({ title, items, children }: { title: string; items: unknown[]; children: ReactNode }) {
  if (items.length === 0) return null;
  return (
    <div className="print-block">
      <h3>{title}</h3>
      {children}
    </div>
  );
}

/** One CTE session as a chapter of the notebook. */
export function SessionSection({ data, school }: { data: SessionPrint; school: School }) {
  const { session } = data;
  return (
    <section className="print-session">
      <h2 className={session.annulled ? 'print-annulled' : undefined}>{sessionText.numberOrdinal(session.kind, session.number)}</h2>
      {session.annulled && <p className="print-annul-reason">{t.sessionAnnulled(session.annulled.reason)}</p>}
      <dl className="print-facts">
        <div>
          <dt>{t.date}</dt>
          <dd>{formatDate(session.date)}</dd>
        </div>
        <div>
          <dt>{t.modality}</dt>
          <dd>{sessionText.modalities[session.modality]}</dd>
        </div>
      </dl>
      <Attendance attendance={session.attendance ?? []} />
      <Part title={t.normas} items={session.normas}>
        <ul>
          {session.normas.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      </Part>
      <Part title={t.followUps} items={data.followUps}>
        {data.followUps.map(({ commitment, entries }) => (
          <div key={commitment.id} className="print-entry">
            <h4>{commitment.statement}</h4>
            <FollowUpList entries={entries} />
          </div>
        ))}
      </Part>
      <Part title={t.practices} items={data.practices}>
        {data.practices.map((p) => (
          <PracticeEntry key={p.id} practice={p} />
        ))}
      </Part>
      <Part title={t.evidences} items={data.evidences}>
        {data.evidences.map(({ evidence, photos }) => (
          <EvidenceEntry key={evidence.id} evidence={evidence} photos={photos} practiceTitles={data.practiceTitles} />
        ))}
      </Part>
      <Part title={t.problems} items={data.problems}>
        {data.problems.map((p) => (
          <ProblemEntry key={p.id} problem={p} />
        ))}
      </Part>
      {data.acuerdos && (
        <div className="print-block">
          <h3>{t.acuerdos}</h3>
          {(['effectivePractices', 'materials', 'hardContents', 'supportRequested'] as const)
            .filter((k) => data.acuerdos![k].trim())
            .map((k) => (
              <p key={k} className="print-field">
                <strong>{t.acuerdoFields[k]}:</strong> <span className="print-text">{data.acuerdos![k]}</span>
              </p>
            ))}
        </div>
      )}
      <Part title={t.commitmentsMade} items={data.commitments}>
        {data.commitments.map((c) => (
          <CommitmentEntry key={c.id} commitment={c} />
        ))}
      </Part>
      {session.notes && (
        <div className="print-block">
          <h3>{t.notes}</h3>
          <p className="print-text">{session.notes}</p>
        </div>
      )}
      <Signatures school={school} />
    </section>
  );
}
