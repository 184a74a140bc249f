import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { QueryFallback } from '../../../components/QueryFallback';
import { rightsOf, useSignedInViewer } from '../../auth/session';
import { RevisionHeader } from '../../revisions/components/RevisionHeader';
import { FindingList } from '../components/FindingList';
import { InterviewSection } from '../components/InterviewSection';
import { FINDINGS, FINDINGS_REVISION, INTERVIEWS } from '../graphql';
import '../survey-results.css';

/**
 * Findings and interviews of a revision: every member reads the findings by
 * field of action with the passages they rest on; the coordination keeps
 * them, cites them as evidence of recommendations and records the flanking
 * interviews.
 */
export function FindingsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const viewer = useSignedInViewer();
  const revision = useQuery(FINDINGS_REVISION, { variables: { id } });
  const coordinates = revision.data ? rightsOf(viewer).coordinates(revision.data.revision.regionId) : false;
  const findings = useQuery(FINDINGS, { variables: { revisionId: id } });
  const interviews = useQuery(INTERVIEWS, { variables: { revisionId: id }, skip: !coordinates });
  const [message, setMessage] = useState('');
  if (!revision.data) return <QueryFallback error={revision.error} title={t('findings.title')} />;
  const r = revision.data.revision;
  const fields = [...r.fieldsOfAction]
    .sort((a, b) => a.position - b.position)
    .map((f) => ({ id: f.id, name: f.title }));
  const targetGroups = [...r.targetGroups].sort((a, b) => a.position - b.position);
  const list = findings.data?.findings ?? [];
  return (
    <div className="results-page">
      <RevisionHeader revision={r} page="findings" title={t('findings.title')} subtitle={r.title} />
      <p className="kern-body">{coordinates ? t('findings.introCoordinator') : t('findings.intro')}</p>
      <p className="kern-body" role="status">
        {message}
      </p>
      <ErrorAlert error={findings.error} />
      {!findings.data && !findings.error ? (
        <Loading />
      ) : (
        <FindingList
          revisionId={r.id}
          findings={list}
          fields={fields}
          targetGroups={targetGroups}
          interviews={interviews.data?.interviews ?? []}
          coordinates={coordinates}
          onMessage={setMessage}
        />
      )}
      {coordinates && (
        <>
          <ErrorAlert error={interviews.error} />
          {interviews.data ? (
            <InterviewSection
              revisionId={r.id}
              interviews={interviews.data.interviews}
              fields={fields}
              targetGroups={targetGroups}
              findings={list}
              onMessage={setMessage}
            />
          ) : (
            !interviews.error && <Loading />
          )}
        </>
      )}
    </div>
  );
}
