import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { HiddenContext } from '../../../components/HiddenContext';
import { Loading } from '../../../components/Loading';
import { QueryFallback } from '../../../components/QueryFallback';
import { useFormErrors } from '../../../components/form/useFormErrors';
import type { MergeSourceQuery } from '../../../gql/graphql';
import { rightsOf, useSignedInViewer } from '../../auth/session';
import { RevisionHeader } from '../../revisions/components/RevisionHeader';
import { RecommendationStatusBadge } from '../components/RecommendationStatusBadge';
import { problemMessages } from '../components/workbench/describe';
import {
  checkDraft,
  contentInput,
  draftOf,
  idsFromSearch,
  mergePrefill,
  mergeSummary,
  unmergeable,
  type DraftField,
  type RecommendationDraft,
} from '../components/workbench/model';
import { RationaleView, RecommendationFacts } from '../components/workbench/RecommendationFacts';
import { RecommendationFields, type WorkbenchRevision } from '../components/workbench/RecommendationFields';
import { MERGE_RECOMMENDATIONS, MERGE_SOURCE, WORKBENCH_REVISION } from '../graphql/workbench';
import { statusKey } from '../labels';
import '../workbench.css';

type Source = MergeSourceQuery['recommendation'];

/** The chosen recommendations, loaded one by one (the API has no query for several ids). */
function useSources(ids: readonly string[]): { sources: Source[] | null; error: unknown } {
  const client = useApolloClient();
  const key = ids.join(',');
  const [state, setState] = useState<{ key: string; sources: Source[] | null; error: unknown }>({
    key: '',
    sources: null,
    error: null,
  });
  useEffect(() => {
    let current = true;
    Promise.all(
      key.split(',').map((id) => client.query({ query: MERGE_SOURCE, variables: { id }, fetchPolicy: 'network-only' })),
    )
      .then((results) => {
        if (current) setState({ key, sources: results.map((r) => r.data!.recommendation), error: null });
      })
      .catch((error: unknown) => {
        if (current) setState({ key, sources: null, error });
      });
    return () => {
      current = false;
    };
  }, [client, key]);
  return state.key === key ? state : { sources: null, error: null };
}

/**
 * Zusammenführen: coordinators see the chosen recommendations side by side,
 * compose the merged one (prefilled from the first source) and confirm after
 * reading what is carried over. The result opens afterwards.
 */
export function MergePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const viewer = useSignedInViewer();
  const ids = idsFromSearch(search.get('ids'));
  const revision = useQuery(WORKBENCH_REVISION, { variables: { id } });
  const title = t('recommendation.merge.title');
  if (!revision.data) return <QueryFallback error={revision.error} title={title} />;
  const r = revision.data.revision;
  const coordinates = rightsOf(viewer).coordinates(r.regionId);
  const list = `/fortschreibungen/${r.id}/empfehlungen`;

  return (
    <>
      <RevisionHeader revision={r} page="recommendations" title={title} subtitle={r.title} />
      {!coordinates ? (
        <p className="kern-body">{t('recommendation.merge.onlyCoordinators')}</p>
      ) : ids.length < 2 ? (
        <p className="kern-body">
          {t('recommendation.merge.chooseTwo')}{' '}
          <Link className="kern-link" to={list}>
            {t('recommendation.merge.toList')}
          </Link>
        </p>
      ) : (
        <MergeLoader key={ids.join(',')} ids={ids} revision={r} />
      )}
    </>
  );
}

function MergeLoader({ ids, revision }: { ids: string[]; revision: WorkbenchRevision }) {
  const { sources, error } = useSources(ids);
  if (error) return <ErrorAlert error={error} />;
  if (!sources) return <Loading />;
  return <MergeForm sources={sources} revision={revision} />;
}

