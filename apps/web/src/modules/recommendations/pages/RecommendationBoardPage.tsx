import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { QueryFallback } from '../../../components/QueryFallback';
import { useSignedInViewer } from '../../auth/session';
import { RevisionHeader } from '../../revisions/components/RevisionHeader';
import { boardField } from '../board';
import { byPosition } from '../coverage';
import { RecommendationBoard } from '../components/views/RecommendationBoard';
import { ViewLinks } from '../components/views/ViewLinks';
import { RECOMMENDATION_BOARD, RECOMMENDATION_VIEWS_REVISION } from '../graphql/views';
import { mayCreateRecommendation } from '../may-create';
import '../views.css';

/**
 * Tafel: the recommendations of one field of action in a column per status.
 * The field and whether merged ones show are kept in the URL (?feld=…&zusammengefuehrt=1).
 */
export function RecommendationBoardPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const viewer = useSignedInViewer();
  const [search, setSearch] = useSearchParams();
  const mergedId = useId();
  const revisionQuery = useQuery(RECOMMENDATION_VIEWS_REVISION, { variables: { id } });
  const revision = revisionQuery.data?.revision;
  const fields = revision ? byPosition(revision.fieldsOfAction) : [];
  const field = boardField(fields, search.get('feld'));
  const board = useQuery(RECOMMENDATION_BOARD, {
    variables: { revisionId: id, fieldOfActionId: field?.id ?? '' },
    skip: !field,
  });
  const showMerged = search.get('zusammengefuehrt') === '1';

  if (!revision) return <QueryFallback error={revisionQuery.error} title={t('recommendations.board.title')} />;
  const linkTo = (fieldId: string) => {
    const params = new URLSearchParams({ feld: fieldId });
    if (showMerged) params.set('zusammengefuehrt', '1');
    return `?${params}`;
  };
  const toggleMerged = (checked: boolean) => {
    const params = new URLSearchParams(search);
    if (checked) params.set('zusammengefuehrt', '1');
    else params.delete('zusammengefuehrt');
    setSearch(params, { replace: true });
  };
  const shown = board.data ?? board.previousData;

  return (
    <>
      <RevisionHeader
        revision={revision}
        page="recommendations"
        title={t('recommendations.board.title')}
        subtitle={revision.title}
      />
      <p className="kern-body app-lead">{t('recommendations.board.intro')}</p>
      <ViewLinks revisionId={revision.id} canCreate={mayCreateRecommendation(viewer, revision)} />
      {!field ? (
        <p className="kern-body">{t('recommendations.board.noFields')}</p>
      ) : (
        <>
          <nav aria-label={t('recommendations.board.fields')}>
            <ul className="rv-fields">
              {fields.map((f) => (
                <li key={f.id}>
                  <Link
                    className="kern-link rv-fields__link"
                    to={linkTo(f.id)}
                    aria-current={f.id === field.id ? 'page' : undefined}
                  >
                    {f.title}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="kern-form-check">
            <input
              className="kern-form-check__checkbox"
              type="checkbox"
              id={mergedId}
              checked={showMerged}
              onChange={(e) => toggleMerged(e.target.checked)}
            />
            <label className="kern-label" htmlFor={mergedId}>
              {t('recommendations.board.showMerged')}
            </label>
          </div>
          <section aria-labelledby="board-field" aria-busy={board.loading || undefined}>
            <h2 className="kern-heading-large" id="board-field">
              {field.title}
            </h2>
            <ErrorAlert error={board.error} />
            {shown ? (
              <RecommendationBoard
                revisionId={revision.id}
                field={field.title}
                items={shown.recommendations.items}
                showMerged={showMerged}
              />
            ) : (
              !board.error && <Loading />
            )}
          </section>
        </>
      )}
    </>
  );
}
