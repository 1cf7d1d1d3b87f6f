// C1 (docs/SYNC.md): 2-10 peers, random operations on every panel through the mapping layer,
// random delivery order, duplicates and disconnects; all peers end with identical panel state,
// and no card anyone created is missing. Also F4: file merges in any order give the same result.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCard,
  editCardText,
  editProblemDetail,
  initMeeting,
  joinSchool,
  publishProblem,
  setAnnulled,
  setTimerMinutes,
  startPresentation,
  startRound,
  stopPresentation,
  toggleStar,
  type Writer,
} from '../../src/meeting/model';
import { readMeeting } from '../../src/meeting/snapshot';
import { comparableState } from '../helpers/comparableState';
import { createMeetingStore, type MeetingStore } from '../../src/meeting/store';
import { PROBLEM_DETAIL_FIELDS, TABLE_COLUMNS, voterKey, type Team } from '../../src/domain/meeting';
import { checkMeetingFile, encodeMeetingFile, mergeMeetingFile } from '../../src/meeting/file';
import { pick, seededRng, TestNetwork, type Rng } from '../helpers/meetingNetwork';

const SCHOOLS = [
  { name: 'Escuela Benito Juárez', cct: '14DPR0123X' },
  { name: 'Escuela Emiliano Zapata', cct: '14DPR0456Y' },
  { name: 'Telesecundaria 12', cct: '14ETV0012Z' },
];
const WRITERS: Writer[] = [
  { author: 'Ana Ruiz', school: SCHOOLS[0]! },
  { author: 'Beto Díaz', school: SCHOOLS[1]! },
  { author: 'Carmen Solís', school: SCHOOLS[2]! },
  { author: 'Dora Peña', school: SCHOOLS[0]! },
];
const TEAMS: (Team | null)[] = [1, 2, 3, 4, null];
const WORDS = ['respeto', 'escuchar', 'ñandú', 'fracciones', 'lectura', '😀', 'evidencia', 'confianza'];

function randomText(rng: Rng): string {
  return Array.from({ length: 1 + Math.floor(rng() * 4) }, () => pick(rng, WORDS)).join(' ');
}

/** One random operation on one peer, through the public mapping layer only. */
function randomOperation(doc: Y.Doc, rng: Rng, now: number, created: Set<string>, view?: MeetingStore): void {
  const writer = pick(rng, WRITERS);
  const s = view ? view.getSnapshot() : readMeeting(doc);
  const cards = [...s.byId.values()];
  const problems = s.byKind.problematica;
  const r = rng();
  // A card's school edits and annuls it (M10); the creator (SCHOOLS[0]) may annul any, with a reason (M12).
  const ownerOf = (card: { school: { cct: string } }) =>
    pick(
      rng,
      WRITERS.filter((w) => w.school.cct === card.school.cct),
    );
  // A device joins before it writes (M13).
  if (r < 0.47) joinSchool(doc, writer.school, now);
  if (r < 0.3) {
    const input = pick(rng, [
      { kind: 'norma' as const, text: randomText(rng) },
      { kind: 'idea' as const, text: randomText(rng) },
      { kind: 'tabla' as const, column: pick(rng, TABLE_COLUMNS), text: randomText(rng) },
      { kind: 'equipo' as const, team: pick(rng, [1, 2, 3, 4] as const), text: randomText(rng) },
      { kind: 'conclusion' as const, text: randomText(rng) },
      {
        kind: 'compromiso' as const,
        team: pick(rng, TEAMS),
        text: randomText(rng),
        responsible: 'María López',
        dueDate: '2019-03-29',
        showResults: 'Registros en la sexta sesión',
      },
    ]);
    created.add(addCard(doc, input, writer, now));
  } else if (r < 0.36) {
    const detail = () => randomText(rng);
    created.add(
      publishProblem(
        doc,
        {
          contenido: randomText(rng),
          organizacion: detail(),
          estrategias: detail(),
          intervencion: detail(),
          recursos: detail(),
          noFuncionaron: detail(),
          apoyo: detail(),
        },
        writer,
        now,
      ),
    );
  } else if (r < 0.44 && problems.length) {
    const parent = pick(rng, problems);
    created.add(
      addCard(
        doc,
        { kind: 'aportacion', parentId: parent.id, aportacionKind: pick(rng, ['estrategia', 'pregunta'] as const), text: randomText(rng) },
        writer,
        now,
      ),
    );
  } else if (r < 0.47 && problems.length) {
    created.add(
      addCard(
        doc,
        {
          kind: 'observacion',
          problemId: pick(rng, problems).id,
          teacher: 'María López',
          teacherSchool: pick(rng, SCHOOLS),
          text: randomText(rng),
        },
        writer,
        now,
      ),
    );
  } else if (r < 0.65 && cards.length) {
    const card = pick(rng, cards);
    const at = Math.floor(rng() * (card.text.length + 1));
    const text = `${card.text.slice(0, at)} ${pick(rng, WORDS)} ${card.text.slice(at + Math.floor(rng() * 3))}`.slice(0, 400);
    if (text.trim()) editCardText(doc, card.id, text, now, ownerOf(card));
  } else if (r < 0.7 && problems.length) {
    const p = pick(rng, problems);
    const field = pick(rng, PROBLEM_DETAIL_FIELDS);
    editProblemDetail(doc, p.id, field, `${p.details[field]} ${pick(rng, WORDS)}`, now, ownerOf(p));
  } else if (r < 0.78 && cards.length) {
    const card = pick(rng, cards);
    if (rng() < 0.7 || !s.creator) setAnnulled(doc, card.id, !card.annulled, now, ownerOf(card));
    else setAnnulled(doc, card.id, !card.annulled, now, WRITERS[0]!, 'Repetida en otro panel');
  } else if (r < 0.9 && cards.length) {
    // A device offers a new star on an aportación only while the person has one left (M14);
    // two devices of one person can still merge past the budget, which C1 then checks.
    const card = pick(rng, cards);
    const me = voterKey(writer.school, writer.author);
    if (card.kind !== 'aportacion' || card.stars.includes(me) || card.overStars?.includes(me) || s.starsLeft(me) > 0)
      toggleStar(doc, card.id, writer, now);
  } else if (r < 0.94) {
    joinSchool(doc, writer.school, now);
  } else {
    const t = rng();
    if (t < 0.4) startPresentation(doc, writer.school, now, 10);
    else if (t < 0.6) stopPresentation(doc);
    else if (t < 0.8) startRound(doc, now, 120);
    else setTimerMinutes(doc, 5 + Math.floor(rng() * 10), 60 + Math.floor(rng() * 100));
  }
}

