import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { Disclosure } from '../../../components/Disclosure';
import { QueryFallback } from '../../../components/QueryFallback';
import { rightsOf, useSignedInViewer } from '../../auth/session';
import { attempt } from '../../../components/form/attempt';
import { RevisionHeader } from '../../revisions/components/RevisionHeader';
import { IndicatorDetail } from '../components/IndicatorDetail';
import { IndicatorForm } from '../components/IndicatorForm';
import { CREATE_INDICATOR, INDICATORS, INVENTORY_REVISION } from '../graphql';
import { EMPTY_INDICATOR, indicatorInput } from '../model';
import '../inventory.css';

/**
 * Daten und Fakten of a revision: the indicators describing the situation in
 * the region's municipalities. Everyone of the revision reads them, as
 * pictures and as tables; coordinators define them, import their values
 * from CSV or XLSX files and correct single values. The indicator shown is
 * in the URL (?indikator=…).
 */
export function InventoryPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const viewer = useSignedInViewer();
  const [search, setSearch] = useSearchParams();
  const revision = useQuery(INVENTORY_REVISION, { variables: { id } });
  const list = useQuery(INDICATORS, { variables: { revisionId: id } });
  const [create] = useMutation(CREATE_INDICATOR);
  const [status, setStatus] = useState('');
  const listHeading = useRef<HTMLHeadingElement>(null);
  // After a deletion the indicator's section is gone: the keyboard continues at the list.
  const [deletions, setDeletions] = useState(0);
  useEffect(() => {
    if (deletions) listHeading.current?.focus();
  }, [deletions]);
  if (!revision.data || !list.data) {
    return <QueryFallback error={revision.error ?? list.error} title={t('inventory.title')} />;
  }
  const r = revision.data.revision;
  const coordinates = rightsOf(viewer).coordinates(r.regionId);
  const indicators = list.data.indicators;
  const selected = indicators.find((i) => i.id === search.get('indikator')) ?? indicators[0];
  const reload = () => list.refetch();

  return (
    <>
      <RevisionHeader revision={r} page="inventory" title={t('inventory.title')} subtitle={r.title} />
      <p className="kern-body app-lead">{t('inventory.intro')}</p>
      <section aria-labelledby="inventory-list">
        <h2 className="kern-heading-large" id="inventory-list" tabIndex={-1} ref={listHeading}>
          {t('inventory.list')}
        </h2>
        <p className="kern-body" role="status">
          {status}
        </p>
        {indicators.length === 0 ? (
          <p className="kern-body">{t('inventory.none')}</p>
        ) : (
          <ul className="inventory-list">
            {indicators.map((i) => (
              <li key={i.id}>
                <Link
                  className="kern-link"
                  to={`?indikator=${i.id}`}
                  aria-current={i.id === selected?.id ? 'true' : undefined}
                >
                  {i.name}
                </Link>
                <span className="kern-body kern-body--small">
                  {t('inventory.unitSource', { unit: i.unit, source: i.source })}
                </span>
                {i.description && <span className="kern-body kern-body--small">{i.description}</span>}
              </li>
            ))}
          </ul>
        )}
        {coordinates && (
          <Disclosure label={t('inventory.create')}>
            {(close) => (
              <IndicatorForm
                idPrefix="new-indicator"
                initial={EMPTY_INDICATOR}
                submitLabel={t('inventory.createSubmit')}
                save={async (draft) => {
                  let createdId: string | undefined;
                  const error = await attempt(async () => {
                    const result = await create({ variables: { revisionId: r.id, input: indicatorInput(draft) } });
                    createdId = result.data?.createIndicator.id;
                  });
                  if (!error) {
                    await reload();
                    close();
                    setStatus(t('inventory.created', { name: draft.name.trim() }));
                    if (createdId) setSearch({ indikator: createdId });
                  }
                  return error;
                }}
              />
            )}
          </Disclosure>
        )}
      </section>
      {selected && (
        <IndicatorDetail
          key={selected.id}
          indicator={selected}
          municipalities={r.region.municipalities}
          coordinates={coordinates}
          reload={reload}
          focusAfterDelete={listHeading}
          onDeleted={(name) => {
            setStatus(t('inventory.deleted', { name }));
            setDeletions((n) => n + 1);
            setSearch({});
          }}
        />
      )}
    </>
  );
}
