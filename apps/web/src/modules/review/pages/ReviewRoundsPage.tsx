import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Disclosure } from '../../../components/Disclosure';
import { QueryFallback } from '../../../components/QueryFallback';
import { TableHead } from '../../../components/TableHead';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { rightsOf, useSignedInViewer } from '../../auth/session';
import { formatInstant } from '../../conferences/datetime';
import { RevisionHeader } from '../../revisions/components/RevisionHeader';
import { StartRoundForm } from '../components/StartRoundForm';
import { StatusBoard } from '../components/StatusBoard';
import { REVIEW_REVISION, REVIEW_ROUNDS, REVIEW_ROUNDS_BOARDS } from '../graphql';
import '../review.css';

/**
 * Abstimmung: the review rounds of a revision. Reviewers see their
 * municipality's rounds with their own deadline; coordinators see every
 * round, start new ones and follow each open round on its status board.
 */
export function ReviewRoundsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { id = '' } = useParams();
  const viewer = useSignedInViewer();
  const [started, setStarted] = useState<string | null>(null);
  const revision = useQuery(REVIEW_REVISION, { variables: { id } });
  const rounds = useQuery(REVIEW_ROUNDS, { variables: { revisionId: id } });
  const coordinates = revision.data ? rightsOf(viewer).coordinates(revision.data.revision.regionId) : false;
  const boards = useQuery(REVIEW_ROUNDS_BOARDS, { variables: { revisionId: id }, skip: !coordinates });
  if (!revision.data || !rounds.data) {
    return <QueryFallback error={revision.error ?? rounds.error} title={t('review.title')} />;
  }
  const r = revision.data.revision;
  const list = [...rounds.data.reviewRounds].sort((a, b) => b.number - a.number);
  const open = list.filter((round) => round.status === 'OPEN');
  const boardOf = (roundId: string) => boards.data?.reviewRounds.find((b) => b.id === roundId)?.board;

  return (
    <>
      <RevisionHeader revision={r} page="review" title={t('review.title')} subtitle={r.title} />
      <p className="kern-body app-lead">{t(coordinates ? 'review.intro.coordinator' : 'review.intro.reviewer')}</p>
      <p className="kern-body" role="status">
        {started ? t('review.start.started', { number: started }) : ''}
      </p>
      <section aria-labelledby="review-rounds">
        <h2 className="kern-heading-large" id="review-rounds">
          {t('review.rounds.title')}
        </h2>
        {list.length === 0 ? (
          <p className="kern-body">{t(coordinates ? 'review.rounds.none' : 'review.rounds.noneReviewer')}</p>
        ) : (
          <div className="review-table" role="region" aria-labelledby="review-rounds-caption" tabIndex={0}>
            <table className="kern-table kern-table--small">
              <caption id="review-rounds-caption" className="app-sr-only">
                {t('review.rounds.caption')}
              </caption>
              <TableHead
                columns={[
                  t('review.rounds.round'),
                  t('review.rounds.version'),
                  t(coordinates ? 'review.rounds.deadline' : 'review.rounds.yourDeadline'),
                  t('review.rounds.status'),
                ]}
              />
              <tbody className="kern-table__body">
                {list.map((round) => (
                  <tr key={round.id} className="kern-table__row">
                    <th scope="row" className="kern-table__header">
                      <Link className="kern-link" to={`/fortschreibungen/${r.id}/abstimmung/${round.id}`}>
                        {t('review.roundTitle', { number: round.number })}
                      </Link>
                    </th>
                    <td className="kern-table__cell">
                      {t('review.versionNumber', { number: round.draftVersion.number })}
                    </td>
                    <td className="kern-table__cell">
                      {formatInstant(round.myPart?.deadline ?? round.deadline, language)}
                    </td>
                    <td className="kern-table__cell">
                      {round.status === 'OPEN'
                        ? t('review.status.OPEN')
                        : t('review.status.closedAt', {
                            date: formatInstant(round.closedAt ?? round.deadline, language),
                          })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {coordinates && (
          <Disclosure label={t('review.start.title')}>
            {(close) => (
              <StartRoundForm
                revisionId={r.id}
                municipalities={r.region.municipalities}
                onStarted={(round) => {
                  setStarted(String(round.number));
                  close();
                  void rounds.refetch();
                  void boards.refetch();
                }}
              />
            )}
          </Disclosure>
        )}
      </section>
      {coordinates && open.length > 0 && (
        <section aria-labelledby="review-boards">
          <h2 className="kern-heading-large" id="review-boards">
            {t('review.board.title')}
          </h2>
          <p className="kern-body">{t('review.board.intro')}</p>
          <ErrorAlert error={boards.error} />
          {open.map((round) => {
            const board = boardOf(round.id);
            return (
              <section key={round.id} aria-labelledby={`review-board-${round.id}`}>
                <h3 className="kern-heading-medium" id={`review-board-${round.id}`}>
                  {t('review.roundTitle', { number: round.number })}
                </h3>
                {board && <StatusBoard rows={board} caption={t('review.board.caption', { number: round.number })} />}
              </section>
            );
          })}
        </section>
      )}
    </>
  );
}
