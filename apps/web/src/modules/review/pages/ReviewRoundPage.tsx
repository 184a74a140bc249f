import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { DescriptionItem, DescriptionList } from '../../../components/DescriptionList';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { QueryFallback } from '../../../components/QueryFallback';
import type { ReviewRoundQuery } from '../../../gql/graphql';
import { settle } from '../../../lib/errors';
import { rightsOf, useSignedInViewer } from '../../auth/session';
import { formatInstant } from '../../conferences/datetime';
import { ExportPanel } from '../../exports/ExportPanel';
import { RevisionHeader } from '../../revisions/components/RevisionHeader';
import { CommentCard } from '../components/CommentCard';
import { CommentForm } from '../components/CommentForm';
import { ConsiderationTable } from '../components/ConsiderationTable';
import { DeadlineForm } from '../components/DeadlineForm';
import { StatementForm } from '../components/StatementForm';
import { StatusBoard } from '../components/StatusBoard';
import { VersionText, type CommentTarget } from '../components/VersionText';
import {
  CLOSE_REVIEW_ROUND,
  EXPORT_CONSIDERATION_TABLE,
  OPEN_REVIEW_ROUND,
  REVIEW_REVISION,
  REVIEW_ROUND,
  REVIEW_ROUND_COORDINATION,
} from '../graphql';
import '../review.css';

type Round = ReviewRoundQuery['reviewRound'];

/** Rounds this browser already reported as opened, so a remount does not ask again. */
const opened = new Set<string>();

/**
 * One review round. Reviewers read the version, comment on passages or
 * sections (perhaps proposing text) and give their municipality's statement
 * before their deadline. Coordinators follow the status board, extend
 * deadlines, answer every comment (Abwägung), take proposals into the
 * working draft, read the Abwägungstabelle, export it and close the round.
 */
export function ReviewRoundPage() {
  const { t } = useTranslation();
  const { id = '', roundId = '' } = useParams();
  const viewer = useSignedInViewer();
  const revision = useQuery(REVIEW_REVISION, { variables: { id } });
  const round = useQuery(REVIEW_ROUND, { variables: { id: roundId } });
  const coordinates = revision.data ? rightsOf(viewer).coordinates(revision.data.revision.regionId) : false;
  const reviews = viewer.memberships.some((m) => m.revisionId === id && m.role === 'MUNICIPAL_REVIEWER');
  const [open] = useMutation(OPEN_REVIEW_ROUND);

  const myPart = round.data?.reviewRound.myPart;
  useEffect(() => {
    if (!myPart || opened.has(roundId)) return;
    opened.add(roundId);
    void settle(open({ variables: { id: roundId } }));
  }, [myPart, roundId, open]);

  if (!revision.data || !round.data) {
    return <QueryFallback error={revision.error ?? round.error} title={t('review.title')} />;
  }
  const r = revision.data.revision;
  const data = round.data.reviewRound;
  const title = t('review.roundTitle', { number: data.number });
  return (
    <>
      <RevisionHeader revision={r} page="review" title={title} subtitle={r.title} />
      <p className="kern-body">
        <Link className="kern-link" to={`/fortschreibungen/${r.id}/abstimmung`}>
          {t('review.backToRounds')}
        </Link>
      </p>
      {coordinates ? (
        <CoordinatorView round={data} reload={() => round.refetch()} />
      ) : (
        <ReviewerView round={data} reviews={reviews} reload={() => round.refetch()} />
      )}
    </>
  );
}

function RoundFacts({ round }: { round: Round }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <DescriptionList>
      <DescriptionItem term={t('review.facts.version')}>
        {t('review.versionNumber', { number: round.draftVersion.number })}
      </DescriptionItem>
      <DescriptionItem term={round.myPart ? t('review.facts.yourDeadline') : t('review.facts.deadline')}>
        {formatInstant(round.myPart?.deadline ?? round.deadline, language)}
      </DescriptionItem>
      <DescriptionItem term={t('review.facts.status')}>
        {round.status === 'OPEN'
          ? t('review.status.OPEN')
          : t('review.status.closedAt', { date: formatInstant(round.closedAt ?? round.deadline, language) })}
      </DescriptionItem>
      <DescriptionItem term={t('review.facts.othersVisible')}>
        {t(round.othersVisible ? 'review.facts.othersVisibleYes' : 'review.facts.othersVisibleNo')}
      </DescriptionItem>
    </DescriptionList>
  );
}

