import { useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextAreaField } from '../../../components/form/TextField';
import type { FeasibilityAnswer } from '../../../gql/graphql';
import { isVersionConflict, serverMessages } from '../../../lib/errors';
import { ANSWERS } from '../feasibility';
import { ANSWER_FEASIBILITY } from '../graphql/mutations';
import { FeasibilityIcon } from './FeasibilityIcon';

/** The API's code for input it refuses, here: a reason missing for a conditional or negative answer. */
const isValidationFailure = (error: unknown) =>
  CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'VALIDATION_FAILED');

/**
 * An implementing actor's answer to one check: feasible, with conditions or
 * not, and a reason. Whether a reason is needed the API decides; its message
 * appears at the reason field. The version read along with the check is sent,
 * so a change made meanwhile (e.g. by a colleague) is not overwritten unseen.
 */
export function AnswerForm({
  check,
  onSending,
  onSaved,
  onCancel,
  onConflict,
}: {
  check: { id: string; answer: FeasibilityAnswer | null; comment: string | null; version: number };
  onSending?: () => void;
  onSaved: () => void;
  onCancel?: () => void;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const [answer, setAnswer] = useState<FeasibilityAnswer | null>(check.answer);
  const [comment, setComment] = useState(check.comment ?? '');
  const [answerError, setAnswerError] = useState<string | undefined>();
  const [commentError, setCommentError] = useState<string | undefined>();
  const [failure, setFailure] = useState<unknown>(null);
  const firstRadio = useRef<HTMLInputElement>(null);
  const [save, { loading }] = useMutation(ANSWER_FEASIBILITY);
  const name = `answer-${check.id}`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    setFailure(null);
    setCommentError(undefined);
    if (!answer) {
      setAnswerError(t('feasibility.form.chooseAnswer'));
      firstRadio.current?.focus();
      return;
    }
    setAnswerError(undefined);
    onSending?.();
    try {
      await save({
        variables: { input: { checkId: check.id, answer, comment: comment.trim() || null, version: check.version } },
      });
      onSaved();
    } catch (error) {
      if (isValidationFailure(error)) {
        setCommentError(serverMessages(error)?.join(' '));
        // The field is there already; its message is read out with it (aria-describedby).
        document.getElementById(`${name}-comment`)?.focus();
        return;
      }
      setFailure(error);
      if (isVersionConflict(error)) onConflict();
    }
  };

  const answerErrorId = `${name}-error`;
  return (
    <form onSubmit={submit} noValidate className="app-form">
      <ErrorAlert error={failure} />
      <fieldset className={`kern-fieldset${answerError ? ' kern-fieldset--error' : ''}`}>
        <legend className="kern-label">{t('feasibility.form.legend')}</legend>
        {answerError && (
          <p className="kern-error" id={answerErrorId}>
            <span className="kern-icon kern-icon--danger" aria-hidden="true" />
            <span className="kern-body">{answerError}</span>
          </p>
        )}
        <div className="kern-fieldset__body">
          {ANSWERS.map((value, i) => (
            <div className="kern-form-check" key={value}>
              <input
                ref={i === 0 ? firstRadio : undefined}
                className={`kern-form-check__radio${answerError ? ' kern-form-check__radio--error' : ''}`}
                type="radio"
                id={`${name}-${value}`}
                name={name}
                value={value}
                checked={answer === value}
                onChange={() => setAnswer(value)}
                aria-invalid={answerError ? true : undefined}
                aria-describedby={answerError ? answerErrorId : undefined}
              />
              <label className="kern-label feasibility-answer-label" htmlFor={`${name}-${value}`}>
                <FeasibilityIcon kind={value} />
                {t(`feasibility.answer.${value}`)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <TextAreaField
        id={`${name}-comment`}
        label={t('feasibility.form.comment')}
        hint={t('feasibility.form.commentHint')}
        value={comment}
        onChange={setComment}
        error={commentError}
      />
      <div className="app-form__actions">
        <SubmitButton busy={loading}>{t('feasibility.form.submit')}</SubmitButton>
        {onCancel && <Button onClick={onCancel}>{t('common.cancel')}</Button>}
      </div>
    </form>
  );
}
