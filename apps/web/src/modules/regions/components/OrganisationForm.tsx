import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import type { ReportConflict } from '../../../components/ConflictBoundary';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { CheckboxGroup } from '../../../components/form/CheckboxGroup';
import { SelectField } from '../../../components/form/SelectField';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextField } from '../../../components/form/TextField';
import { isEmail, useFormErrors } from '../../../components/form/useFormErrors';
import type { OrganisationType } from '../../../gql/graphql';
import { isVersionConflict, settle } from '../../../lib/errors';
import { SAVE_ORGANISATION } from '../graphql/mutations';
import { REGIONS } from '../graphql/queries';
import { ORGANISATION_TYPES } from '../kinds';
import type { OrganisationItem, RegionItem } from '../types';

/** Adds an organisation to the region, or edits one (with its version, so concurrent edits conflict). */
export function OrganisationForm({
  region,
  organisation,
  onDone,
  onConflict,
}: {
  region: RegionItem;
  organisation: OrganisationItem | null;
  onDone: () => void;
  onConflict?: ReportConflict;
}) {
  const { t } = useTranslation();
  const idPrefix = `organisation-${organisation?.id ?? `new-${region.id}`}`;
  const [name, setName] = useState(organisation?.name ?? '');
  const [type, setType] = useState<OrganisationType>(organisation?.type ?? 'WELFARE_ASSOCIATION');
  const [municipalityIds, setMunicipalityIds] = useState(organisation?.municipalities.map((m) => m.id) ?? []);
  const [contactEmail, setContactEmail] = useState(organisation?.contactEmail ?? '');
  const { errors, check, formRef } = useFormErrors<'name' | 'contactEmail'>();
  // A new organisation appears in the region's list; an edit updates the cached one by its id.
  const [save, { loading, error }] = useMutation(SAVE_ORGANISATION, { refetchQueries: organisation ? [] : [REGIONS] });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    const valid = check({
      name: name.trim() ? undefined : t('form.required'),
      contactEmail: !contactEmail.trim() || isEmail(contactEmail) ? undefined : t('form.invalidEmail'),
    });
    if (!valid) return;
    const input = {
      id: organisation?.id,
      version: organisation?.version,
      regionId: region.id,
      name: name.trim(),
      type,
      municipalityIds,
      contactEmail: contactEmail.trim() || null,
    };
    if (await settle(save({ variables: { input } }), onConflict)) onDone();
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="app-form">
      <ErrorAlert error={isVersionConflict(error) ? null : error} />
      <TextField
        id={`${idPrefix}-name`}
        label={t('organisations.name')}
        value={name}
        onChange={setName}
        error={errors.name}
      />
      <SelectField
        id={`${idPrefix}-type`}
        label={t('organisations.type')}
        value={type}
        onChange={(value) => setType(value as OrganisationType)}
        options={ORGANISATION_TYPES.map((o) => ({ value: o, label: t(`organisationType.${o}`) }))}
      />
      <CheckboxGroup
        id={`${idPrefix}-municipalities`}
        legend={t('organisations.municipalities')}
        options={region.municipalities.map((m) => ({ value: m.id, label: m.name }))}
        selected={municipalityIds}
        onChange={setMunicipalityIds}
      />
      <TextField
        id={`${idPrefix}-email`}
        label={t('organisations.contactEmail')}
        type="email"
        autoComplete="off"
        optional
        value={contactEmail}
        onChange={setContactEmail}
        error={errors.contactEmail}
      />
      <div className="app-form__actions">
        <SubmitButton busy={loading}>{t('common.save')}</SubmitButton>
        <Button onClick={onDone}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