function ReviewerView({ round, reviews, reload }: { round: Round; reviews: boolean; reload: () => Promise<unknown> }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [target, setTarget] = useState<CommentTarget | null>(null);
  const [said, setSaid] = useState('');
  const myPart = round.myPart;
  const [now] = useState(() => Date.now());
  const canTakePart = reviews && !!myPart && round.status === 'OPEN' && Date.parse(myPart.deadline) > now;
  const municipalityId = myPart?.municipalityId;
  const mine = useMemo(
    () => (municipalityId ? round.comments.filter((c) => c.municipalityId === municipalityId) : []),
    [round.comments, municipalityId],
  );
  const others = myPart ? round.comments.filter((c) => c.municipalityId !== myPart.municipalityId) : round.comments;
  const marked = useMemo(
    () =>
      mine.flatMap((c) =>
        c.quote && c.passage.found && c.passage.start != null && c.passage.end != null
          ? [{ sectionId: c.sectionId, start: c.passage.start, end: c.passage.end }]
          : [],
      ),
    [mine],
  );
  const statement = myPart ? round.statements.find((s) => s.municipalityId === myPart.municipalityId) : undefined;
  const otherStatements = round.statements.filter((s) => s !== statement);

  const closeForm = (sectionId: string) => {
    setTarget(null);
    document
      .getElementById(`review-section-${sectionId}`)
      ?.parentElement?.querySelector<HTMLElement>('button')
      ?.focus();
  };

  return (
    <>
      <RoundFacts round={round} />
      {!canTakePart && myPart && <p className="kern-body">{t('review.reviewer.closed')}</p>}
      <p className="kern-body" role="status">
        {said}
      </p>
      <section aria-labelledby="review-version-text">
        <h2 className="kern-heading-large" id="review-version-text">
          {t('review.text.title', { number: round.draftVersion.number })}
        </h2>
        {canTakePart && <p className="kern-body">{t('review.text.howTo')}</p>}
        {mine.length > 0 && <p className="kern-body">{t('review.text.marked')}</p>}
        <VersionText
          sections={round.draftVersion.sections}
          canComment={canTakePart}
          marked={marked}
          target={target}
          onComment={(next) => {
            setSaid('');
            setTarget(next);
          }}
          renderForm={(current) => (
            <CommentForm
              key={`${current.sectionId}-${current.passage?.start ?? 'all'}-${current.passage?.end ?? ''}`}
              roundId={round.id}
              target={current}
              onCancel={() => closeForm(current.sectionId)}
              onSaved={async () => {
                await reload();
                setSaid(t('review.comment.saved', { section: current.sectionTitle }));
                closeForm(current.sectionId);
              }}
            />
          )}
        />
      </section>
      <section aria-labelledby="review-my-comments">
        <h2 className="kern-heading-large" id="review-my-comments">
          {t('review.comments.mine')}
        </h2>
        {mine.length === 0 ? (
          <p className="kern-body">{t('review.comments.noneMine')}</p>
        ) : (
          <div className="review-comments">
            {mine.map((c) => (
              <CommentCard key={c.id} comment={c} coordinates={false} canAnswer={false} onChanged={reload} />
            ))}
          </div>
        )}
      </section>
      {round.othersVisible && (
        <section aria-labelledby="review-other-comments">
          <h2 className="kern-heading-large" id="review-other-comments">
            {t('review.comments.others')}
          </h2>
          {others.length === 0 ? (
            <p className="kern-body">{t('review.comments.noneOthers')}</p>
          ) : (
            <div className="review-comments">
              {others.map((c) => (
                <CommentCard key={c.id} comment={c} coordinates={false} canAnswer={false} onChanged={reload} />
              ))}
            </div>
          )}
          {otherStatements.length > 0 && <Statements statements={otherStatements} level={3} />}
        </section>
      )}
      {myPart && (
        <section aria-labelledby="review-statement">
          <h2 className="kern-heading-large" id="review-statement">
            {t('review.statement.title')}
          </h2>
          {statement ? (
            <div className="review-statement">
              <p className="kern-body">
                {t('review.statement.given', { date: formatInstant(statement.givenAt, language) })}
              </p>
              <DescriptionList>
                <DescriptionItem term={t('review.statement.kind')}>
                  {t(`review.statementKind.${statement.kind}`)}
                </DescriptionItem>
                <DescriptionItem term={t('review.statement.text')}>{statement.text || '–'}</DescriptionItem>
              </DescriptionList>
            </div>
          ) : canTakePart ? (
            <>
              <p className="kern-body">{t('review.statement.intro')}</p>
              <StatementForm
                roundId={round.id}
                onSaved={async () => {
                  await reload();
                  setSaid(t('review.statement.saved'));
                }}
              />
            </>
          ) : (
            <p className="kern-body">{t('review.statement.none')}</p>
          )}
        </section>
      )}
    </>
  );
}

