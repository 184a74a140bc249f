import { useQuery } from '@apollo/client/react';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { PageHeading } from '../../../components/PageHeading';
import { QueryFallback } from '../../../components/QueryFallback';
import { SelectField } from '../../../components/form/SelectField';
import { TextField } from '../../../components/form/TextField';
import { isNotFound } from '../../conferences/errors';
import { OfferCard } from '../components/OfferCard';
import { WEGWEISER } from '../graphql';
import { filterByNames, languageName, wegweiserChoices } from '../model';
import '../offers.css';

/**
 * The public Wegweiser Integration, without signing in: offers searched by
 * words and filtered by place, field of action, target group and language.
 * Words and language go to the API; the public API names places, fields and
 * groups without ids, so those filters work on the names in the browser.
 */
export function WegweiserPage() {
  const { t, i18n } = useTranslation();
  const { revisionId = '' } = useParams();
  const id = useId();
  const [search, setSearch] = useState('');
  const [language, setLanguage] = useState('');
  const [municipality, setMunicipality] = useState('');
  const [fieldOfAction, setField] = useState('');
  const [targetGroup, setGroup] = useState('');
  const all = useQuery(WEGWEISER, { variables: { revisionId } });
  const filter = { search: search.trim() || null, language: language || null };
  const filtered = useQuery(WEGWEISER, {
    variables: { revisionId, filter },
    skip: !filter.search && !filter.language,
  });
  const choices = useMemo(() => wegweiserChoices(all.data?.wegweiser ?? []), [all.data]);
  const title = t('offers.wegweiserTitle');
  if (!all.data) {
    if (!isNotFound(all.error)) return <QueryFallback error={all.error} title={title} />;
    return (
      <div className="offers-public">
        <PageHeading title={title} />
        <Alert variant="warning" role="alert" title={t('offers.public.notFoundTitle')}>
          <p className="kern-body">{t('offers.public.notFound')}</p>
        </Alert>
      </div>
    );
  }
  const apiFiltered = filter.search || filter.language;
  const base = apiFiltered ? (filtered.data ?? filtered.previousData ?? all.data) : all.data;
  const offers = filterByNames(base.wegweiser, { municipality, fieldOfAction, targetGroup });
  const reset = () => {
    setSearch('');
    setLanguage('');
    setMunicipality('');
    setField('');
    setGroup('');
  };
  const anyFilter = Boolean(search || language || municipality || fieldOfAction || targetGroup);
  const options = (values: string[]) => values.map((v) => ({ value: v, label: v }));
  return (
    <div className="offers-public">
      <PageHeading title={title} />
      <p className="kern-body">{t('offers.public.intro')}</p>
      <form
        className="offers-filters"
        role="search"
        aria-label={t('offers.public.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <TextField
          id={`${id}-search`}
          label={t('offers.public.search')}
          hint={t('offers.public.searchHint')}
          type="search"
          value={search}
          onChange={setSearch}
        />
        <SelectField
          id={`${id}-municipality`}
          label={t('offers.public.municipality')}
          value={municipality}
          onChange={setMunicipality}
          placeholder={t('offers.public.all')}
          options={options(choices.municipalities)}
        />
        <SelectField
          id={`${id}-field`}
          label={t('offers.public.field')}
          value={fieldOfAction}
          onChange={setField}
          placeholder={t('offers.public.all')}
          options={options(choices.fieldsOfAction)}
        />
        <SelectField
          id={`${id}-group`}
          label={t('offers.public.targetGroup')}
          value={targetGroup}
          onChange={setGroup}
          placeholder={t('offers.public.all')}
          options={options(choices.targetGroups)}
        />
        <SelectField
          id={`${id}-language`}
          label={t('offers.public.language')}
          value={language}
          onChange={setLanguage}
          placeholder={t('offers.public.all')}
          options={choices.languages.map((code) => ({ value: code, label: languageName(code, i18n.language) }))}
        />
      </form>
      {anyFilter && (
        <Button variant="tertiary" onClick={reset}>
          {t('offers.public.reset')}
        </Button>
      )}
      <section aria-labelledby={`${id}-results`}>
        <h2 className="kern-heading-medium" id={`${id}-results`}>
          {t('offers.public.results')}
        </h2>
        <p className="kern-body" role="status">
          {t('offers.public.count', { count: offers.length })}
        </p>
        {offers.length === 0 ? (
          <p className="kern-body">{t('offers.public.none')}</p>
        ) : (
          <ul className="offers-cards">
            {offers.map((o) => (
              <li key={o.id}>
                <OfferCard offer={o} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby={`${id}-downloads`} className="offers-downloads">
        <h2 className="kern-heading-medium" id={`${id}-downloads`}>
          {t('offers.public.downloads')}
        </h2>
        <p className="kern-body">{t('offers.public.downloadsIntro')}</p>
        <ul className="offers-plain-list">
          <li>
            <a className="kern-link" href={`/api/oeffentlich/wegweiser/${revisionId}/angebote.csv`} download>
              {t('offers.public.csv')}
            </a>
          </li>
          <li>
            <a className="kern-link" href={`/api/oeffentlich/wegweiser/${revisionId}/angebote.json`} download>
              {t('offers.public.json')}
            </a>
          </li>
        </ul>
      </section>
    </div>
  );
}
