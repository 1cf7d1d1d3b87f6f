import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from '../../ui/router';
import { printText as t } from '../../i18n/print';
import { common } from '../../i18n/common';
import { sessionText } from '../../i18n/sessions';
import { collectPrintData, isPrintKind, type PrintData } from './collect';
import { Cover } from './Cover';
import { pageCss, type Paper } from './pageStyle';
import { SessionSection } from './SessionSection';
import { CommitmentsTable } from './entries';
import { MeetingSection } from './MeetingSection';
import { FollowUpPrint } from './FollowUpPrint';
import { CommunityNotice } from './CommunityNotice';
import './print.css';

function readPaper(): Paper {
  return new URLSearchParams(window.location.search).get('papel') === 'a4' ? 'a4' : 'carta';
}

function coverTitle(data: PrintData): { title: string; subtitle?: string } {
  if (data.kind === 'sesion' && data.sessions[0]) {
    const s = data.sessions[0].session;
    return { title: t.coverSession, subtitle: sessionText.numberOrdinal(s.kind, s.number) };
  }
  if (data.kind === 'compromisos') return { title: t.coverCommitments };
  if (data.kind === 'encuentro' && data.meeting?.meta) return { title: t.coverMeeting, subtitle: data.meeting.meta.name };
  return { title: t.coverTitle };
}

export default function PrintViewPage({ params }: { params: Record<string, string> }) {
  const kind = params.kind ?? '';
  const id = params.id ?? '';
  const data = useLiveQuery(async () => (isPrintKind(kind) ? ((await collectPrintData(kind, id)) ?? null) : null), [kind, id]);
  const [paper] = useState(readPaper);
  const [imagesReady, setImagesReady] = useState(false);

  // Printing before photos decode leaves blank boxes on paper: wait for every image first.
  useEffect(() => {
    if (!data) return;
    const pending = [...document.querySelectorAll<HTMLImageElement>('.print-root img')].map((img) => img.decode().catch(() => undefined));
    void Promise.all(pending).then(() => setImagesReady(true));
  }, [data]);

  if (data === undefined) return <p role="status">{t.preparing}</p>;
  if (data === null) {
    return (
      <main className="print-root" id="contenido">
        <p role="alert">{t.nothing}</p>
        <Link to="/imprimir">{t.back}</Link>
      </main>
    );
  }
  const { title, subtitle } = coverTitle(data);
  const header = `${data.school.name} · CCT ${data.school.cct} · ${t.cicloLabel} ${data.ciclo}`;
  return (
    <main className="print-root" id="contenido" data-print-ready={imagesReady ? 'true' : undefined}>
      <style>{pageCss(paper, header)}</style>
      <div className="print-toolbar">
        <Link to="/imprimir" className="back-link">
          ← {t.back}
        </Link>
        <button type="button" onClick={() => window.print()} disabled={!imagesReady}>
          {imagesReady ? t.printButton : common.loading}
        </button>
      </div>
      {data.kind === 'aviso' ? null : <Cover school={data.school} title={title} ciclo={data.ciclo} {...(subtitle ? { subtitle } : {})} />}
      {data.kind === 'aviso' && data.meeting ? (
        <CommunityNotice school={data.school} meeting={data.meeting} />
      ) : data.kind === 'encuentro' && data.meeting ? (
        <>
          <FollowUpPrint s={data.meeting} />
          <MeetingSection s={data.meeting} />
        </>
      ) : data.kind === 'compromisos' ? (
        <section className="print-session">
          <h2>{t.coverCommitments}</h2>
          {data.commitments.length === 0 ? <p>{t.nothing}</p> : <CommitmentsTable commitments={data.commitments} />}
        </section>
      ) : (
        <>
          {data.sessions.length === 0 && <p>{t.nothing}</p>}
          {data.sessions.map((s) => (
            <SessionSection key={s.session.id} data={s} school={data.school} />
          ))}
        </>
      )}
    </main>
  );
}
