import { CombinedGraphQLErrors } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { useFormErrors } from '../../../components/form/useFormErrors';
import { QueryFallback } from '../../../components/QueryFallback';
import type { RecommendationForEditQuery } from '../../../gql/graphql';
import { serverMessages } from '../../../lib/errors';
import { useSignedInViewer } from '../../auth/session';
import { RevisionHeader } from '../../revisions/components/RevisionHeader';
import { ConflictNotice } from '../components/workbench/ConflictNotice';
import { describeField, problemMessages } from '../components/workbench/describe';
import {
  EMPTY_DRAFT,
  adoptField,
  checkDraft,
  conflictRows,
  contentInput,
  draftOf,
  fieldOfServerMessage,
  rebaseDraft,
  type ConflictRow,
  type ContentField,
  type DraftField,
  type RecommendationDraft,
} from '../components/workbench/model';
import { RecommendationFields, type WorkbenchRevision } from '../components/workbench/RecommendationFields';
import { SimilarRecommendations } from '../components/workbench/SimilarRecommendations';
import {
  CREATE_RECOMMENDATION,
  RECOMMENDATION_FOR_EDIT,
  UPDATE_RECOMMENDATION,
  WORKBENCH_REVISION,
} from '../graphql/workbench';
import { mayCreateRecommendation } from '../may-create';
import '../workbench.css';

type Loaded = RecommendationForEditQuery['recommendation'];

const codeOf = (error: unknown) =>
  CombinedGraphQLErrors.is(error) ? error.errors.map((e) => e.extensions?.code).find(Boolean) : undefined;

/**
 * Writing a new recommendation or revising one. An edit carries the version it
 * was loaded with; if someone saved in between, the page shows what they
 * changed next to the person's own input, which stays, and the next save
 * builds on the newer version.
 */
export function RecommendationEditorPage() {
  const { t } = useTranslation();
  const { id = '', recId } = useParams();
  const viewer = useSignedInViewer();
  const revision = useQuery(WORKBENCH_REVISION, { variables: { id } });
  const loaded = useQuery(RECOMMENDATION_FOR_EDIT, {
    variables: { id: recId ?? '' },
    skip: !recId,
    fetchPolicy: 'network-only',
  });
  const title = recId ? t('recommendation.editor.editTitle') : t('recommendation.editor.newTitle');
  const rec = loaded.data?.recommendation;
  if (!revision.data || (recId && !rec)) {
    return <QueryFallback error={revision.error ?? loaded.error} title={title} />;
  }
  const r = revision.data.revision;
  return (
    <>
      <RevisionHeader
        revision={r}
        page="recommendations"
        title={rec ? t('recommendation.editor.editTitleOf', { reference: rec.reference }) : title}
        subtitle={r.title}
      />
      {!rec && !mayCreateRecommendation(viewer, r) ? (
        <p className="kern-body">{t('recommendation.editor.mayNotCreate')}</p>
      ) : rec && !rec.viewerCanEdit ? (
        <p className="kern-body">
          {t('recommendation.editor.notEditable')}{' '}
          <Link className="kern-link" to={`/fortschreibungen/${r.id}/empfehlungen/${rec.id}`}>
            {t('recommendation.editor.backToDetail', { reference: rec.reference })}
          </Link>
        </p>
      ) : (
        <EditorForm key={rec?.id ?? 'new'} revision={r} loaded={rec ?? null} />
      )}
    </>
  );
}

function EditorForm({ revision, loaded }: { revision: WorkbenchRevision; loaded: Loaded | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [draft, setDraft] = useState<RecommendationDraft>(() => (loaded ? draftOf(loaded) : EMPTY_DRAFT));
  // The stored content and version the next save builds on.
  const [base, setBase] = useState<{ draft: RecommendationDraft; version: number } | null>(() =>
    loaded ? { draft: draftOf(loaded), version: loaded.version } : null,
  );
  const [conflict, setConflict] = useState<{
    error: unknown;
    rows: ConflictRow[];
    theirs: RecommendationDraft;
    adopted: ContentField[];
  } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const { errors, check, formRef } = useFormErrors<DraftField>();
  const [create] = useMutation(CREATE_RECOMMENDATION);
  const [update] = useMutation(UPDATE_RECOMMENDATION);
  const detailPath = (recId: string) => `/fortschreibungen/${revision.id}/empfehlungen/${recId}`;

  const describe = (field: ContentField, d: RecommendationDraft) => describeField(field, d, revision, t);

  /** Loads what is stored now and shows it next to the person's input, which stays. */
  const reportConflict = async (error: unknown) => {
    if (!loaded || !base) return setFailure(error);
    try {
      const fresh = await client.query({
        query: RECOMMENDATION_FOR_EDIT,
        variables: { id: loaded.id },
        fetchPolicy: 'network-only',
      });
      const current = fresh.data?.recommendation;
      if (!current) return setFailure(error);
      const theirs = draftOf(current);
      setConflict({ error, rows: conflictRows(base.draft, theirs, draft, describe), theirs, adopted: [] });
      // Functional: keeps what was typed while the save was under way.
      setDraft((mine) => rebaseDraft(base.draft, theirs, mine, describe));
      setBase({ draft: theirs, version: current.version });
    } catch (reloadError) {
      setFailure(reloadError);
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setFailure(null);
    if (!check(problemMessages(checkDraft(draft), t))) return;
    setBusy(true);
    try {
      if (loaded && base) {
        await update({ variables: { input: { ...contentInput(draft), id: loaded.id, version: base.version } } });
        navigate(detailPath(loaded.id));
      } else {
        const created = await create({ variables: { input: { ...contentInput(draft), revisionId: revision.id } } });
        const id = created.data?.createRecommendation.id;
        if (id) navigate(detailPath(id));
      }
    } catch (error) {
      const code = codeOf(error);
      if (code === 'RECOMMENDATION_CONFLICT') {
        await reportConflict(error);
      } else if (code === 'VALIDATION_FAILED') {
        const message = serverMessages(error)?.[0] ?? '';
        const field = fieldOfServerMessage(message);
        if (field) check({ [field]: message });
        else setFailure(error);
      } else {
        setFailure(error);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="workbench-editor-layout">
      <form ref={formRef} onSubmit={submit} noValidate className="app-form workbench-editor-form">
        {conflict && (
          <ConflictNotice
            error={conflict.error}
            rows={conflict.rows}
            adopted={conflict.adopted}
            onAdopt={(field) => {
              setDraft((mine) => adoptField(mine, conflict.theirs, field));
              setConflict({ ...conflict, adopted: [...conflict.adopted, field] });
            }}
          />
        )}
        <ErrorAlert error={failure} />
        <p className="kern-body">{t('recommendation.editor.intro')}</p>
        <RecommendationFields
          prefix="recommendation"
          revision={revision}
          draft={draft}
          onChange={setDraft}
          errors={errors}
        />
        <div className="app-form__actions">
          <SubmitButton busy={busy}>
            {conflict ? t('recommendation.editor.saveAgain') : t('recommendation.editor.save')}
          </SubmitButton>
          <Link
            className="kern-link"
            to={loaded ? detailPath(loaded.id) : `/fortschreibungen/${revision.id}/empfehlungen`}
          >
            {t('common.cancel')}
          </Link>
        </div>
      </form>
      <div className="workbench-editor-aside">
        <SimilarRecommendations
          revisionId={revision.id}
          title={draft.title}
          rationale={draft.rationale}
          excludeId={loaded?.id}
        />
      </div>
    </div>
  );
}
