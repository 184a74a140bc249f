import { useMutation } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextAreaField } from '../../../components/form/TextField';
import { useFormErrors } from '../../../components/form/useFormErrors';
import { ADD_REVIEW_COMMENT } from '../graphql';
import type { CommentTarget } from './VersionText';

/**
 * A reviewer's comment on a passage (shown quoted) or on a whole section,
 * with an optional replacement text for the passage. Focus goes to the
 * comment field when the form opens.
 */
export function CommentForm({
  roundId,
  target,
  onSaved,
  onCancel,
}: {
  roundId: string;
  target: CommentTarget;
  onSaved: () => Promise<unknown>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [add] = useMutation(ADD_REVIEW_COMMENT);
  const [text, setText] = useState('');
  const [proposedText, setProposedText] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const { errors, check, formRef } = useFormErrors<'text'>();
  const prefix = `review-comment-${target.sectionId}`;
  const { passage } = target;

  useEffect(() => {
    formRef.current?.querySelector<HTMLTextAreaElement>('textarea')?.focus();
  }, [formRef]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setFailure(null);
    if (!check({ text: text.trim() ? undefined : t('review.comment.problems.text') })) return;
    setBusy(true);
    try {
      await add({
        variables: {
          input: {
            roundId,
            sectionId: target.sectionId,
            start: passage?.start,
            end: passage?.end,
            text: text.trim(),
            proposedText: passage && proposedText.trim() ? proposedText.trim() : undefined,
          },
        },
      });
      await onSaved();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      ref={formRef}
      className="app-form review-comment-form"
      onSubmit={submit}
      noValidate
      aria-labelledby={`${prefix}-title`}
    >
      <p className="kern-title" id={`${prefix}-title`}>
        {t('review.comment.formTitle', { section: target.sectionTitle })}
      </p>
      {passage ? (
        <figure className="review-quote">
          <figcaption className="kern-label">{t('review.comment.quoted')}</figcaption>
          <blockquote className="kern-body">{passage.quote}</blockquote>
        </figure>
      ) : (
        <p className="kern-body">{t('review.comment.wholeSection')}</p>
      )}
      <ErrorAlert error={failure} />
      <TextAreaField
        id={`${prefix}-text`}
        label={t('review.comment.text')}
        value={text}
        onChange={setText}
        error={errors.text}
        aria-required
        maxLength={5000}
      />
      {passage && (
        <TextAreaField
          id={`${prefix}-proposal`}
          label={t('review.comment.proposedText')}
          hint={t('review.comment.proposedTextHint')}
          value={proposedText}
          onChange={setProposedText}
          optional
          maxLength={5000}
        />
      )}
      <div className="app-form__actions">
        <SubmitButton busy={busy}>{t('review.comment.save')}</SubmitButton>
        <Button variant="tertiary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
