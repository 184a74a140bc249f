import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { Button } from '../../../components/Button';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { Pager, pageFrom } from '../../../components/Pager';
import { QueryFallback } from '../../../components/QueryFallback';
import { rightsOf, useSignedInViewer } from '../../auth/session';
import { RecommendationExportSlot } from '../../exports/RecommendationExportSlot';
import { RevisionHeader } from '../../revisions/components/RevisionHeader';
import { RecommendationFilterForm } from '../components/views/RecommendationFilterForm';
import { RecommendationTable } from '../components/views/RecommendationTable';
import { ViewLinks } from '../components/views/ViewLinks';
import { RECOMMENDATION_LIST, RECOMMENDATION_VIEWS_REVISION } from '../graphql/views';
import { isFiltered, listFilterParams, mergePath, parseListFilter, toApiFilter } from '../list-filter';
import { mayCreateRecommendation } from '../may-create';
import '../views.css';

const PAGE_SIZE = 20;

/**
 * Handlungsempfehlungen: the revision's recommendations, filtered and paged
 * by the URL, so a filtered list can be shared and Back restores it.
 * Coordinators choose recommendations to merge here and export them all.
 */
export function RecommendationListPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const viewer = useSignedInViewer();
  const [search, setSearch] = useSearchParams();
  const filter = parseListFilter(search);
  const page = pageFrom(search);
  const revisionQuery = useQuery(RECOMMENDATION_VIEWS_REVISION, { variables: { id } });
  const list = useQuery(RECOMMENDATION_LIST, {
    variables: { revisionId: id, filter: toApiFilter(filter), limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
  });
  const range = useFocusOnChange<HTMLParagraphElement>(search.toString(), Boolean(list.data));
  const selection = useSelection();

  const revision = revisionQuery.data?.revision;
  if (!revision) return <QueryFallback error={revisionQuery.error} title={t('recommendations.title')} />;
  const coordinates = rightsOf(viewer).coordinates(revision.regionId);
  // While another page or filter loads, the last answer stays in view (marked busy) instead of a jumping spinner.
  const shown = list.data ?? list.previousData;
  const first = (page - 1) * PAGE_SIZE + 1;

  return (
    <>
      <RevisionHeader
        revision={revision}
        page="recommendations"
        title={t('recommendations.title')}
        subtitle={revision.title}
      />
      <p className="kern-body app-lead">{t('recommendations.list.intro')}</p>
      <ViewLinks revisionId={revision.id} canCreate={mayCreateRecommendation(viewer, revision)} />
      <RecommendationFilterForm
        key={search.toString()}
        revision={revision}
        filter={filter}
        onApply={(next) => setSearch(listFilterParams(next))}
      />
      <section aria-labelledby="recommendation-results" aria-busy={list.loading || undefined}>
        <h2 className="kern-heading-medium" id="recommendation-results">
          {t('recommendations.list.results')}
        </h2>
        <ErrorAlert error={list.error} />
        {!shown ? (
          !list.error && <Loading />
        ) : shown.recommendations.total === 0 ? (
          <p className="kern-body" tabIndex={-1} ref={range}>
            {isFiltered(filter) ? t('recommendations.list.noneFiltered') : t('recommendations.list.none')}
          </p>
        ) : (
          <>
            <p className="kern-body" tabIndex={-1} ref={range}>
              {t('recommendations.list.range', {
                first,
                last: first + shown.recommendations.items.length - 1,
                total: shown.recommendations.total,
              })}
            </p>
            {coordinates && <MergeBar revisionId={revision.id} selection={selection} />}
            <RecommendationTable
              revisionId={revision.id}
              items={shown.recommendations.items}
              page={page}
              selection={coordinates ? selection : undefined}
            />
            <Pager
              page={page}
              pageSize={PAGE_SIZE}
              total={shown.recommendations.total}
              label={t('recommendations.list.pages')}
            />
          </>
        )}
      </section>
      {coordinates && <RecommendationExportSlot revisionId={revision.id} />}
    </>
  );
}

/**
 * The coordinators' choice of recommendations to merge. It lives in the page,
 * so it survives paging and filtering: recommendations from different pages
 * can be merged.
 */
function useSelection() {
  const [selected, setSelected] = useState<string[]>([]);
  return {
    selected,
    onToggle: (id: string, checked: boolean) =>
      setSelected((s) => (checked ? [...s.filter((x) => x !== id), id] : s.filter((x) => x !== id))),
    clear: () => setSelected([]),
  };
}

function MergeBar({ revisionId, selection }: { revisionId: string; selection: ReturnType<typeof useSelection> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const headingId = useId();
  const [tooFew, setTooFew] = useState(false);
  const { selected } = selection;
  // A new choice answers the earlier hint.
  useEffect(() => setTooFew(false), [selected]);
  const merge = () => {
    if (selected.length < 2) setTooFew(true);
    else navigate(mergePath(revisionId, selected));
  };

  return (
    <div className="rv-merge" role="group" aria-labelledby={headingId}>
      <h3 className="kern-heading-small" id={headingId}>
        {t('recommendations.list.merge.title')}
      </h3>
      <p className="kern-body kern-body--small">{t('recommendations.list.merge.intro')}</p>
      <div className="app-actions">
        <p className="kern-body rv-merge__count" aria-live="polite">
          {t('recommendations.list.merge.selected', { count: selected.length })}
        </p>
        <Button onClick={merge}>{t('recommendations.list.merge.button')}</Button>
        {selected.length > 0 && (
          <Button variant="tertiary" onClick={selection.clear}>
            {t('recommendations.list.merge.clear')}
          </Button>
        )}
      </div>
      <p className="kern-body rv-merge__error" aria-live="assertive">
        {tooFew ? t('recommendations.list.merge.tooFew') : ''}
      </p>
    </div>
  );
}

/**
 * Once the list for a new filter or page has arrived, focus goes to the line
 * saying which entries are shown: the control that was used may be gone.
 */
function useFocusOnChange<T extends HTMLElement>(key: string, loaded: boolean) {
  const ref = useRef<T>(null);
  const shown = useRef(key);
  useEffect(() => {
    if (!loaded || shown.current === key) return;
    shown.current = key;
    ref.current?.focus();
  }, [key, loaded]);
  return ref;
}