function Statements({ statements, level }: { statements: Round['statements']; level: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <>
      <Heading className={level === 2 ? 'kern-heading-large' : 'kern-heading-medium'} id="review-statements">
        {t('review.statements.title')}
      </Heading>
      {statements.length === 0 ? (
        <p className="kern-body">{t('review.statements.none')}</p>
      ) : (
        <ul className="review-statements">
          {statements.map((s) => (
            <li key={s.id}>
              <p className="kern-body">
                <strong>{s.municipalityName}</strong>: {t(`review.statementKind.${s.kind}`)} (
                {formatInstant(s.givenAt, i18n.language)})
              </p>
              {s.text && <p className="kern-body">{s.text}</p>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function CoordinatorView({ round, reload }: { round: Round; reload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const coordination = useQuery(REVIEW_ROUND_COORDINATION, { variables: { id: round.id } });
  const [close, closing] = useMutation(CLOSE_REVIEW_ROUND);
  const [startExport, exporting] = useMutation(EXPORT_CONSIDERATION_TABLE);
  const [confirming, setConfirming] = useState(false);
  const [said, setSaid] = useState('');
  const reloadAll = () => Promise.all([reload(), coordination.refetch()]);
  const c = coordination.data?.reviewRound;
  const isOpen = round.status === 'OPEN';

  const closeRound = async () => {
    const result = await settle(close({ variables: { id: round.id, version: round.version } }), () => void reload());
    setConfirming(false);
    if (result) {
      setSaid(t('review.close.done'));
      await reloadAll();
    }
  };

  return (
    <>
      <RoundFacts round={round} />
      <p className="kern-body" role="status">
        {said}
      </p>
      <ErrorAlert error={coordination.error} />
      <section aria-labelledby="review-board">
        <h2 className="kern-heading-large" id="review-board">
          {t('review.board.title')}
        </h2>
        {c && <StatusBoard rows={c.board} caption={t('review.board.caption', { number: round.number })} />}
        {c && isOpen && (
          <>
            <h3 className="kern-heading-medium">{t('review.deadline.title')}</h3>
            <DeadlineForm roundId={round.id} rows={c.board} onSaved={reloadAll} />
          </>
        )}
      </section>
      <section aria-labelledby="review-comments">
        <h2 className="kern-heading-large" id="review-comments">
          {t('review.comments.all')}
        </h2>
        {round.comments.length === 0 ? (
          <p className="kern-body">{t('review.comments.none')}</p>
        ) : (
          <div className="review-comments">
            {round.comments.map((comment) => (
              <CommentCard key={comment.id} comment={comment} coordinates canAnswer onChanged={reloadAll} />
            ))}
          </div>
        )}
      </section>
      <section aria-labelledby="review-statements">
        <Statements statements={round.statements} level={2} />
      </section>
      <section aria-labelledby="review-consideration">
        <h2 className="kern-heading-large" id="review-consideration">
          {t('review.consideration.title')}
        </h2>
        <p className="kern-body">{t('review.consideration.intro')}</p>
        {c && (
          <ConsiderationTable
            rows={c.considerationTable}
            caption={t('review.consideration.caption', { number: round.number })}
          />
        )}
      </section>
      <ExportPanel
        title={t('review.consideration.exportTitle')}
        intro={t('review.consideration.exportIntro')}
        level={2}
        choices={[
          { format: 'XLSX', label: t('review.consideration.xlsx') },
          { format: 'DOCX', label: t('review.consideration.docx') },
        ]}
        start={async (format) => {
          const result = await settle(startExport({ variables: { roundId: round.id, format } }));
          void coordination.refetch();
          return result?.data?.exportConsiderationTable.id ?? null;
        }}
        starting={exporting.loading}
        startError={exporting.error}
        latest={c?.considerationExports}
        latestError={coordination.error}
        wording="feasibility.export.steps"
      />
      <section aria-labelledby="review-version-text">
        <h2 className="kern-heading-large" id="review-version-text">
          {t('review.text.title', { number: round.draftVersion.number })}
        </h2>
        <VersionText
          sections={round.draftVersion.sections}
          canComment={false}
          target={null}
          onComment={() => undefined}
          renderForm={() => null}
        />
      </section>
      {isOpen && (
        <section aria-labelledby="review-close">
          <h2 className="kern-heading-large" id="review-close">
            {t('review.close.title')}
          </h2>
          <p className="kern-body">{t('review.close.intro')}</p>
          <Button onClick={() => setConfirming(true)}>{t('review.close.button')}</Button>
          <ErrorAlert error={closing.error} />
          <ConfirmDialog
            open={confirming}
            title={t('review.close.confirmTitle', { number: round.number })}
            confirmLabel={t('review.close.confirm')}
            busy={closing.loading}
            onConfirm={() => void closeRound()}
            onCancel={() => setConfirming(false)}
          >
            <p className="kern-body">{t('review.close.confirmText')}</p>
          </ConfirmDialog>
        </section>
      )}
    </>
  );
}
