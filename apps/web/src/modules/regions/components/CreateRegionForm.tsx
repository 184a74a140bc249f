import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SelectField } from '../../../components/form/SelectField';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextField } from '../../../components/form/TextField';
import { useFormErrors } from '../../../components/form/useFormErrors';
import type { MunicipalityKind, RegionKind } from '../../../gql/graphql';
import { settle } from '../../../lib/errors';
import { MUNICIPALITY_KINDS, REGION_KINDS } from '../kinds';
import { CREATE_REGION } from '../graphql/mutations';
import { REGIONS } from '../graphql/queries';

interface MunicipalityRow {
  key: number;
  name: string;
  kind: MunicipalityKind;
}

/** Platform admins add a region (tenant) together with its municipalities. */
export function CreateRegionForm({ onCreated }: { onCreated: (name: string) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<RegionKind>('KREIS');
  const [rows, setRows] = useState<MunicipalityRow[]>([]);
  const nextKey = useRef(0);
  const addButton = useRef<HTMLButtonElement>(null);
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const { errors, check, formRef } = useFormErrors<string>();
  const [createRegion, { loading, error }] = useMutation(CREATE_REGION, { refetchQueries: [REGIONS] });

  useEffect(() => {
    if (focusRow !== null) document.getElementById(`new-region-municipality-${focusRow}`)?.focus();
  }, [focusRow]);

  const addRow = () => {
    const key = nextKey.current++;
    setRows([...rows, { key, name: '', kind: kind === 'KREIS' ? 'STADT' : 'STADTBEZIRK' }]);
    setFocusRow(key);
  };
  const removeRow = (key: number) => {
    setRows(rows.filter((row) => row.key !== key));
    addButton.current?.focus();
  };
  const updateRow = (key: number, change: Partial<MunicipalityRow>) =>
    setRows(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    const found: Record<string, string | undefined> = { name: name.trim() ? undefined : t('form.required') };
    for (const row of rows)
      found[`municipality-${row.key}`] = row.name.trim() ? undefined : t('regions.create.municipalityRequired');
    if (!check(found)) return;
    const input = {
      name: name.trim(),
      kind,
      municipalities: rows.map((row) => ({ name: row.name.trim(), kind: row.kind })),
    };
    if (await settle(createRegion({ variables: { input } }))) onCreated(input.name);
  };

  const kindOptions = MUNICIPALITY_KINDS.map((k) => ({ value: k, label: t(`municipalityKind.${k}`) }));
  return (
    <form ref={formRef} onSubmit={submit} noValidate className="app-form">
      <ErrorAlert error={error} />
      <TextField
        id="new-region-name"
        label={t('regions.create.name')}
        value={name}
        onChange={setName}
        error={errors.name}
      />
      <SelectField
        id="new-region-kind"
        label={t('regions.create.kind')}
        value={kind}
        onChange={(value) => setKind(value as RegionKind)}
        options={REGION_KINDS.map((k) => ({ value: k, label: t(`regionKind.${k}`) }))}
      />
      {rows.map((row, index) => (
        <fieldset className="kern-fieldset app-row-fieldset" key={row.key}>
          <legend className="kern-label">{t('regions.create.municipalityLegend', { number: index + 1 })}</legend>
          <div className="kern-fieldset__body kern-fieldset__body--horizontal">
            <TextField
              id={`new-region-municipality-${row.key}`}
              label={t('regions.create.municipalityName')}
              value={row.name}
              onChange={(value) => updateRow(row.key, { name: value })}
              error={errors[`municipality-${row.key}`]}
            />
            <SelectField
              id={`new-region-municipality-kind-${row.key}`}
              label={t('regions.create.municipalityKind')}
              value={row.kind}
              onChange={(value) => updateRow(row.key, { kind: value as MunicipalityKind })}
              options={kindOptions}
            />
            <Button variant="tertiary" onClick={() => removeRow(row.key)}>
              {t('regions.create.removeMunicipality', { number: index + 1 })}
            </Button>
          </div>
        </fieldset>
      ))}
      <div className="app-form__actions">
        <Button onClick={addRow} ref={addButton}>
          {t('regions.create.addMunicipality')}
        </Button>
        <SubmitButton busy={loading}>{t('regions.create.submit')}</SubmitButton>
      </div>
    </form>
  );
}
