// One card on a panel wall: text, who wrote it (school and CCT) and when, who changed it. Its own
// school can edit it, annul it (it stays, struck through, with undo) or restore it; the meeting's
// creator can annul it with a reason (M10-M12); some panels let people star it. An open edit is
// kept on the device as it is typed (useCardEdit, issue 14).
import { memo, useState, type FormEvent, type ReactNode } from 'react';
import { voterKey, type Card } from '../../domain/meeting';
import { editCardText, setAnnulled, toggleStar } from '../../meeting/model';
import { notify } from '../../ui/notify';
import { formatCardTime, meetingText as t } from '../../i18n/meetings';
import { integrityText } from '../../i18n/meetingIntegrity';
import { annulRight, canEdit } from '../../meeting/ownership';
import { TextArea } from '../../ui/Field';
import { CardProvenance } from './CardProvenance';
import { HostAnnulForm } from './HostAnnulForm';
import { useMeeting } from './MeetingContext';
import { runChange } from './runChange';
import { draftLabel } from '../../domain/draft';
import { draftText } from '../../i18n/drafts';
import { DraftNotice } from '../../ui/DraftNotice';
import { ChangedMeanwhile } from './ChangedMeanwhile';
import { useCardEdit } from './useCardEdit';
import { rolesOfPerson } from '../../meeting/roles';
import { roleText } from '../../i18n/agenda';
import { ActionRow } from '../../ui/ActionRow';
import { starText } from '../../i18n/stars';

interface Props {
  card: Card;
  starrable?: boolean;
  highlighted?: boolean;
  children?: ReactNode;
}

function CardViewInner({ card, starrable, highlighted, children }: Props) {
  const { doc, writer, snapshot, roles } = useMeeting();
  const edit = useCardEdit(
    'meetingCardEdit',
    card.id,
    () => card.text,
    (v: string) => draftLabel(v),
  );
  const draft = edit.value;
  const editing = draft !== null;
  const [hostAnnul, setHostAnnul] = useState(false);
  const editable = canEdit(card, writer);
  const right = annulRight(card, writer, snapshot.creator);
  const me = writer ? voterKey(writer.school, writer.author) : null;
  const mine = me !== null && card.stars.includes(me);
  // M14: a star marked from another device past the budget is kept, shown, and not counted.
  const mineOver = me !== null && !!card.overStars?.includes(me);

  function save(e: FormEvent) {
    e.preventDefault();
    // Changed meanwhile: the teacher chooses first (the notice says so); nothing is overwritten.
    if (draft === null || !draft.trim() || !writer || edit.changedMeanwhile) return;
    if (runChange(() => editCardText(doc, card.id, draft, Date.now(), writer))) edit.close();
  }

  function restore() {
    if (writer) runChange(() => setAnnulled(doc, card.id, false, Date.now(), writer));
  }

  function annul(reason = '') {
    if (!writer || !runChange(() => setAnnulled(doc, card.id, true, Date.now(), writer, reason))) return;
    setHostAnnul(false);
    notify({ text: t.annulledNotice, tone: 'info', action: { label: t.undo, run: restore } });
  }

  return (
    <article
      className={`meeting-card${card.annulled ? ' annulled' : ''}${highlighted ? ' highlighted' : ''}`}
      data-card-id={card.id}
      aria-label={card.annulled ? `${t.annulled}: ${card.text}` : undefined}
    >
      {!editing && <DraftNotice draft={edit.kept} staleText={draftText.cardEdit.staleCard} />}
      {editing ? (
        <form onSubmit={save} className="card-edit">
          <DraftNotice draft={edit.kept} />
          <ChangedMeanwhile edit={edit} text={draftText.cardEdit.changedCard(card.text)} />
          <TextArea
            label={t.editLabel(card.author)}
            value={draft}
            onChange={(e) => edit.change(e.target.value)}
            maxLength={5000}
            rows={3}
            autoFocus
          />
          <ActionRow
            actions={[
              { label: t.saveEdit, submit: true, small: true },
              { label: t.cancelEdit, onClick: edit.close, small: true, secondary: true },
            ]}
          />
        </form>
      ) : (
        <p className="card-text">
          {card.annulled && <span className="badge">{t.annulled}</span>} <span className="text">{card.text}</span>
        </p>
      )}
      {highlighted && <span className="badge badge-star">{t.highlighted}</span>}
      {children}
      <p className="card-byline">
        {t.byline(card.author, card.school.name, card.school.cct, formatCardTime(card.createdAt))}
        {rolesOfPerson(roles, card.school.cct, card.author).map((r) => (
          <span key={r} className="badge badge-role">
            {roleText[r]}
          </span>
        ))}
      </p>
      <CardProvenance card={card} />
      {hostAnnul && <HostAnnulForm onAnnul={annul} onCancel={() => setHostAnnul(false)} />}
      <div className="card-actions">
        {starrable && (
          <button
            type="button"
            className={`small star${mine ? ' on' : ''}`}
            aria-pressed={mine || mineOver}
            disabled={!writer}
            onClick={() => writer && runChange(() => toggleStar(doc, card.id, writer, Date.now()))}
          >
            <span aria-hidden="true">{mine ? '★' : '☆'}</span> {mineOver ? starText.removeOver : t.star(card.stars.length, mine)}
          </button>
        )}
        {starrable && mineOver && <p className="hint star-over">{starText.over}</p>}
        {/* A kept edit waiting for the teacher's choice is answered first (it holds the draft's writes). */}
        {editable && !editing && !card.annulled && edit.kept.notice.kind !== 'stale' && (
          <button type="button" className="small secondary" onClick={edit.begin}>
            {t.edit}
          </button>
        )}
        {right && card.annulled && (
          <button type="button" className="small secondary" onClick={restore}>
            {t.restore}
          </button>
        )}
        {right === 'own' && !card.annulled && (
          <button type="button" className="small secondary" onClick={() => annul()}>
            {t.annul}
          </button>
        )}
        {right === 'creator' && !card.annulled && !hostAnnul && (
          <button type="button" className="small secondary" onClick={() => setHostAnnul(true)}>
            {integrityText.hostAnnul}
          </button>
        )}
      </div>
    </article>
  );
}

export const CardView = memo(CardViewInner);
