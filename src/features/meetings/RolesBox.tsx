// Who does what (issue 19, item 3; A5-A7): the person writing says "I record for my school" or
// "I moderate team N"; the creating school marks which other schools coordinate.
import { useId, useState, type FormEvent } from 'react';
import { TEAMS, type Team } from '../../domain/meeting';
import { readCreator } from '../../meeting/read';
import { setCoordinator, setModerator, setRepresentative } from '../../meeting/roles';
import { roleText as t } from '../../i18n/agenda';
import { TextField } from '../../ui/Field';
import { notify } from '../../ui/notify';
import { useMeeting } from './MeetingContext';
import { runChange } from './runChange';

export function RolesBox() {
  const { doc, snapshot, writer, mySchool, roles } = useMeeting();
  const [team, setTeam] = useState<Team>(1);
  const [other, setOther] = useState('');
  const [otherError, setOtherError] = useState<string | undefined>();
  const teamId = useId();
  const creator = readCreator(doc);
  const joined = snapshot.schools.some((s) => s.cct === mySchool.cct);
  const saved = (ok: boolean) => ok && notify({ text: t.saved, tone: 'success' });
  // A5: the one who records may not be the one holding this device (activity 3).
  function nameOther(e: FormEvent) {
    e.preventDefault();
    if (!writer) return;
    if (!other.trim()) return setOtherError(t.nameRequired);
    setOtherError(undefined);
    if (runChange(() => setRepresentative(doc, other, writer, Date.now()))) {
      setOther('');
      saved(true);
    }
  }
  return (
    <section className="roles" aria-labelledby="roles-title">
      <h3 id="roles-title">{t.title}</h3>
      <ul className="roles-list">
        {snapshot.schools.map((s) => {
          const rep = roles.representatives.get(s.cct);
          return (
            <li key={s.cct}>
              {rep ? t.representativeOf(s.name, rep.author) : s.name}
              {roles.coordinators.has(s.cct) || creator?.cct === s.cct ? ` · ${t.coordinacion}` : ''}
              {creator?.cct === mySchool.cct && creator.cct !== s.cct && writer ? (
                <label className="inline-check">
                  <input
                    type="checkbox"
                    checked={roles.coordinators.has(s.cct)}
                    onChange={(e) => saved(runChange(() => setCoordinator(doc, s.cct, e.target.checked, writer, Date.now())))}
                  />{' '}
                  {t.coordinates(s.name)}
                </label>
              ) : null}
            </li>
          );
        })}
        {[...roles.moderators].map(([n, p]) => (
          <li key={`m${n}`}>{t.moderatorOf(n, `${p.author} (${p.schoolName})`)}</li>
        ))}
      </ul>
      {writer && joined ? (
        <p className="actions">
          <button
            type="button"
            className="secondary"
            onClick={() => saved(runChange(() => setRepresentative(doc, writer.author, writer, Date.now())))}
          >
            {t.iRecord}
          </button>
          <label htmlFor={teamId}>{t.team}</label>{' '}
          <select id={teamId} value={team} onChange={(e) => setTeam(Number(e.target.value) as Team)}>
            {TEAMS.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="secondary"
            onClick={() => saved(runChange(() => setModerator(doc, team, writer, writer, Date.now())))}
          >
            {t.iModerate(team)}
          </button>
        </p>
      ) : null}
      {writer && joined ? (
        <form className="inline-form" onSubmit={nameOther} noValidate>
          <TextField label={t.otherRecords} value={other} onChange={(e) => setOther(e.target.value)} error={otherError} maxLength={120} />
          <button type="submit" className="secondary">
            {t.nameRepresentative}
          </button>
        </form>
      ) : null}
    </section>
  );
}
