import type { School } from '../../domain/school';
import type { Attendee } from '../../domain/session';
import { printText as t } from '../../i18n/print';

/** Who attended, with a blank to sign, as the paper acta has it. */
export function Attendance({ attendance }: { attendance: Attendee[] }) {
  return (
    <div className="print-block print-attendance">
      <h3>{t.attendance}</h3>
      {attendance.length === 0 ? (
        <p>{t.noAttendance}</p>
      ) : (
        <table className="print-table">
          <thead>
            <tr>
              <th scope="col">{t.attendanceName}</th>
              <th scope="col">{t.attendanceRole}</th>
              <th scope="col" className="print-sign-col">
                {t.signature}
              </th>
            </tr>
          </thead>
          <tbody>
            {attendance.map((a) => (
              <tr key={a.id}>
                <td>{a.name}</td>
                <td>{a.guest ? [a.role, t.guest].filter(Boolean).join(' · ') : a.role}</td>
                <td className="print-sign-cell" />
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** The closing signatures of the session: the director and the responsable of the bitácora. */
export function Signatures({ school }: { school: Pick<School, 'director' | 'responsable'> }) {
  return (
    <div className="print-signatures" aria-label={t.signatures}>
      {[
        [school.director, t.signDirector],
        [school.responsable, t.signResponsable],
      ].map(([name, role]) => (
        <div key={role} className="print-signature">
          <div className="print-sign-line" />
          <p className="print-sign-name">{name || '\u00a0'}</p>
          <p className="print-sign-role">{role}</p>
        </div>
      ))}
    </div>
  );
}
