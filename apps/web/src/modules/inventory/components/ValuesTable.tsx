import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { HiddenContext } from '../../../components/HiddenContext';
import { TableHead } from '../../../components/TableHead';
import { isVersionConflict } from '../../../lib/errors';
import { CORRECT_INDICATOR_VALUE } from '../graphql';
import {
  formatValue,
  inputText,
  parseNumber,
  valuesInYear,
  type IndicatorValueItem,
  type MunicipalityItem,
} from '../model';
import { NoValue } from './NoValue';

/**
 * The values of one year, a row per municipality of the region; the same
 * figures as the comparison and the map. Coordinators correct a value in
 * place; it is saved with its version, so a value someone else changed
 * meanwhile is not overwritten unseen.
 */
export function ValuesTable({
  indicator,
  municipalities,
  values,
  year,
  coordinates,
  reload,
}: {
  indicator: { id: string; name: string; unit: string };
  municipalities: readonly MunicipalityItem[];
  values: readonly IndicatorValueItem[];
  year: number;
  coordinates: boolean;
  reload: () => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation();
  const inYear = valuesInYear(values, year);
  const [saved, setSaved] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  // Named ids: each year has its own table.
  const headingId = `values-${indicator.id}`;
  const captionId = `values-caption-${indicator.id}`;
  // Values of municipalities no longer in the region still show, after the region's.
  const rows: MunicipalityItem[] = [
    ...[...municipalities].sort((a, b) => a.name.localeCompare(b.name, 'de')),
    ...[...inYear.values()]
      .filter((v) => !municipalities.some((m) => m.id === v.municipalityId))
      .map((v) => ({ id: v.municipalityId, name: v.municipalityName })),
  ];

  return (
    <section aria-labelledby={headingId}>
      <h3 className="kern-heading-medium" id={headingId}>
        {t('inventory.values.title', { year })}
      </h3>
      <ErrorAlert error={failure} />
      <p className="kern-body" role="status">
        {saved}
      </p>
      <div className="inventory-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="kern-table kern-table--small inventory-values">
          <caption id={captionId} className="kern-body inventory-caption">
            {t('inventory.values.caption', { name: indicator.name, year })}
          </caption>
          <TableHead
            columns={[
              t('inventory.values.municipality'),
              t('inventory.values.value', { unit: indicator.unit }),
              ...(coordinates ? [t('inventory.values.correction')] : []),
            ]}
          />
          <tbody className="kern-table__body">
            {rows.map((m) => {
              const value = inYear.get(m.id);
              return (
                <tr className="kern-table__row" key={m.id}>
                  <th scope="row" className="kern-table__header">
                    {m.name}
                  </th>
                  <td className="kern-table__cell inventory-number">
                    {value ? formatValue(value.value, indicator.unit, i18n.language) : <NoValue />}
                  </td>
                  {coordinates && (
                    <td className="kern-table__cell">
                      {value && (
                        <Correction
                          key={value.id}
                          value={value}
                          year={year}
                          unit={indicator.unit}
                          reload={reload}
                          onSaved={(text) => {
                            setFailure(null);
                            setSaved(text);
                          }}
                          onFailed={(error) => {
                            setSaved('');
                            setFailure(error);
                          }}
                        />
                      )}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Correction({
  value,
  year,
  unit,
  reload,
  onSaved,
  onFailed,
}: {
  value: IndicatorValueItem;
  year: number;
  unit: string;
  reload: () => Promise<unknown>;
  onSaved: (message: string) => void;
  onFailed: (error: unknown) => void;
}) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(() => inputText(value.value, i18n.language));
  // A newer version (saved here, by someone else, or by an import) starts the field over from what is stored.
  const [shownVersion, setShownVersion] = useState(value.version);
  if (shownVersion !== value.version) {
    setShownVersion(value.version);
    setText(inputText(value.value, i18n.language));
  }
  const [invalid, setInvalid] = useState(false);
  const [correct, { loading }] = useMutation(CORRECT_INDICATOR_VALUE);
  const id = `value-${value.id}`;
  const place = { municipality: value.municipalityName, year };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    const parsed = parseNumber(text);
    setInvalid(parsed === null);
    if (parsed === null) {
      document.getElementById(id)?.focus();
      return;
    }
    try {
      const result = await correct({ variables: { id: value.id, version: value.version, value: parsed } });
      await reload();
      onSaved(
        t('inventory.values.saved', {
          ...place,
          value: formatValue(result.data?.correctIndicatorValue.value ?? parsed, unit, i18n.language),
        }),
      );
    } catch (error) {
      onFailed(error);
      // Someone else changed it: show what is stored now, so the next save starts from there.
      if (isVersionConflict(error)) await reload();
    }
  };

  return (
    <form className="inventory-correction" onSubmit={submit} noValidate>
      <label className="app-sr-only" htmlFor={id}>
        {t('inventory.values.inputLabel', place)}
      </label>
      <input
        id={id}
        className={`kern-form-input__input${invalid ? ' kern-form-input__input--error' : ''}`}
        type="text"
        inputMode="decimal"
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
      />
      <button type="submit" className="kern-btn kern-btn--secondary" aria-disabled={loading || undefined}>
        <span className="kern-label">
          {t('inventory.values.save')}
          <HiddenContext>{t('inventory.values.saveContext', place)}</HiddenContext>
        </span>
      </button>
      {invalid && (
        <p className="kern-error" id={`${id}-error`}>
          <span className="kern-icon kern-icon--danger" aria-hidden="true" />
          <span className="kern-body">{t('inventory.values.invalid')}</span>
        </p>
      )}
    </form>
  );
}
