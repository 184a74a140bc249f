import { useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { DescriptionItem, DescriptionList } from '../../../components/DescriptionList';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { HiddenContext } from '../../../components/HiddenContext';
import { Loading } from '../../../components/Loading';
import type { MyFeasibilityChecksQuery } from '../../../gql/graphql';
import { formatDeadline } from '../feasibility';
import { MY_FEASIBILITY_CHECKS } from '../graphql/queries';
import { AnswerForm } from './AnswerForm';
import { FeasibilityIcon } from './FeasibilityIcon';

type Check = MyFeasibilityChecksQuery['myFeasibilityChecks'][number];

/**
 * "Anfragen an Ihre Organisation": the checks of the implementing actor's
 * organisations, open ones first, each with an answer form; answered ones
 * below. A check answered during this visit stays where it was, showing the
 * answer, so nothing jumps away under the keyboard focus.
 */
export function MyChecks({ revisionId, onlyAnswerable }: { revisionId: string; onlyAnswerable: boolean }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(MY_FEASIBILITY_CHECKS, { variables: { revisionId } });
  // Checks answered during this visit: they keep their place in the open list.
  const [pinned, setPinned] = useState<ReadonlySet<string>>(new Set());
  const pin = (id: string) => setPinned((before) => (before.has(id) ? before : new Set(before).add(id)));

  const content = () => {
    if (!data) return error ? null : <Loading />;
    const now = Date.now();
    // Coordinators get every check of the revision; one who also answers for an organisation sees here those they may answer.
    const checks = onlyAnswerable
      ? data.myFeasibilityChecks.filter((c) => c.canAnswer || pinned.has(c.id))
      : data.myFeasibilityChecks;
    const isOpen = (c: Check) => pinned.has(c.id) || (!c.answer && Date.parse(c.request.deadline) > now);
    const open = checks.filter(isOpen);
    const done = checks.filter((c) => !isOpen(c));
    return (
      <>
        <p className="kern-body">{t('feasibility.mine.summary', { open: open.length, done: done.length })}</p>
        <section aria-labelledby="feasibility-open">
          <h3 className="kern-heading-medium" id="feasibility-open">
            {t('feasibility.mine.open')}
          </h3>
          {open.length === 0 ? (
            <p className="kern-body">{t('feasibility.mine.noneOpen')}</p>
          ) : (
            <ul className="feasibility-checks">
              {open.map((c) => (
                <CheckItem
                  key={c.id}
                  check={c}
                  revisionId={revisionId}
                  onSending={() => pin(c.id)}
                  reload={() => refetch()}
                />
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="feasibility-done">
          <h3 className="kern-heading-medium" id="feasibility-done">
            {t('feasibility.mine.done')}
          </h3>
          {done.length === 0 ? (
            <p className="kern-body">{t('feasibility.mine.noneDone')}</p>
          ) : (
            <ul className="feasibility-checks">
              {done.map((c) => (
                <CheckItem key={c.id} check={c} revisionId={revisionId} reload={() => refetch()} />
              ))}
            </ul>
          )}
        </section>
      </>
    );
  };

  return (
    <section aria-labelledby="feasibility-mine">
      <h2 className="kern-heading-large" id="feasibility-mine">
        {t('feasibility.mine.title')}
      </h2>
      <ErrorAlert error={error} />
      {content()}
    </section>
  );
}

function CheckItem({
  check,
  revisionId,
  onSending,
  reload,
}: {
  check: Check;
  revisionId: string;
  /** Before the answer is sent: the answer arrives in the cache before the mutation's promise settles. */
  onSending?: () => void;
  reload: () => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const changeButton = useRef<HTMLButtonElement>(null);
  const { recommendation, request } = check;
  const showForm = check.canAnswer && (editing || !check.answer);

  const savedAnswer = () => {
    setEditing(false);
    setSaved(true);
    // The form with the pressed button is gone: continue at the check's heading, below which the answer now shows.
    requestAnimationFrame(() => heading.current?.focus());
  };

  return (
    <li className="feasibility-check app-panel">
      <h4 className="kern-heading-small" tabIndex={-1} ref={heading}>
        <span className="feasibility-reference">{recommendation.reference}</span> {recommendation.title}
      </h4>
      <DescriptionList>
        <DescriptionItem term={t('feasibility.mine.organisation')}>{check.organisation.name}</DescriptionItem>
        <DescriptionItem term={t('feasibility.mine.deadline')}>
          {formatDeadline(request.deadline, language)}
        </DescriptionItem>
        {request.message && (
          <DescriptionItem term={t('feasibility.mine.message')}>
            <span className="feasibility-message">{request.message}</span>
          </DescriptionItem>
        )}
      </DescriptionList>
      {/* Open while the answer is outstanding: it is what the answer is about. */}
      <details className="feasibility-rationale" open={!check.answer}>
        <summary>
          {t('feasibility.mine.rationale')}
          <HiddenContext>{recommendation.reference}</HiddenContext>
        </summary>
        {/* The API sanitizes the rationale (an allow-list of formatting tags) before it is stored, so it is safe to render as HTML. */}
        <div className="feasibility-rich-text" dangerouslySetInnerHTML={{ __html: recommendation.rationale }} />
      </details>
      <p className="kern-body">
        <Link className="kern-link" to={`/fortschreibungen/${revisionId}/empfehlungen/${recommendation.id}`}>
          {t('feasibility.mine.toRecommendation')}
          <HiddenContext>{recommendation.reference}</HiddenContext>
        </Link>
      </p>

      {saved && !editing && (
        <Alert variant="success" role="status" title={t('feasibility.form.saved')}>
          <p className="kern-body">{t('feasibility.form.savedText')}</p>
        </Alert>
      )}
      {check.answer && !showForm && (
        <div className="feasibility-answer">
          <DescriptionList>
            <DescriptionItem term={t('feasibility.mine.answer')}>
              <span className="feasibility-cell__state">
                <FeasibilityIcon kind={check.answer} />
                {t(`feasibility.answer.${check.answer}`)}
              </span>
            </DescriptionItem>
            {check.comment && (
              <DescriptionItem term={t('feasibility.mine.comment')}>
                <span className="feasibility-message">{check.comment}</span>
              </DescriptionItem>
            )}
            {check.answeredAt && (
              <DescriptionItem term={t('feasibility.mine.answeredAt')}>
                {formatDeadline(check.answeredAt, language)}
              </DescriptionItem>
            )}
          </DescriptionList>
          {check.canAnswer ? (
            <Button
              ref={changeButton}
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t('feasibility.mine.change')}
              <HiddenContext>{recommendation.reference}</HiddenContext>
            </Button>
          ) : (
            <p className="kern-body kern-body--muted">{t('feasibility.mine.closed')}</p>
          )}
        </div>
      )}
      {!check.answer && !check.canAnswer && <p className="kern-body">{t('feasibility.mine.missed')}</p>}
      {showForm && (
        <AnswerForm
          check={check}
          onSending={onSending}
          onSaved={savedAnswer}
          onCancel={
            check.answer
              ? () => {
                  setEditing(false);
                  requestAnimationFrame(() => changeButton.current?.focus());
                }
              : undefined
          }
          onConflict={() => {
            // The form stays open with the message, now based on what is stored.
            setEditing(true);
            void reload();
          }}
        />
      )}
    </li>
  );
}
