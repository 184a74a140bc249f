import { useMutation } from '@apollo/client/react';
import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ConflictBoundary } from '../../../components/ConflictBoundary';
import { DescriptionItem, DescriptionList } from '../../../components/DescriptionList';
import { Disclosure } from '../../../components/Disclosure';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SelectField } from '../../../components/form/SelectField';
import type { IndicatorsQuery } from '../../../gql/graphql';
import { settle } from '../../../lib/errors';
import { attempt } from '../../../components/form/attempt';
import { DELETE_INDICATOR, INDICATORS, UPDATE_INDICATOR } from '../graphql';
import { indicatorDraftOf, indicatorInput, yearsOf, type MunicipalityItem } from '../model';
import { ComparisonChart } from './ComparisonChart';
import { ImportSection } from './ImportSection';
import { IndicatorForm } from './IndicatorForm';
import { MunicipalityGrid } from './MunicipalityGrid';
import { TrendChart } from './TrendChart';
import { ValuesTable } from './ValuesTable';

export type IndicatorData = IndicatorsQuery['indicators'][number];

/**
 * One indicator: what it is, its values as pictures (over the years, the
 * municipalities compared, a map-like grid) and as a table. Coordinators
 * change or delete it, import its values and correct single ones.
 */
export function IndicatorDetail({
  indicator,
  municipalities,
  coordinates,
  reload,
  onDeleted,
  focusAfterDelete,
}: {
  indicator: IndicatorData;
  municipalities: readonly MunicipalityItem[];
  coordinates: boolean;
  reload: () => Promise<unknown>;
  onDeleted: (name: string) => void;
  focusAfterDelete: RefObject<HTMLElement | null>;
}) {
  const { t } = useTranslation();
  const [update] = useMutation(UPDATE_INDICATOR);
  // The list is loaded again before the deletion is announced, so it no longer names the indicator.
  const [remove, removal] = useMutation(DELETE_INDICATOR, { refetchQueries: [INDICATORS], awaitRefetchQueries: true });
  const [deleting, setDeleting] = useState(false);
  const [deleted, setDeleted] = useState(false);
  const [chosenYear, setChosenYear] = useState<number | null>(null);
  const years = yearsOf(indicator.values);
  const year = chosenYear !== null && years.includes(chosenYear) ? chosenYear : years[years.length - 1];
  const headingId = `indicator-${indicator.id}`;

  const confirmDelete = async () => {
    const result = await settle(remove({ variables: { id: indicator.id } }));
    if (!result) return;
    setDeleted(true);
    setDeleting(false);
    onDeleted(indicator.name);
  };

  return (
    <section aria-labelledby={headingId} className="inventory-detail">
      <h2 className="kern-heading-large" id={headingId}>
        {indicator.name}
      </h2>
      <DescriptionList>
        <DescriptionItem term={t('inventory.field.unit')}>{indicator.unit}</DescriptionItem>
        <DescriptionItem term={t('inventory.field.source')}>{indicator.source}</DescriptionItem>
        <DescriptionItem term={t('inventory.field.description')}>
          {indicator.description || t('inventory.noDescription')}
        </DescriptionItem>
      </DescriptionList>
      {coordinates && (
        <div className="inventory-actions">
          <ConflictBoundary reload={reload}>
            {(reportConflict) => (
              <Disclosure label={t('inventory.edit', { name: indicator.name })}>
                {(close) => (
                  <IndicatorForm
                    idPrefix={`indicator-${indicator.id}`}
                    initial={indicatorDraftOf(indicator)}
                    submitLabel={t('common.save')}
                    save={async (draft) => {
                      const error = await attempt(
                        () =>
                          update({
                            variables: { id: indicator.id, version: indicator.version, input: indicatorInput(draft) },
                          }),
                        reportConflict,
                      );
                      if (!error) close();
                      return error;
                    }}
                  />
                )}
              </Disclosure>
            )}
          </ConflictBoundary>
          <Button variant="tertiary" onClick={() => setDeleting(true)}>
            {t('inventory.delete')}
          </Button>
          <ConfirmDialog
            open={deleting}
            title={t('inventory.deleteTitle')}
            confirmLabel={t('common.delete')}
            busy={removal.loading}
            onConfirm={() => void confirmDelete()}
            onCancel={() => setDeleting(false)}
            focusAfterClose={deleted ? focusAfterDelete : null}
          >
            <p className="kern-body">{t('inventory.deleteQuestion', { name: indicator.name })}</p>
            <ErrorAlert error={removal.error} />
          </ConfirmDialog>
        </div>
      )}
      {coordinates && <ImportSection indicator={indicator} reload={reload} />}
      {year === undefined ? (
        <p className="kern-body">{t('inventory.noValues')}</p>
      ) : (
        <>
          <TrendChart indicator={indicator} values={indicator.values} />
          <div className="inventory-year">
            <SelectField
              id={`year-${indicator.id}`}
              label={t('inventory.year')}
              hint={t('inventory.yearHint')}
              value={String(year)}
              onChange={(value) => setChosenYear(Number(value))}
              options={[...years].reverse().map((y) => ({ value: String(y), label: String(y) }))}
            />
          </div>
          <div className="inventory-pictures">
            <ComparisonChart indicator={indicator} values={indicator.values} year={year} />
            <MunicipalityGrid
              indicator={indicator}
              municipalities={municipalities}
              values={indicator.values}
              year={year}
            />
          </div>
          <ValuesTable
            indicator={indicator}
            municipalities={municipalities}
            values={indicator.values}
            year={year}
            coordinates={coordinates}
            reload={reload}
          />
        </>
      )}
    </section>
  );
}
