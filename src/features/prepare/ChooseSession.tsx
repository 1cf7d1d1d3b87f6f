import { useState } from 'react';
import { Link, navigate } from '../../ui/router';
import { common } from '../../i18n/common';
import { prepareText as t } from '../../i18n/prepare';
import { SelectField } from '../../ui/Field';
import { sessionTitle, useSessions } from '../../ui/records/useSessions';
import { sessionText } from '../../i18n/sessions';

export function ChooseSession() {
  const { sessions } = useSessions();
  const [id, setId] = useState('');
  if (!sessions) return <p role="status">{common.loading}</p>;
  return (
    <section>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      {sessions.length === 0 ? (
        <p className="empty">
          {t.noSessions} <Link to="/sesiones/nueva">{sessionText.newSession}</Link>
        </p>
      ) : (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            navigate(`/preparar/${id || sessions[0]!.id}`);
          }}
        >
          <SelectField
            label={t.chooseSession}
            value={id || sessions[0]!.id}
            onChange={(e) => setId(e.target.value)}
            options={sessions.map((s) => ({ value: s.id, label: sessionTitle(s) }))}
          />
          <div className="actions">
            <button type="submit">{t.start}</button>
          </div>
        </form>
      )}
    </section>
  );
}
