// The sixth session's review of one carried commitment (rule N3): its school says how it went
// (fulfilled, under way, not started) and what results were shown; every device sees the latest
// review. What is typed is kept as a draft on the device until it is saved (issue 14).
import { useRef, useState, type FormEvent } from 'react';
import { REVIEW_STATUSES, reviewCommitment, type CommitmentReview as Review, type ReviewStatus } from '../../meeting/followUpReview';
import type { CarriedCommitment } from '../../meeting/followUp';
import { draftLabel } from '../../domain/draft';
import { formatDate } from '../../i18n/common';
import { followUpText } from '../../i18n/followUp';
import { DraftNotice } from '../../ui/DraftNotice';
import { RadioGroup, TextArea } from '../../ui/Field';
import { notify } from '../../ui/notify';
import { useDurableDraft } from '../../ui/useDurableDraft';
import { useMeeting } from './MeetingContext';
import { runChange } from './runChange';

const t = followUpText.review;

interface Draft {
  status: ReviewStatus | '';
  note: string;
}
const EMPTY: Draft = { status: '', note: '' };

function ReviewLine({ review }: { review: Review | undefined }) {
  if (!review) return <p className="muted">{t.none}</p>;
  const date = formatDate(new Date(review.at).toISOString().slice(0, 10));
  return (
    <div className="review-done" data-testid="commitment-review">
      <p>
        <strong>{t.done(t.status[review.status], review.author, review.schoolName, date)}</strong>
      </p>
      {review.note ? <p>{review.note}</p> : null}
    </div>
  );
}

export function CommitmentReview({
  index,
  commitment,
  review,
}: {
  index: number;
  commitment: CarriedCommitment;
  review: Review | undefined;
}) {
  const { doc, writer, snapshot } = useMeeting();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [error, setError] = useState<string | undefined>();
  const mine = !!writer && writer.school.cct === commitment.school.cct;
  const meetingId = snapshot.meta?.id;
  const kept = useDurableDraft({
    key: mine && meetingId ? { form: 'followUpReview', recordId: `${meetingId}/${index}`, version: 0 } : null,
    value: draft,
    initial: EMPTY,
    apply: setDraft,
    label: (d) => draftLabel(d.note || (d.status ? t.status[d.status] : '')),
  });
  const groupRef = useRef<HTMLDivElement>(null);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!writer || !draft.status) {
      setError(t.statusRequired);
      groupRef.current?.querySelector('input')?.focus();
      return;
    }
    const status = draft.status;
    if (runChange(() => reviewCommitment(doc, index, { status, note: draft.note }, writer, Date.now()))) {
      kept.clear();
      setDraft(EMPTY);
      setError(undefined);
      notify({ text: t.saved, tone: 'success' });
    }
  }

  if (!mine) {
    return (
      <>
        <ReviewLine review={review} />
        {!review ? <p className="hint">{t.onlyOwnSchool}</p> : null}
      </>
    );
  }
  return (
    <>
      <ReviewLine review={review} />
      <form className="form review-form" onSubmit={submit} noValidate>
        <DraftNotice draft={kept} />
        <div ref={groupRef}>
          <RadioGroup<ReviewStatus | ''>
            legend={t.legend}
            name={`review-status-${index}`}
            value={draft.status}
            options={REVIEW_STATUSES.map((s) => ({ value: s, label: t.status[s] }))}
            onChange={(status) => {
              setDraft({ ...draft, status });
              setError(undefined);
            }}
          />
          {error ? (
            <p className="error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
        <TextArea
          label={t.note}
          value={draft.note}
          onChange={(e) => setDraft({ ...draft, note: e.target.value })}
          maxLength={5000}
          rows={2}
        />
        <div className="actions">
          <button type="submit">{t.save}</button>
        </div>
      </form>
    </>
  );
}
