import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextAreaField } from '../../../components/form/TextField';
import { useFormErrors } from '../../../components/form/useFormErrors';
import type { DispositionKind, ReviewCommentFieldsFragment } from '../../../gql/graphql';
import { isVersionConflict } from '../../../lib/errors';
import { formatInstant } from '../../conferences/datetime';
import { ANSWER_REVIEW_COMMENT, APPLY_REVIEW_PROPOSAL } from '../graphql';
import { DISPOSITIONS } from '../model';
import { RadioGroup } from './RadioGroup';

/**
 * One comment: who, on which section, the passage quoted, the comment and
 * the proposed text, and the Abwägung once there is one. Coordinators answer
 * it here and take a proposal into the working draft.
 */
export function CommentCard({
  comment: c,
  coordinates,
  canAnswer,
  onChanged,
}: {
  comment: ReviewCommentFieldsFragment;
  coordinates: boolean;
  canAnswer: boolean;
  onChanged: () => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const headingId = `review-comment-${c.id}`;
  return (
    <article className="review-comment" aria-labelledby={headingId}>
      <h3 className="kern-heading-small" id={headingId}>
        {t('review.comments.heading', { municipality: c.municipalityName, section: c.sectionTitle })}
      </h3>
      <p className="kern-body kern-body--small review-muted">
        {formatInstant(c.createdAt, language)} ·{' '}
        <a className="kern-link" href={`#review-section-${c.sectionId}`}>
          {t('review.comments.toSection')}
        </a>
      </p>
      {c.quote ? (
        <figure className="review-quote">
          <figcaption className="kern-label">{t('review.comment.quoted')}</figcaption>
          <blockquote className="kern-body">{c.quote}</blockquote>
        </figure>
      ) : (
        <p className="kern-body">{t('review.comment.wholeSection')}</p>
      )}
      <p className="kern-body review-comment__text">{c.text}</p>
      {c.proposedText && (
        <figure className="review-quote review-quote--proposal">
          <figcaption className="kern-label">{t('review.comment.proposal')}</figcaption>
          <blockquote className="kern-body">{c.proposedText}</blockquote>
        </figure>
      )}
      {c.disposition && (
        <p className="kern-body">
          <strong>{t('review.disposition.label')}:</strong> {t(`review.disposition.${c.disposition}`)}
          {c.dispositionReason ? ` – ${c.dispositionReason}` : ''}
        </p>
      )}
      {c.proposalAppliedAt && (
        <p className="kern-body">
          <span className="kern-icon kern-icon--success review-inline-icon" aria-hidden="true" />
          {t('review.proposal.applied', { date: formatInstant(c.proposalAppliedAt, language) })}
        </p>
      )}
      {coordinates && <Answer comment={c} canAnswer={canAnswer} onChanged={onChanged} />}
    </article>
  );
}

function Answer({
  comment: c,
  canAnswer,
  onChanged,
}: {
  comment: ReviewCommentFieldsFragment;
  canAnswer: boolean;
  onChanged: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [answer] = useMutation(ANSWER_REVIEW_COMMENT);
  const [apply, applying] = useMutation(APPLY_REVIEW_PROPOSAL);
  const [disposition, setDisposition] = useState<DispositionKind | ''>(c.disposition ?? '');
  const [reason, setReason] = useState(c.dispositionReason ?? '');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [said, setSaid] = useState('');
  const { errors, check, formRef } = useFormErrors<'disposition' | 'reason'>();
  const prefix = `review-answer-${c.id}`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setFailure(null);
    setSaid('');
    if (
      !check({
        disposition: disposition ? undefined : t('review.disposition.problems.kind'),
        reason:
          disposition && disposition !== 'ACCEPTED' && !reason.trim()
            ? t('review.disposition.problems.reason')
            : undefined,
      })
    )
      return;
    setBusy(true);
    try {
      await answer({
        variables: {
          id: c.id,
          version: c.version,
          disposition: disposition as DispositionKind,
          reason: reason.trim() || undefined,
        },
      });
      // Said once the page shows the new state, so a next step starts from it.
      await onChanged();
      setSaid(t('review.disposition.saved'));
    } catch (error) {
      setFailure(error);
      // Someone else answered meanwhile: show theirs, the message says to look again.
      if (isVersionConflict(error)) await onChanged();
    } finally {
      setBusy(false);
    }
  };

  const takeOver = async () => {
    if (applying.loading) return;
    setSaid('');
    try {
      await apply({ variables: { id: c.id } });
      await onChanged();
      setSaid(t('review.proposal.appliedNow'));
    } catch {
      // shown through applying.error
    }
  };

  return (
    <div className="review-answer">
      {canAnswer && (
        <form ref={formRef} className="app-form" onSubmit={submit} noValidate>
          <ErrorAlert error={failure} />
          <RadioGroup
            id={`${prefix}-disposition`}
            legend={t('review.disposition.legend')}
            error={errors.disposition}
            choices={DISPOSITIONS.map((d) => ({ value: d, label: t(`review.disposition.${d}`) }))}
            value={disposition}
            onChange={setDisposition}
          />
          <TextAreaField
            id={`${prefix}-reason`}
            label={t('review.disposition.reason')}
            hint={t('review.disposition.reasonHint')}
            value={reason}
            onChange={setReason}
            error={errors.reason}
            rows={3}
            maxLength={5000}
          />
          <div className="app-form__actions">
            <SubmitButton busy={busy}>{t('review.disposition.save')}</SubmitButton>
          </div>
        </form>
      )}
      {c.proposedText && c.quote && !c.proposalAppliedAt && (
        <div className="review-answer__apply">
          <p className="kern-hint">{t('review.proposal.hint')}</p>
          <Button onClick={() => void takeOver()} aria-disabled={applying.loading || undefined}>
            {t('review.proposal.apply')}
          </Button>
          <ErrorAlert error={applying.error} />
        </div>
      )}
      <p className="kern-body" role="status">
        {said}
      </p>
    </div>
  );
}
