import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Disclosure } from '../../../../components/Disclosure';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { SubmitButton } from '../../../../components/form/SubmitButton';
import { TextAreaField } from '../../../../components/form/TextField';
import { formatDateTime } from '../../../../lib/format';
import { ADD_RECOMMENDATION_COMMENT, RECOMMENDATION_DETAIL } from '../../graphql/workbench';

interface Comment {
  id: string;
  authorName: string | null;
  body: string;
  carriedFrom: string | null;
  createdAt: string;
}

/** The discussion: comments, each with one level of replies, and forms for both while it is open. */
export function CommentsSection({
  id,
  reference,
  threads,
  open,
}: {
  id: string;
  reference: string;
  threads: readonly { comment: Comment; replies: readonly Comment[] }[];
  open: boolean;
}) {
  const { t } = useTranslation();
  const count = threads.reduce((n, th) => n + 1 + th.replies.length, 0);
  return (
    <section aria-labelledby="comments-title" className="app-panel">
      <h2 className="kern-heading-medium" id="comments-title">
        {t('recommendation.comments.title', { count })}
      </h2>
      {threads.length === 0 && <p className="kern-body">{t('recommendation.comments.none')}</p>}
      {threads.length > 0 && (
        <ol className="workbench-plain-list workbench-comments">
          {threads.map((thread) => (
            <li key={thread.comment.id} className="workbench-comment">
              <CommentView comment={thread.comment} />
              {thread.replies.length > 0 && (
                <ol
                  className="workbench-plain-list workbench-replies"
                  aria-label={t('recommendation.comments.repliesTo', { name: thread.comment.authorName ?? '' })}
                >
                  {thread.replies.map((reply) => (
                    <li key={reply.id} className="workbench-comment workbench-comment--reply">
                      <CommentView comment={reply} />
                    </li>
                  ))}
                </ol>
              )}
              {open && (
                <Disclosure label={t('recommendation.comments.reply')}>
                  {(close) => (
                    <CommentForm
                      id={id}
                      parentId={thread.comment.id}
                      fieldId={`reply-${thread.comment.id}`}
                      label={t('recommendation.comments.replyLabel', {
                        name: thread.comment.authorName ?? t('recommendation.comments.someone'),
                      })}
                      submitLabel={t('recommendation.comments.sendReply')}
                      onSent={close}
                    />
                  )}
                </Disclosure>
              )}
            </li>
          ))}
        </ol>
      )}
      {open ? (
        <CommentForm
          id={id}
          parentId={null}
          fieldId="new-comment"
          label={t('recommendation.comments.new', { reference })}
          submitLabel={t('recommendation.comments.send')}
        />
      ) : (
        <p className="kern-body">{t('recommendation.comments.closed')}</p>
      )}
    </section>
  );
}

function CommentView({ comment }: { comment: Comment }) {
  const { t, i18n } = useTranslation();
  return (
    <article className="workbench-comment__body">
      <p className="kern-body kern-body--small workbench-comment__meta">
        <strong>{comment.authorName ?? t('recommendation.comments.someone')}</strong>
        {', '}
        <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt, i18n.language)}</time>
        {comment.carriedFrom && ` – ${t('recommendation.comments.carriedFrom', { reference: comment.carriedFrom })}`}
      </p>
      <p className="kern-body workbench-pre">{comment.body}</p>
    </article>
  );
}

function CommentForm({
  id,
  parentId,
  fieldId,
  label,
  submitLabel,
  onSent,
}: {
  id: string;
  parentId: string | null;
  fieldId: string;
  label: string;
  submitLabel: string;
  onSent?: () => void;
}) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [bodyError, setBodyError] = useState<string | undefined>();
  const [send, { loading, error }] = useMutation(ADD_RECOMMENDATION_COMMENT, {
    refetchQueries: [RECOMMENDATION_DETAIL],
    awaitRefetchQueries: true,
  });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    if (!body.trim()) {
      setBodyError(t('recommendation.comments.required'));
      document.getElementById(fieldId)?.focus();
      return;
    }
    setBodyError(undefined);
    try {
      await send({ variables: { id, body: body.trim(), parentId } });
      setBody('');
      onSent?.();
    } catch {
      // Shown from the hook's state.
    }
  };
  return (
    <form onSubmit={submit} noValidate className="app-form">
      <ErrorAlert error={error} />
      <TextAreaField
        id={fieldId}
        label={label}
        value={body}
        onChange={setBody}
        error={bodyError}
        aria-required
        maxLength={5000}
      />
      <div className="app-form__actions">
        <SubmitButton busy={loading}>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
