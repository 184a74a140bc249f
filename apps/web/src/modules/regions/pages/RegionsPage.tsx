import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { Disclosure } from '../../../components/Disclosure';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { rightsOf, useSignedInViewer } from '../../auth/session';
import { CreateRegionForm } from '../components/CreateRegionForm';
import { RegionSection } from '../components/RegionSection';
import { REGIONS } from '../graphql/queries';

export function RegionsPage() {
  const { t } = useTranslation();
  const { isAdmin } = rightsOf(useSignedInViewer());
  const { data, error } = useQuery(REGIONS);
  const [created, setCreated] = useState<string | null>(null);

  return (
    <>
      <PageHeading title={t('regions.title')} />
      {isAdmin && (
        <section aria-labelledby="create-region" className="app-panel">
          <h2 className="kern-heading-large" id="create-region">
            {t('regions.create.heading')}
          </h2>
          {created && <Alert variant="success" role="status" title={t('regions.create.done', { name: created })} />}
          <Disclosure label={t('regions.create.open')}>
            {(close) => (
              <CreateRegionForm
                onCreated={(name) => {
                  setCreated(name);
                  close();
                }}
              />
            )}
          </Disclosure>
        </section>
      )}
      <ErrorAlert error={error} />
      {!data ? (
        !error && <Loading />
      ) : data.regions.length === 0 ? (
        <p className="kern-body">{t('regions.none')}</p>
      ) : (
        data.regions.map((region) => <RegionSection key={region.id} region={region} />)
      )}
    </>
  );
}
