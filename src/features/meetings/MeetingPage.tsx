// One meeting: its schools, who is writing, the eight panels and the file exchange. Yjs and
// y-indexeddb load only with this screen (a lazy route), never on the home page.
import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getSchool } from '../../db/schools';
import { getSetting, setSetting } from '../../db/settings';
import { getMeetingRecord, saveMeetingRecord } from '../../db/meetings';
import type { MeetingMeta, PanelId, SchoolRef } from '../../domain/meeting';
import { AGENDA_ACTIVITIES } from '../../domain/agenda';
import { joinSchool, type Writer } from '../../meeting/model';
import type { MeetingStore } from '../../meeting/store';
import type * as Y from 'yjs';
import { Link } from '../../ui/router';
import { notify } from '../../ui/notify';
import { common, formatDate } from '../../i18n/common';
import { meetingText as t } from '../../i18n/meetings';
import { TextField } from '../../ui/Field';
import { MeetingContext, type MeetingContextValue } from './MeetingContext';
import { PanelTabs } from './PanelTabs';
import { DamagedNotice } from './CardWall';
import { integrityText } from '../../i18n/meetingIntegrity';
import { PanelView } from './PanelView';
import { SharePanel } from './SharePanel';
import { ForgetPanel } from './ForgetPanel';
import { takeHomeText } from '../../i18n/takeHome';
import { roomText } from '../../i18n/room';
import { useMeetingDoc, useMeetingSnapshot } from './useMeetingDoc';
import { runChange } from './runChange';
import { AgendaPanel } from './AgendaPanel';
import { CoordinationNotice } from './CoordinationNotice';
import { RolesBox } from './RolesBox';
import { useRoles } from './useAgenda';
import { PrivateNotes } from './PrivateNotes';
import { FollowUpBox } from './FollowUpBox';
import { ContinueMeeting } from './ContinueMeeting';

const AUTHOR_KEY = 'meetingAuthor';

