import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SelectField } from '../../../components/form/SelectField';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextAreaField, TextField } from '../../../components/form/TextField';
import type { OffersQuery } from '../../../gql/graphql';
import { settle } from '../../../lib/errors';
import { LINK_NEED, NEED_RECOMMENDATIONS, SAVE_NEED } from '../graphql';

type Need = OffersQuery['needs'][number];

interface Named {
  id: string;
  name: string;
}

/** The needs found (survey, networks…), by field of action and place; coordinators record them. */
export function NeedSection({
  revisionId,
  needs,
  fields,
  municipalities,
  coordinates,
  onSaved,
}: {
  revisionId: string;
  needs: readonly Need[];
  fields: readonly { id: string; title: string }[];
  municipalities: readonly Named[];
  coordinates: boolean;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [adding, setAdding] = useState(false);
  const field = (fid: string) => fields.find((f) => f.id === fid)?.title ?? fid;
  const place = (mid: string | null) =>
    mid ? (municipalities.find((m) => m.id === mid)?.name ?? mid) : t('offers.needs.wholeRegion');
  return (
    <section aria-labelledby={`${id}-title`} className="offers-section">
      <h2 className="kern-heading-medium" id={`${id}-title`}>
        {t('offers.needs.title')}
      </h2>
      {needs.length === 0 ? (
        <p className="kern-body">{t('offers.needs.none')}</p>
      ) : (
        <ul className="offers-need-list">
          {needs.map((n) => (
            <li key={n.id}>
              <h3 className="kern-heading-small">{n.title}</h3>
              <p className="kern-body">
                {field(n.fieldOfActionId)} · {place(n.municipalityId)}
                {n.source && ` · ${t('offers.needs.source')}: ${n.source}`}
              </p>
              {n.description && <p className="kern-body">{n.description}</p>}
              {coordinates && <LinkNeed revisionId={revisionId} need={n} onSaved={onSaved} />}
            </li>
          ))}
        </ul>
      )}
      {coordinates && !adding && <Button onClick={() => setAdding(true)}>{t('offers.needs.new')}</Button>}
      {adding && (
        <NeedForm
          revisionId={revisionId}
          fields={fields}
          municipalities={municipalities}
          onDone={(title) => {
            setAdding(false);
            if (title) onSaved(t('offers.needs.saved', { title }));
          }}
        />
      )}
    </section>
  );
}

function NeedForm({
  revisionId,
  fields,
  municipalities,
  onDone,
}: {
  revisionId: string;
  fields: readonly { id: string; title: string }[];
  municipalities: readonly Named[];
  onDone: (title: string | null) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [fieldOfActionId, setField] = useState('');
  const [municipalityId, setMunicipality] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [source, setSource] = useState('');
  const [missing, setMissing] = useState<{ field?: boolean; title?: boolean }>({});
  const [save, { loading, error }] = useMutation(SAVE_NEED, { refetchQueries: ['Offers'] });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    const found = { field: !fieldOfActionId, title: !title.trim() };
    setMissing(found);
    if (found.field || found.title) {
      document.getElementById(found.field ? `${id}-field` : `${id}-title`)?.focus();
      return;
    }
    const result = await settle(
      save({
        variables: {
          revisionId,
          input: {
            fieldOfActionId,
            municipalityId: municipalityId || null,
            title: title.trim(),
            description: description.trim() || null,
            source: source.trim() || null,
          },
        },
      }),
    );
    if (result?.data) onDone(result.data.saveNeed.title);
  };
  return (
    <form className="offers-form" noValidate onSubmit={(e) => void submit(e)}>
      <ErrorAlert error={error} />
      <SelectField
        id={`${id}-field`}
        label={t('offers.needs.field')}
        value={fieldOfActionId}
        onChange={setField}
        placeholder={t('offers.form.choose')}
        options={fields.map((f) => ({ value: f.id, label: f.title }))}
        error={missing.field ? t('offers.form.required') : undefined}
      />
      <SelectField
        id={`${id}-municipality`}
        label={t('offers.needs.municipality')}
        value={municipalityId}
        onChange={setMunicipality}
        placeholder={t('offers.needs.wholeRegion')}
        options={municipalities.map((m) => ({ value: m.id, label: m.name }))}
      />
      <TextField
        id={`${id}-title`}
        label={t('offers.needs.titleLabel')}
        value={title}
        onChange={setTitle}
        error={missing.title ? t('offers.form.required') : undefined}
      />
      <TextAreaField
        id={`${id}-description`}
        label={t('offers.needs.description')}
        value={description}
        onChange={setDescription}
        optional
      />
      <TextField
        id={`${id}-source`}
        label={t('offers.needs.source')}
        hint={t('offers.needs.sourceHint')}
        value={source}
        onChange={setSource}
        optional
      />
      <div className="offers-actions">
        <SubmitButton busy={loading}>{t('offers.needs.save')}</SubmitButton>
        <Button onClick={() => onDone(null)}>{t('offers.form.cancel')}</Button>
      </div>
    </form>
  );
}

/** Links a need as evidence to a recommendation of its field of action; the recommendation's trail shows it. */
function LinkNeed({
  revisionId,
  need,
  onSaved,
}: {
  revisionId: string;
  need: Need;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [recommendationId, setRecommendation] = useState('');
  const { data } = useQuery(NEED_RECOMMENDATIONS, { variables: { revisionId, fieldOfActionId: need.fieldOfActionId } });
  const [link, { loading, error }] = useMutation(LINK_NEED);
  const items = data?.recommendations.items ?? [];
  if (!items.length) return null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading || !recommendationId) return;
    const result = await settle(link({ variables: { needId: need.id, recommendationId } }));
    const chosen = items.find((r) => r.id === recommendationId);
    if (result?.data && chosen) {
      setRecommendation('');
      onSaved(t('offers.needs.linked', { title: need.title, reference: chosen.reference }));
    }
  };
  return (
    <form className="app-form offers-need-link" onSubmit={submit} noValidate>
      <ErrorAlert error={error} />
      <SelectField
        id={`${id}-recommendation`}
        label={t('offers.needs.linkLabel', { title: need.title })}
        value={recommendationId}
        onChange={setRecommendation}
        placeholder={t('offers.needs.linkChoose')}
        options={items.map((r) => ({ value: r.id, label: `${r.reference} ${r.title}` }))}
      />
      <SubmitButton busy={loading}>{t('offers.needs.link')}</SubmitButton>
    </form>
  );
}
