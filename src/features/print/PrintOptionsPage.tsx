import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { listSessions } from '../../db/sessions';
import { listMeetings } from '../../db/meetings';
import { navigate } from '../../ui/router';
import { common, formatDate } from '../../i18n/common';
import { printText as t } from '../../i18n/print';
import { sessionText } from '../../i18n/sessions';
import { RadioGroup, SelectField } from '../../ui/Field';
import type { Paper } from './pageStyle';

type Choice = 'ciclo' | 'sesion' | 'compromisos' | 'encuentro';

export default function PrintOptionsPage() {
  const sessions = useLiveQuery(() => listSessions(), []);
  const meetings = useLiveQuery(() => listMeetings(), []);
  const [meetingId, setMeetingId] = useState('');
  const [choice, setChoice] = useState<Choice>('ciclo');
  const [ciclo, setCiclo] = useState('');
  const [sessionId, setSessionId] = useState('');
  const [paper, setPaper] = useState<Paper>('carta');

  if (!sessions || !meetings) return <p role="status">{common.loading}</p>;
  const ciclos = [...new Set(sessions.map((s) => s.ciclo))];
  if (sessions.length === 0 && meetings.length === 0) {
    return (
      <section>
        <h1>{t.title}</h1>
        <p className="empty">{t.noSessions}</p>
      </section>
    );
  }
  const chosenCiclo = ciclo || ciclos[0] || '';
  const chosenSession = sessionId || sessions[0]?.id || '';
  const chosenMeeting = meetingId || meetings[0]?.id || '';
  const options = [
    ...(sessions.length
      ? [
          { value: 'ciclo' as const, label: t.kinds.ciclo },
          { value: 'sesion' as const, label: t.kinds.sesion },
          { value: 'compromisos' as const, label: t.kinds.compromisos },
        ]
      : []),
    ...(meetings.length ? [{ value: 'encuentro' as const, label: t.kinds.encuentro }] : []),
  ];
  const effective = options.some((o) => o.value === choice) ? choice : options[0]!.value;
  const target =
    effective === 'sesion'
      ? `/imprimir/sesion/${chosenSession}`
      : effective === 'encuentro'
        ? `/imprimir/encuentro/${chosenMeeting}`
        : `/imprimir/${effective}/${encodeURIComponent(chosenCiclo)}`;

  return (
    <section>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(`${target}?papel=${paper}`);
        }}
      >
        <RadioGroup<Choice> legend={t.what} name="what" value={effective} options={options} onChange={setChoice} />
        {effective === 'encuentro' ? (
          <SelectField
            label={t.meeting}
            value={chosenMeeting}
            onChange={(e) => setMeetingId(e.target.value)}
            options={meetings.map((m) => ({ value: m.id, label: `${m.name} · ${formatDate(m.date)}` }))}
          />
        ) : effective !== 'sesion' ? (
          <SelectField
            label={t.ciclo}
            value={chosenCiclo}
            onChange={(e) => setCiclo(e.target.value)}
            options={ciclos.map((c) => ({ value: c, label: c }))}
          />
        ) : (
          <SelectField
            label={t.session}
            value={chosenSession}
            onChange={(e) => setSessionId(e.target.value)}
            options={sessions.map((s) => ({
              value: s.id,
              label: `${sessionText.numberOrdinal(s.kind, s.number)} · ${formatDate(s.date)}`,
            }))}
          />
        )}
        <RadioGroup<Paper>
          legend={t.paper}
          name="paper"
          value={paper}
          options={[
            { value: 'carta', label: t.papers.carta },
            { value: 'a4', label: t.papers.a4 },
          ]}
          onChange={setPaper}
        />
        <div className="actions">
          <button type="submit">{t.open}</button>
        </div>
      </form>
    </section>
  );
}