function OpenMeeting({ id, doc, store, mySchool }: { id: string; doc: Y.Doc; store: MeetingStore; mySchool: SchoolRef }) {
  const snapshot = useMeetingSnapshot(store);
  const [panel, setPanel] = useState<PanelId>('normas');
  const [author, setAuthor] = useState<string | null>(null);

  useEffect(() => {
    void getSetting<string>(AUTHOR_KEY).then((v) => setAuthor(v ?? ''));
  }, []);
  useEffect(() => {
    performance.mark('meeting:ready');
  }, []);
  // Another school may have corrected the name or date: keep this device's list row in step
  // (only when they change, not on every card edit).
  const meta = snapshot.meta;
  const metaKey = meta ? JSON.stringify(meta) : '';
  useEffect(() => {
    if (metaKey) void saveMeetingRecord(JSON.parse(metaKey) as MeetingMeta).catch(() => undefined);
  }, [metaKey]);

  const trimmed = author?.trim() ?? '';
  const writer = useMemo<Writer | null>(() => (trimmed ? { author: trimmed, school: mySchool } : null), [trimmed, mySchool]);
  const roles = useRoles(doc);
  const value = useMemo<MeetingContextValue>(() => ({ doc, snapshot, writer, mySchool, roles }), [doc, snapshot, writer, mySchool, roles]);

  if (!meta) {
    return (
      <MeetingContext.Provider value={value}>
        <p role="alert" className="form-error">
          {t.damaged}
        </p>
        <SharePanel />
        <ForgetPanel meetingId={id} />
      </MeetingContext.Provider>
    );
  }
  const joined = snapshot.schools.some((s) => s.cct === mySchool.cct);
  // Opening a panel from the agenda or the coordination's notice: the tab is selected and focused.
  const openPanel = (p: PanelId | null, activityId?: string, step?: string) => {
    if (p) setPanel(p);
    // An activity that happens in one part of its panel (activities 11, 14) opens that part; so
    // does a later activity's own button (activity 8, further down the tabla); an activity without a
    // panel may happen in a part of this screen (the follow-up's review box).
    const section = step ?? AGENDA_ACTIVITIES.find((a) => a.id === activityId)?.section;
    requestAnimationFrame(() => {
      const target =
        (section ? document.getElementById(section) : null) ??
        (p ? document.getElementById(`tab-${p}`) : activityId ? document.getElementById(`agenda-item-${activityId}`) : null);
      target?.scrollIntoView({ block: 'start' });
      if (target instanceof HTMLElement) target.focus();
    });
  };
  return (
    <MeetingContext.Provider value={value}>
      <h1>{meta.name}</h1>
      <p className="muted">
        {formatDate(meta.date)}
        {meta.place ? ` · ${meta.place}` : ''}
      </p>
      <section className="card" aria-labelledby="schools-title">
        <h2 id="schools-title">{t.schoolsTitle}</h2>
        {snapshot.schools.length ? (
          <ul className="school-chips">
            {snapshot.schools.map((s) => (
              <li key={s.cct}>
                {s.name} <span className="muted">({s.cct})</span>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t.noSchools}</p>
        )}
        {!joined && (
          <button
            type="button"
            onClick={() => {
              if (runChange(() => joinSchool(doc, mySchool, Date.now()))) notify({ text: t.joined, tone: 'success' });
            }}
          >
            {t.joinMine(mySchool.name)}
          </button>
        )}
        {author !== null && (
          <TextField
            label={t.authorLabel}
            hint={t.authorHint}
            value={author}
            maxLength={200}
            autoComplete="name"
            data-author-field
            onChange={(e) => {
              setAuthor(e.target.value);
              void setSetting(AUTHOR_KEY, e.target.value);
            }}
          />
        )}
        <RolesBox />
        {snapshot.invalidIn('general') ? <p className="invalid-notice">{t.invalidGeneral(snapshot.invalidIn('general'))}</p> : null}
        <DamagedNotice text={integrityText.damagedFields(snapshot.damagedGeneral)} />
      </section>
      <FollowUpBox />
      <CoordinationNotice onGo={openPanel} />
      <AgendaPanel onOpenPanel={openPanel} />
      <PanelTabs current={panel} onChange={setPanel} counts={snapshot.rawCounts} />
      <PanelView panel={panel} />
      <PrivateNotes meetingId={meta.id} />
      <SharePanel />
      <p className="actions">
        <Link to={`/encuentros/${meta.id}/sala`} className="button">
          {roomText.title}
        </Link>
        <Link to={`/encuentros/${meta.id}/llevar`} className="button secondary">
          {takeHomeText.link}
        </Link>
      </p>
      <ContinueMeeting meetingId={meta.id} />
      <ForgetPanel meetingId={id} />
    </MeetingContext.Provider>
  );
}

/** Opens the document only for a meeting this device lists: a mistyped address must not create one. */
function MeetingLoader({ id, mySchool }: { id: string; mySchool: SchoolRef }) {
  const state = useMeetingDoc(id);
  if (state.status === 'error')
    return (
      <p role="alert" className="form-error">
        {t.loadFailed}
      </p>
    );
  if (state.status === 'loading') return <p role="status">{common.loading}</p>;
  return <OpenMeeting id={id} doc={state.doc} store={state.store} mySchool={mySchool} />;
}

export default function MeetingPage({ params }: { params: Record<string, string> }) {
  const id = params.id ?? '';
  const record = useLiveQuery(async () => (await getMeetingRecord(id)) ?? null, [id]);
  const school = useLiveQuery(() => getSchool(), []);
  const mySchool = useMemo(() => (school ? { name: school.name, cct: school.cct } : null), [school]);

  if (record === null) {
    return (
      <section>
        <h1>{t.listTitle}</h1>
        <p role="alert">{t.notFound}</p>
        <Link to="/encuentros">{common.back}</Link>
      </section>
    );
  }
  if (!mySchool || record === undefined) return <p role="status">{common.loading}</p>;
  return (
    <section className="meeting">
      <p>
        <Link to="/encuentros" className="back-link">
          ← {t.listTitle}
        </Link>
      </p>
      <MeetingLoader id={record.id} mySchool={mySchool} />
    </section>
  );
}
