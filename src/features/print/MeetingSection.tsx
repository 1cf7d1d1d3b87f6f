// One meeting's panels on paper: every card with its author and school, starred aportaciones
// marked, annulled cards struck through, the observation plan and the commitments. Panels
// without cards are left out.
import type { ReactNode } from 'react';
import { TEAMS } from '../../domain/meeting';
import { CardLine, cardList as list, RolesContext } from './CardLine';
import { ConclusionsPrint, TablaPrint } from './FirstPartPrint';
import { TeamsPrint } from './TeamsPrint';
import { roleText } from '../../i18n/agenda';
import type { PrintMeeting } from './meetingData';
import { formatDate } from '../../i18n/common';
import { meetingText as m } from '../../i18n/meetings';
import { printText as t } from '../../i18n/print';

function Panel({ title, cards, children }: { title: string; cards: unknown[]; children: ReactNode }) {
  if (cards.length === 0) return null;
  return (
    <div className="print-block">
      <h3>{title}</h3>
      {children}
    </div>
  );
}

export function MeetingSection({ s }: { s: PrintMeeting }) {
  const k = s.byKind;
  const problems = k.problematica;
  const problemText = (id: string) => problems.find((p) => p.id === id)?.text ?? m.observation.unknownProblem;
  return (
    <RolesContext.Provider value={s.roles}>
      <section className="print-session">
        <h2>{s.meta!.name}</h2>
        <dl className="print-facts">
          <div>
            <dt>{t.date}</dt>
            <dd>{formatDate(s.meta!.date)}</dd>
          </div>
          {s.meta!.place && (
            <div>
              <dt>{m.place}</dt>
              <dd>{s.meta!.place}</dd>
            </div>
          )}
        </dl>
        <Panel title={m.schoolsTitle} cards={s.schools}>
          <ul>
            {s.schools.map((x) => (
              <li key={x.cct}>
                {x.name} ({x.cct})
                {s.roles.representatives.get(x.cct) ? ` · ${roleText.representante}: ${s.roles.representatives.get(x.cct)!.author}` : ''}
                {s.roles.coordinators.has(x.cct) || s.creator?.cct === x.cct ? ` · ${roleText.coordinacion}` : ''}
              </li>
            ))}
          </ul>
        </Panel>
        <Panel title={m.panels.normas} cards={k.norma}>
          {list(k.norma)}
        </Panel>
        <Panel title={m.panels.lluvia} cards={k.idea}>
          {list(k.idea)}
        </Panel>
        <Panel title={m.panels.tabla} cards={k.tabla}>
          <TablaPrint cards={k.tabla} />
        </Panel>
        {/* A team with a moderator and no notes yet still says who moderates it. */}
        <Panel title={m.panels.equipos} cards={[...k.equipo, ...s.roles.moderators.values()]}>
          <TeamsPrint notes={k.equipo} tabla={k.tabla} roles={s.roles} />
        </Panel>
        <Panel title={m.panels.conclusiones} cards={k.conclusion}>
          <ConclusionsPrint cards={k.conclusion} />
        </Panel>
        <Panel title={m.panels.problematicas} cards={problems}>
          {problems.map((p) => (
            <article key={p.id} className={p.annulled ? 'print-entry print-annulled-entry' : 'print-entry'}>
              <h4 className={p.annulled ? 'print-annulled' : undefined}>
                {p.text}
                {p.stars.length > 0 && <span className="print-stars"> ★ {m.starsCount(p.stars.length)}</span>}
              </h4>
              <p className="print-byline">{m.problem.presentedBy(`${p.school.name} (${p.author})`)}</p>
              {(Object.keys(m.problem.fields) as (keyof typeof m.problem.fields)[])
                .filter((f) => p.details[f].trim())
                .map((f) => (
                  <p key={f} className="print-field">
                    <strong>{m.problem.fields[f]}:</strong> <span className="print-text">{p.details[f]}</span>
                  </p>
                ))}
              {k.aportacion.some((a) => a.parentId === p.id) && (
                <>
                  <p className="print-field">
                    <strong>{m.problem.aportaciones}:</strong>
                  </p>
                  <ul className="print-cards">
                    {k.aportacion
                      .filter((a) => a.parentId === p.id)
                      .sort((a, b) => b.stars.length - a.stars.length)
                      .map((a) => (
                        <CardLine key={a.id} card={a}>
                          <span className="print-byline">
                            {' '}
                            ({m.problem.aportacionKinds[a.aportacionKind]}
                            {a.team ? ` · ${m.team(a.team)}` : ''})
                          </span>
                        </CardLine>
                      ))}
                  </ul>
                </>
              )}
            </article>
          ))}
        </Panel>
        <Panel title={m.panels.observacion} cards={k.observacion}>
          <ul className="print-cards">
            {k.observacion.map((o) => (
              <CardLine key={o.id} card={o}>
                <span className="print-field">
                  {' '}
                  {m.observation.summary(o.teacher, o.teacherSchool.name)}: {problemText(o.problemId)}
                </span>
              </CardLine>
            ))}
          </ul>
        </Panel>
        <Panel title={m.panels.compromisos} cards={k.compromiso}>
          {[...TEAMS, null].map((team) => {
            const cards = k.compromiso.filter((c) => c.team === team);
            return cards.length ? (
              <div key={String(team)}>
                <h4>{team === null ? m.wholeGroup : m.team(team)}</h4>
                {list(cards)}
              </div>
            ) : null;
          })}
        </Panel>
      </section>
    </RolesContext.Provider>
  );
}