function MergeForm({ sources, revision }: { sources: Source[]; revision: WorkbenchRevision }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<RecommendationDraft>(() => mergePrefill(sources.map(draftOf)));
  const [confirming, setConfirming] = useState(false);
  const { errors, check, formRef } = useFormErrors<DraftField>();
  const [merge, { loading, error }] = useMutation(MERGE_RECOMMENDATIONS);
  const summary = mergeSummary(sources);
  const refused = unmergeable(sources);
  const base = `/fortschreibungen/${revision.id}/empfehlungen`;

  const review = () => {
    if (check(problemMessages(checkDraft(draft), t))) setConfirming(true);
  };
  const confirm = async () => {
    try {
      const result = await merge({
        variables: { input: { ...contentInput(draft), sourceIds: sources.map((s) => s.id) } },
      });
      const merged = result.data?.mergeRecommendations;
      if (merged) navigate(`${base}/${merged.id}`);
    } catch {
      setConfirming(false);
    }
  };

  return (
    <>
      <p className="kern-body app-lead">{t('recommendation.merge.intro', { count: sources.length })}</p>
      {refused.length > 0 && (
        <Alert variant="warning" title={t('recommendation.merge.refusedTitle')}>
          <p className="kern-body">
            {t('recommendation.merge.refused', {
              list: refused.map((s) => `${s.reference} (${t(statusKey(s.status))})`).join(', '),
            })}
          </p>
        </Alert>
      )}
      <section aria-labelledby="merge-sources-title">
        <h2 className="kern-heading-large" id="merge-sources-title">
          {t('recommendation.merge.sources')}
        </h2>
        <ul className="workbench-plain-list workbench-sources">
          {sources.map((s) => (
            <li key={s.id} className="workbench-source">
              <article aria-labelledby={`source-${s.id}`} className="app-panel">
                <h3 className="kern-heading-medium" id={`source-${s.id}`}>
                  <Link className="kern-link" to={`${base}/${s.id}`}>
                    <span className="workbench-reference">{s.reference}</span> {s.title}
                  </Link>
                </h3>
                <RecommendationStatusBadge status={s.status} />
                <RationaleView html={s.rationale} />
                <RecommendationFacts rec={s} />
                <div className="app-actions">
                  <Button onClick={() => setDraft({ ...draft, title: s.title })}>
                    {t('recommendation.merge.takeTitle')}
                    <HiddenContext>{s.reference}</HiddenContext>
                  </Button>
                  <Button onClick={() => setDraft({ ...draft, rationale: draft.rationale + s.rationale })}>
                    {t('recommendation.merge.appendRationale')}
                    <HiddenContext>{s.reference}</HiddenContext>
                  </Button>
                </div>
              </article>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="merge-result-title">
        <h2 className="kern-heading-large" id="merge-result-title">
          {t('recommendation.merge.result')}
        </h2>
        <form
          ref={formRef}
          noValidate
          className="app-form"
          onSubmit={(e) => {
            e.preventDefault();
            review();
          }}
        >
          <ErrorAlert error={confirming ? null : error} />
          <RecommendationFields prefix="merge" revision={revision} draft={draft} onChange={setDraft} errors={errors} />
          <section aria-labelledby="merge-summary-title" className="app-panel">
            <h3 className="kern-heading-medium" id="merge-summary-title">
              {t('recommendation.merge.summary')}
            </h3>
            <ul className="kern-list workbench-summary">
              <li>
                {t('recommendation.merge.summarySources', {
                  list: summary.sources.map((s) => s.reference).join(', '),
                })}
              </li>
              <li>{t('recommendation.merge.summaryAuthors', { count: summary.authors })}</li>
              <li>
                {summary.supportersAtLeast === summary.supportersAtMost
                  ? t('recommendation.merge.summarySupporters', { count: summary.supportersAtMost })
                  : t('recommendation.merge.summarySupportersRange', {
                      min: summary.supportersAtLeast,
                      max: summary.supportersAtMost,
                    })}
              </li>
              <li>{t('recommendation.merge.summaryComments', { count: summary.comments })}</li>
              <li>{t('recommendation.merge.summaryEvidence', { count: summary.evidenceLinks })}</li>
              <li>{t('recommendation.merge.summaryStatus')}</li>
            </ul>
          </section>
          <div className="app-form__actions">
            <button type="submit" className="kern-btn kern-btn--primary" aria-haspopup="dialog">
              <span className="kern-label">{t('recommendation.merge.submit')}</span>
            </button>
            <Link className="kern-link" to={base}>
              {t('common.cancel')}
            </Link>
          </div>
        </form>
      </section>
      <ConfirmDialog
        open={confirming}
        title={t('recommendation.merge.confirmTitle', { count: sources.length })}
        confirmLabel={t('recommendation.merge.confirm')}
        busy={loading}
        onConfirm={confirm}
        onCancel={() => setConfirming(false)}
      >
        <ErrorAlert error={confirming ? error : null} />
        <p className="kern-body">
          {t('recommendation.merge.confirmText', {
            list: summary.sources.map((s) => s.reference).join(', '),
            title: draft.title.trim(),
          })}
        </p>
      </ConfirmDialog>
    </>
  );
}
