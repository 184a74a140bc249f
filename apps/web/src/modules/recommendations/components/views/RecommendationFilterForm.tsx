import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { CheckboxGroup } from '../../../../components/form/CheckboxGroup';
import { SelectField, type SelectOption } from '../../../../components/form/SelectField';
import { TextField } from '../../../../components/form/TextField';
import type { RecommendationStatus, RecommendationViewsRevisionQuery } from '../../../../gql/graphql';
import { STATUS_ORDER, statusKey } from '../../labels';
import { isFiltered, type ListFilter } from '../../list-filter';

type Revision = RecommendationViewsRevisionQuery['revision'];

/**
 * The list's filter. It holds its choices until they are applied, so the list
 * (and the URL) changes once per search, not on every keystroke or tick. The
 * page mounts it afresh whenever the URL changes (Back, a shared link).
 */
export function RecommendationFilterForm({
  revision,
  filter,
  onApply,
}: {
  revision: Revision;
  filter: ListFilter;
  onApply: (filter: ListFilter) => void;
}) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const id = useId();
  const headingId = `${id}-heading`;
  const [draft, setDraft] = useState<ListFilter>(filter);
  const set = <K extends keyof ListFilter>(key: K, value: ListFilter[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const options = (items: readonly { id: string; name: string }[]): SelectOption[] =>
    items.map((i) => ({ value: i.id, label: i.name }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(draft);
  };

  return (
    <section aria-labelledby={headingId} className="app-panel">
      <h2 className="kern-heading-medium" id={headingId}>
        {t('recommendations.list.filter.title')}
      </h2>
      <form className="rv-filter" onSubmit={submit} aria-labelledby={headingId}>
        <div className="rv-filter__grid">
          <SelectField
            id={`${id}-field`}
            label={t('recommendations.list.filter.field')}
            placeholder={t('recommendations.list.filter.any')}
            value={draft.fieldOfActionId ?? ''}
            onChange={(v) => set('fieldOfActionId', v || null)}
            options={revision.fieldsOfAction.map((f) => ({ value: f.id, label: f.title }))}
          />
          <SelectField
            id={`${id}-target-group`}
            label={t('recommendations.list.filter.targetGroup')}
            placeholder={t('recommendations.list.filter.any')}
            value={draft.targetGroupId ?? ''}
            onChange={(v) => set('targetGroupId', v || null)}
            options={options(revision.targetGroups)}
          />
          <SelectField
            id={`${id}-municipality`}
            label={t('recommendations.list.filter.municipality')}
            placeholder={t('recommendations.list.filter.any')}
            value={draft.municipalityId ?? ''}
            onChange={(v) => set('municipalityId', v || null)}
            options={options(revision.region.municipalities)}
          />
          <SelectField
            id={`${id}-organisation`}
            label={t('recommendations.list.filter.organisation')}
            placeholder={t('recommendations.list.filter.any')}
            value={draft.organisationId ?? ''}
            onChange={(v) => set('organisationId', v || null)}
            options={options(revision.region.organisations)}
          />
        </div>
        <CheckboxGroup
          id={`${id}-status`}
          legend={t('recommendations.list.filter.status')}
          options={STATUS_ORDER.map((s) => ({ value: s, label: t(statusKey(s)) }))}
          selected={draft.statuses}
          onChange={(selected) =>
            set(
              'statuses',
              STATUS_ORDER.filter((s) => selected.includes(s as RecommendationStatus)),
            )
          }
        />
        <div className="rv-filter__search">
          <TextField
            id={`${id}-search`}
            type="search"
            label={t('recommendations.list.filter.search')}
            hint={t('recommendations.list.filter.searchHint')}
            value={draft.search}
            maxLength={200}
            onChange={(v) => set('search', v)}
          />
        </div>
        <div className="kern-form-check">
          <input
            className="kern-form-check__checkbox"
            type="checkbox"
            id={`${id}-mine`}
            checked={draft.mine}
            onChange={(e) => set('mine', e.target.checked)}
          />
          <label className="kern-label" htmlFor={`${id}-mine`}>
            {t('recommendations.list.filter.mine')}
          </label>
        </div>
        <div className="app-form__actions">
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-label">{t('recommendations.list.filter.apply')}</span>
          </button>
          {isFiltered(filter) && (
            <Link className="kern-link" to={pathname}>
              {t('recommendations.list.filter.reset')}
            </Link>
          )}
        </div>
      </form>
    </section>
  );
}
