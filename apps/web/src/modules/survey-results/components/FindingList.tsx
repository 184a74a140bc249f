import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SelectField } from '../../../components/form/SelectField';
import { SubmitButton } from '../../../components/form/SubmitButton';
import type { FindingFieldsFragment } from '../../../gql/graphql';
import { settle } from '../../../lib/errors';
import { DELETE_FINDING, FINDING_RECOMMENDATIONS, LINK_FINDING, REMOVE_FINDING_SOURCE } from '../graphql';
import { findingsByField } from '../model';
import { FindingForm } from './FindingForm';
import type { Named } from './FreeTextSection';

type Finding = FindingFieldsFragment;

/**
 * The findings of the revision under their field of action, each with the
 * passages it rests on; coordinators create, change and delete them, take
 * sources off and cite a finding as evidence of a recommendation of its field.
 */
export function FindingList({
  revisionId,
  findings,
  fields,
  targetGroups,
  interviews,
  coordinates,
  onMessage,
}: {
  revisionId: string;
  findings: readonly Finding[];
  fields: readonly Named[];
  targetGroups: readonly Named[];
  interviews: readonly { id: string; pseudonym: string }[];
  coordinates: boolean;
  onMessage: (message: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Finding | null>(null);
  const [remove, removing] = useMutation(DELETE_FINDING, { refetchQueries: ['Findings'] });
  const [removeSource, removingSource] = useMutation(REMOVE_FINDING_SOURCE, { refetchQueries: ['Findings'] });
  const groupName = (gid: string) => targetGroups.find((g) => g.id === gid)?.name ?? gid;
  const pseudonym = (iid: string | null) => interviews.find((i) => i.id === iid)?.pseudonym;
  return (
    <section aria-labelledby={`${id}-title`} className="results-section">
      <h2 className="kern-heading-medium" id={`${id}-title`}>
        {t('findings.list.title')}
      </h2>
      <p className="kern-body">{t('findings.list.count', { count: findings.length })}</p>
      {coordinates && !creating && (
        <div>
          <Button variant="primary" onClick={() => setCreating(true)}>
            {t('findings.list.new')}
          </Button>
        </div>
      )}
      {creating && (
        <FindingForm
          revisionId={revisionId}
          finding={null}
          level={3}
          fields={fields}
          targetGroups={targetGroups}
          onDone={(saved) => {
            setCreating(false);
            if (saved) onMessage(t('findings.list.saved', { title: saved.title }));
          }}
        />
      )}
      <ErrorAlert error={removingSource.error} />
      {findingsByField(fields, findings).map(({ field, findings: own }) => (
        <section key={field.id} aria-labelledby={`${id}-${field.id}`} className="results-question">
          <h3 className="kern-heading-small" id={`${id}-${field.id}`}>
            {field.name}
          </h3>
          {own.length === 0 ? (
            <p className="kern-body">{t('findings.list.none')}</p>
          ) : (
            <ul className="results-list">
              {own.map((f) => (
                <li key={f.id}>
                  <article aria-labelledby={`${id}-${f.id}`}>
                    <h4 className="kern-heading-small" id={`${id}-${f.id}`}>
                      {f.title}
                    </h4>
                    {f.summary && <p className="kern-body">{f.summary}</p>}
                    {f.targetGroupIds.length > 0 && (
                      <p className="kern-body results-meta">
                        {t('findings.list.targetGroups', { names: f.targetGroupIds.map(groupName).join(', ') })}
                      </p>
                    )}
                    <p className="kern-body results-meta">{t('findings.sources.count', { count: f.sources.length })}</p>
                    {f.sources.length > 0 && (
                      <ul className="results-list">
                        {f.sources.map((s) => (
                          <li key={s.id}>
                            <p className="kern-body results-meta">
                              {s.kind === 'INTERVIEW'
                                ? t('findings.sources.interview', {
                                    pseudonym: pseudonym(s.interviewId) ?? t('findings.sources.anInterview'),
                                  })
                                : t('findings.sources.survey')}
                            </p>
                            <blockquote className="kern-body results-quote" dir="auto">
                              {s.excerpt}
                            </blockquote>
                            {coordinates && (
                              <div>
                                <Button
                                  variant="tertiary"
                                  aria-label={t('findings.sources.removeLabel', { title: f.title })}
                                  onClick={() => {
                                    if (removingSource.loading) return;
                                    void settle(removeSource({ variables: { id: s.id } })).then((r) => {
                                      if (r?.data) onMessage(t('findings.sources.removed', { title: f.title }));
                                    });
                                  }}
                                >
                                  {t('findings.sources.remove')}
                                </Button>
                              </div>
                            )}
                          </li>
                        ))}
                      </ul>
                    )}
                    {coordinates && editing !== f.id && (
                      <div className="results-actions">
                        <Button
                          aria-label={t('findings.list.editLabel', { title: f.title })}
                          onClick={() => setEditing(f.id)}
                        >
                          {t('findings.list.edit')}
                        </Button>
                        <Button
                          aria-label={t('findings.list.deleteLabel', { title: f.title })}
                          onClick={() => setDeleting(f)}
                        >
                          {t('findings.list.delete')}
                        </Button>
                      </div>
                    )}
                    {editing === f.id && (
                      <FindingForm
                        revisionId={revisionId}
                        finding={f}
                        level={4}
                        fields={fields}
                        targetGroups={targetGroups}
                        onDone={(saved) => {
                          setEditing(null);
                          if (saved) onMessage(t('findings.list.saved', { title: saved.title }));
                        }}
                      />
                    )}
                    {coordinates && <LinkFinding revisionId={revisionId} finding={f} onSaved={onMessage} />}
                  </article>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <ConfirmDialog
        open={deleting !== null}
        title={t('findings.list.deleteTitle')}
        confirmLabel={t('findings.list.delete')}
        busy={removing.loading}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          const finding = deleting;
          if (!finding) return;
          void settle(remove({ variables: { id: finding.id } })).then((r) => {
            setDeleting(null);
            if (r?.data) onMessage(t('findings.list.deleted', { title: finding.title }));
          });
        }}
      >
        <ErrorAlert error={removing.error} />
        <p className="kern-body">{deleting && t('findings.list.deleteText', { title: deleting.title })}</p>
      </ConfirmDialog>
    </section>
  );
}

/** Cites a finding as evidence of a recommendation of its field of action; the recommendation's trail shows it. */
function LinkFinding({
  revisionId,
  finding,
  onSaved,
}: {
  revisionId: string;
  finding: Finding;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [recommendationId, setRecommendation] = useState('');
  const { data } = useQuery(FINDING_RECOMMENDATIONS, {
    variables: { revisionId, fieldOfActionId: finding.fieldOfActionId },
  });
  const [link, { loading, error }] = useMutation(LINK_FINDING);
  const items = data?.recommendations.items ?? [];
  if (!items.length) return null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading || !recommendationId) return;
    const result = await settle(link({ variables: { findingId: finding.id, recommendationId } }));
    const chosen = items.find((r) => r.id === recommendationId);
    if (result?.data && chosen) {
      setRecommendation('');
      onSaved(t('findings.link.linked', { title: finding.title, reference: chosen.reference }));
    }
  };
  return (
    <form className="results-form" onSubmit={(e) => void submit(e)} noValidate>
      <ErrorAlert error={error} />
      <SelectField
        id={`${id}-recommendation`}
        label={t('findings.link.label', { title: finding.title })}
        value={recommendationId}
        onChange={setRecommendation}
        placeholder={t('findings.link.choose')}
        options={items.map((r) => ({ value: r.id, label: `${r.reference} ${r.title}` }))}
      />
      <div className="results-actions">
        <SubmitButton busy={loading}>{t('findings.link.submit')}</SubmitButton>
      </div>
    </form>
  );
}
