import type { Attendee } from '../../domain/session';
import type { School } from '../../domain/school';
import { newId } from '../../domain/ids';
import { common } from '../../i18n/common';
import { printText } from '../../i18n/print';
import { sessionText as t } from '../../i18n/sessions';
import { CheckboxField } from '../../ui/Checkbox';
import { TextField } from '../../ui/Field';

/** Who can be marked present: the director and the colectivo docente of the school's profile. */
export function colectivo(school: Pick<School, 'director' | 'teachers'> | undefined): Attendee[] {
  if (!school) return [];
  const director = school.director.trim() ? [{ id: 'director', name: school.director.trim(), role: printText.director, guest: false }] : [];
  return [
    ...director,
    ...school.teachers.filter((x) => x.name.trim()).map((x) => ({ id: x.id, name: x.name, role: x.assignment, guest: false })),
  ];
}

/**
 * The session's attendance: a checkbox per member of the colectivo (plus anyone recorded before
 * who has since left the profile), and guests typed by name and role.
 */
export function AttendanceFields({
  school,
  value,
  onChange,
  error,
}: {
  school: School | undefined;
  value: Attendee[];
  onChange: (next: Attendee[]) => void;
  error?: string | undefined;
}) {
  const members = colectivo(school);
  const known = new Set(members.map((m) => m.id));
  const formerMembers = value.filter((a) => !a.guest && !known.has(a.id));
  const guests = value.filter((a) => a.guest);
  const present = new Set(value.map((a) => a.id));
  // Kept in the colectivo's order (as the acta lists them), guests after.
  const toggle = (m: Attendee, on: boolean) => {
    const chosen = new Set(present);
    if (on) chosen.add(m.id);
    else chosen.delete(m.id);
    onChange([...[...members, ...formerMembers].filter((x) => chosen.has(x.id)), ...guests]);
  };
  const setGuest = (id: string, patch: Partial<Attendee>) => onChange(value.map((a) => (a.id === id ? { ...a, ...patch } : a)));

  return (
    <fieldset className="field attendance">
      <legend>{t.attendance}</legend>
      <p className="hint">{t.attendanceHint}</p>
      {members.length === 0 && <p className="muted">{t.noTeachers}</p>}
      {[...members, ...formerMembers].map((m) => (
        <CheckboxField
          key={m.id}
          label={m.role ? `${m.name} (${m.role})` : m.name}
          checked={present.has(m.id)}
          onChange={(on) => toggle(m, on)}
        />
      ))}
      <h3 className="attendance-guests">{t.guests}</h3>
      <ol className="teacher-list">
        {guests.map((g) => (
          <li key={g.id} className="teacher-row">
            <TextField
              label={t.guestName}
              value={g.name}
              onChange={(e) => setGuest(g.id, { name: e.target.value })}
              error={error && !g.name.trim() ? error : undefined}
            />
            <TextField
              label={t.guestRole}
              hint={t.guestRoleHint}
              value={g.role}
              onChange={(e) => setGuest(g.id, { role: e.target.value })}
            />
            <button
              type="button"
              className="secondary small"
              onClick={() => onChange(value.filter((a) => a.id !== g.id))}
              aria-label={t.removeGuest(g.name)}
            >
              {common.remove}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="secondary" onClick={() => onChange([...value, { id: newId(), name: '', role: '', guest: true }])}>
        + {t.addGuest}
      </button>
    </fieldset>
  );
}