function runScenario(seed: number) {
  const rng = seededRng(seed);
  const peers = 2 + Math.floor(rng() * 9); // 2..10
  const net = new TestNetwork(peers, rng);
  initMeeting(net.docs[0]!, { id: 'enc-conv', name: 'Encuentro', date: '2018-11-30', place: 'Zona 087', createdAt: 1 }, SCHOOLS[0]);
  const created = new Set<string>();
  const views = net.docs.map(createMeetingStore);
  const steps = 60 + Math.floor(rng() * 60);
  for (let step = 0; step < steps; step++) {
    const i = Math.floor(rng() * peers);
    const r = rng();
    if (r < 0.5) randomOperation(net.docs[i]!, rng, 1000 + step, created, views[i]);
    else if (r < 0.9) for (let k = 0; k < 3; k++) net.deliverOne();
    else if (r < 0.95) net.disconnect(i);
    else net.reconnect(i);
  }
  net.flush();
  // The cached view each peer used must agree with a fresh read (the store's cache is sound).
  views.forEach((v, i) => expect(comparableState(v.getSnapshot())).toEqual(comparableState(readMeeting(net.docs[i]!))));
  views.forEach((v) => v.destroy());
  return { net, created, peers };
}

describe('C1: N peers converge to identical panel state', () => {
  const SEEDS = Array.from({ length: 120 }, (_, i) => i + 1);
  it.each(SEEDS)('seed %i', (seed) => {
    const { net, created } = runScenario(seed);
    const states = net.docs.map((d) => comparableState(readMeeting(d)));
    for (const state of states.slice(1)) expect(state).toEqual(states[0]);
    const final = readMeeting(net.docs[0]!);
    // Nothing silently lost: every card anyone created is there (possibly annulled), and valid.
    expect([...final.byId.keys()].sort()).toEqual([...created].sort());
    expect(final.invalid).toEqual({});
    expect(final.meta?.id).toBe('enc-conv');
  });

  it('the harness really exercises the network (delivery, drops, duplicates)', () => {
    let delivered = 0;
    let dropped = 0;
    let duplicated = 0;
    let cards = 0;
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const { net } = runScenario(seed);
      delivered += net.delivered;
      dropped += net.dropped;
      duplicated += net.duplicated;
      cards += readMeeting(net.docs[0]!).cardCount;
    }
    expect(delivered).toBeGreaterThan(100);
    expect(dropped).toBeGreaterThan(0);
    expect(duplicated).toBeGreaterThan(0);
    expect(cards).toBeGreaterThan(50);
  });
});

describe('F4: meeting files merge in any order, any number of times', () => {
  it.each([11, 12, 13, 14, 15])('seed %i', (seed) => {
    const rng = seededRng(seed);
    const origin = new Y.Doc();
    initMeeting(origin, { id: 'enc-f', name: 'Encuentro', date: '2018-11-30', place: '', createdAt: 1 }, SCHOOLS[0]);
    const base = encodeMeetingFile(origin);
    const devices = [0, 1, 2].map(() => {
      const d = new Y.Doc();
      mergeMeetingFile(d, checkMeetingFile(base, 'enc-f'));
      return d;
    });
    const ids = new Set<string>();
    devices.forEach((d, i) => {
      for (let k = 0; k < 25; k++) randomOperation(d, rng, 2000 + i * 100 + k, ids);
    });
    const files = devices.map(encodeMeetingFile);
    const orders = [
      [0, 1, 2],
      [2, 1, 0],
      [1, 2, 0, 1, 2, 2],
    ];
    const results = orders.map((order) => {
      const d = new Y.Doc();
      for (const i of order) mergeMeetingFile(d, checkMeetingFile(files[i]!, 'enc-f'));
      return comparableState(readMeeting(d));
    });
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });
});
