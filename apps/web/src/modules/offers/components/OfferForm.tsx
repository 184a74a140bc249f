import { useMutation } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { CheckboxGroup } from '../../../components/form/CheckboxGroup';
import { SelectField } from '../../../components/form/SelectField';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextAreaField, TextField } from '../../../components/form/TextField';
import type { OfferFieldsFragment } from '../../../gql/graphql';
import { isVersionConflict, settle } from '../../../lib/errors';
import { SAVE_OFFER } from '../graphql';
import {
  checkOfferDraft,
  draftOf,
  emptyDraft,
  languageName,
  OFFER_KINDS,
  OFFER_LANGUAGES,
  offerInput,
  type OfferDraft,
  type OfferDraftErrors,
} from '../model';

interface Named {
  id: string;
  name: string;
}

/** Creates (no offer) or changes an offer; the providers to choose are those the viewer may keep offers for. */
export function OfferForm({
  revisionId,
  offer,
  providers,
  municipalities,
  fields,
  targetGroups,
  onDone,
}: {
  revisionId: string;
  offer: OfferFieldsFragment | null;
  providers: readonly Named[];
  municipalities: readonly Named[];
  fields: readonly { id: string; title: string }[];
  targetGroups: readonly Named[];
  onDone: (saved: OfferFieldsFragment | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<OfferDraft>(() =>
    offer ? draftOf(offer) : emptyDraft(providers.length === 1 ? providers[0].id : ''),
  );
  const [errors, setErrors] = useState<OfferDraftErrors>({});
  const [save, { loading, error, reset }] = useMutation(SAVE_OFFER, { refetchQueries: ['Offers', 'OfferGaps'] });
  const formRef = useRef<HTMLFormElement>(null);
  const set =
    <K extends keyof OfferDraft>(key: K) =>
    (value: OfferDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    const found = checkOfferDraft(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      // After the render that marks the fields: focus goes to the first one to fix.
      setTimeout(() =>
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid] input')?.focus(),
      );
      return;
    }
    reset();
    const result = await settle(
      save({
        variables: {
          revisionId,
          input: offerInput(draft),
          id: offer?.id ?? null,
          version: offer?.version ?? null,
        },
      }),
    );
    if (result?.data) onDone(result.data.saveOffer);
  };

  const message = (key: keyof OfferDraftErrors) => {
    const e = errors[key];
    if (!e) return undefined;
    if (e === 'email') return t('offers.form.email');
    return key === 'fieldOfActionIds' || key === 'languages'
      ? t('offers.form.requiredChoice')
      : t('offers.form.required');
  };

  const choiceError = (key: 'fieldOfActionIds' | 'languages') =>
    message(key) && (
      <p className="kern-error" id={`${id}-${key}-error`}>
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <span className="kern-body">{message(key)}</span>
      </p>
    );

  return (
    <form
      ref={formRef}
      className="offers-form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(e) => void submit(e)}
    >
      <h3 className="kern-heading-small" id={`${id}-title`}>
        {offer ? t('offers.form.editTitle') : t('offers.form.newTitle')}
      </h3>
      {isVersionConflict(error) ? (
        <Alert variant="warning" role="alert" title={t('offers.form.editTitle')}>
          <p className="kern-body">{t('offers.form.conflict')}</p>
        </Alert>
      ) : (
        <ErrorAlert error={error} />
      )}
      <SelectField
        id={`${id}-organisation`}
        label={t('offers.form.organisation')}
        value={draft.organisationId}
        onChange={set('organisationId')}
        placeholder={t('offers.form.choose')}
        options={providers.map((p) => ({ value: p.id, label: p.name }))}
        error={message('organisationId')}
      />
      <SelectField
        id={`${id}-kind`}
        label={t('offers.form.kind')}
        value={draft.kind}
        onChange={(v) => set('kind')(v as OfferDraft['kind'])}
        placeholder={t('offers.form.choose')}
        options={OFFER_KINDS.map((k) => ({ value: k, label: t(`offers.kind.${k}`) }))}
        error={message('kind')}
      />
      <TextField
        id={`${id}-title-input`}
        label={t('offers.form.title')}
        value={draft.title}
        onChange={set('title')}
        error={message('title')}
      />
      <TextAreaField
        id={`${id}-description`}
        label={t('offers.form.description')}
        value={draft.description}
        onChange={set('description')}
        optional
      />
      <div data-invalid={errors.fieldOfActionIds ? 'true' : undefined}>
        {choiceError('fieldOfActionIds')}
        <CheckboxGroup
          id={`${id}-fields`}
          legend={t('offers.form.fields')}
          options={fields.map((f) => ({ value: f.id, label: f.title }))}
          selected={draft.fieldOfActionIds}
          onChange={set('fieldOfActionIds')}
        />
      </div>
      <p className="kern-hint" id={`${id}-places-hint`}>
        {t('offers.form.municipalitiesHint')}
      </p>
      <CheckboxGroup
        id={`${id}-places`}
        legend={t('offers.form.municipalities')}
        options={municipalities.map((m) => ({ value: m.id, label: m.name }))}
        selected={draft.municipalityIds}
        onChange={set('municipalityIds')}
      />
      <CheckboxGroup
        id={`${id}-groups`}
        legend={t('offers.form.targetGroups')}
        options={targetGroups.map((g) => ({ value: g.id, label: g.name }))}
        selected={draft.targetGroupIds}
        onChange={set('targetGroupIds')}
      />
      <div data-invalid={errors.languages ? 'true' : undefined}>
        {choiceError('languages')}
        <CheckboxGroup
          id={`${id}-languages`}
          legend={t('offers.form.languages')}
          options={OFFER_LANGUAGES.map((l) => ({ value: l.code, label: languageName(l.code, i18n.language) }))}
          selected={draft.languages}
          onChange={set('languages')}
        />
      </div>
      <TextField
        id={`${id}-accessibility`}
        label={t('offers.form.accessibility')}
        hint={t('offers.form.accessibilityHint')}
        value={draft.accessibility}
        onChange={set('accessibility')}
        optional
      />
      <TextField
        id={`${id}-email`}
        label={t('offers.form.contactEmail')}
        type="email"
        autoComplete="off"
        value={draft.contactEmail}
        onChange={set('contactEmail')}
        error={message('contactEmail')}
        optional
      />
      <TextField
        id={`${id}-phone`}
        label={t('offers.form.contactPhone')}
        type="tel"
        value={draft.contactPhone}
        onChange={set('contactPhone')}
        optional
      />
      <TextField
        id={`${id}-address`}
        label={t('offers.form.address')}
        value={draft.address}
        onChange={set('address')}
        optional
      />
      <TextField
        id={`${id}-website`}
        label={t('offers.form.website')}
        type="url"
        value={draft.website}
        onChange={set('website')}
        optional
      />
      <div className="offers-actions">
        <SubmitButton busy={loading}>{t('offers.form.save')}</SubmitButton>
        <Button onClick={() => onDone(null)}>{t('offers.form.cancel')}</Button>
      </div>
    </form>
  );
}
