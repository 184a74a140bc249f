import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../../components/form/SelectField';
import { TextAreaField, TextField } from '../../../../components/form/TextField';
import type { TimeHorizon, WorkbenchRevisionQuery } from '../../../../gql/graphql';
import { ChoiceGroup } from '../../../feasibility/components/ChoiceGroup';
import { TIME_HORIZONS, horizonKey } from '../../labels';
import type { DraftField, RecommendationDraft } from './model';
import { RichTextEditor } from './RichTextEditor';

export type WorkbenchRevision = WorkbenchRevisionQuery['revision'];
export type FieldMessages = Partial<Record<DraftField, string>>;

/**
 * The content of a recommendation as form fields, shared by the editor and the
 * merge page. Ids start with `prefix`, so focus can go to a field by name.
 */
export function RecommendationFields({
  prefix,
  revision,
  draft,
  onChange,
  errors,
}: {
  prefix: string;
  revision: WorkbenchRevision;
  draft: RecommendationDraft;
  onChange: (draft: RecommendationDraft) => void;
  errors: FieldMessages;
}) {
  const { t } = useTranslation();
  const set = <K extends DraftField>(field: K, value: RecommendationDraft[K]) => onChange({ ...draft, [field]: value });
  const scopeName = `${prefix}-scope`;
  const horizonName = `${prefix}-horizon`;

  return (
    <>
      <TextField
        id={`${prefix}-title`}
        label={t('recommendation.field.title')}
        value={draft.title}
        onChange={(v) => set('title', v)}
        error={errors.title}
        aria-required
        maxLength={300}
      />
      <RichTextEditor
        id={`${prefix}-rationale`}
        label={t('recommendation.field.rationale')}
        hint={t('recommendation.editor.hint')}
        value={draft.rationale}
        onChange={(v) => set('rationale', v)}
        error={errors.rationale}
      />
      <SelectField
        id={`${prefix}-fieldOfActionId`}
        label={t('recommendation.field.fieldOfAction')}
        value={draft.fieldOfActionId}
        onChange={(v) => set('fieldOfActionId', v)}
        options={revision.fieldsOfAction.map((f) => ({ value: f.id, label: `${f.code} – ${f.title}` }))}
        placeholder={t('form.choose')}
        error={errors.fieldOfActionId}
      />
      {revision.targetGroups.length > 0 && (
        <ChoiceGroup
          id={`${prefix}-targetGroupIds`}
          legend={t('recommendation.field.targetGroups')}
          error={errors.targetGroupIds}
          choices={revision.targetGroups.map((g) => ({ value: g.id, label: g.name }))}
          selected={draft.targetGroupIds}
          onChange={(v) => set('targetGroupIds', v)}
        />
      )}
      <fieldset className="kern-fieldset">
        <legend className="kern-label">{t('recommendation.field.municipalities')}</legend>
        <div className="kern-fieldset__body">
          <div className="kern-form-check">
            <input
              className="kern-form-check__radio"
              type="radio"
              id={`${scopeName}-all`}
              name={scopeName}
              checked={draft.allMunicipalities}
              onChange={() => onChange({ ...draft, allMunicipalities: true })}
            />
            <label className="kern-label" htmlFor={`${scopeName}-all`}>
              {t('recommendation.form.allMunicipalities')}
            </label>
          </div>
          <div className="kern-form-check">
            <input
              className="kern-form-check__radio"
              type="radio"
              id={`${scopeName}-some`}
              name={scopeName}
              checked={!draft.allMunicipalities}
              onChange={() => onChange({ ...draft, allMunicipalities: false })}
            />
            <label className="kern-label" htmlFor={`${scopeName}-some`}>
              {t('recommendation.form.someMunicipalities')}
            </label>
          </div>
        </div>
      </fieldset>
      {!draft.allMunicipalities && (
        <ChoiceGroup
          id={`${prefix}-municipalityIds`}
          legend={t('recommendation.form.chosenMunicipalities')}
          error={errors.municipalityIds}
          choices={revision.region.municipalities.map((m) => ({ value: m.id, label: m.name }))}
          selected={draft.municipalityIds}
          onChange={(v) => set('municipalityIds', v)}
          horizontal
        />
      )}
      {revision.region.organisations.length > 0 && (
        <ChoiceGroup
          id={`${prefix}-organisationIds`}
          legend={t('recommendation.field.organisations')}
          error={errors.organisationIds}
          choices={revision.region.organisations.map((o) => ({ value: o.id, label: o.name }))}
          selected={draft.organisationIds}
          onChange={(v) => set('organisationIds', v)}
        />
      )}
      <fieldset className={`kern-fieldset${errors.timeHorizon ? ' kern-fieldset--error' : ''}`}>
        <legend className="kern-label">{t('recommendation.field.timeHorizon')}</legend>
        {errors.timeHorizon && (
          <p className="kern-error">
            <span className="kern-icon kern-icon--danger" aria-hidden="true" />
            <span className="kern-body">{errors.timeHorizon}</span>
          </p>
        )}
        <div className="kern-fieldset__body">
          {[...TIME_HORIZONS, null].map((horizon: TimeHorizon | null) => {
            const optionId = `${horizonName}-${horizon ?? 'open'}`;
            return (
              <div className="kern-form-check" key={optionId}>
                <input
                  className="kern-form-check__radio"
                  type="radio"
                  id={optionId}
                  name={horizonName}
                  checked={draft.timeHorizon === horizon}
                  onChange={() => set('timeHorizon', horizon)}
                />
                <label className="kern-label" htmlFor={optionId}>
                  {horizon ? t(horizonKey(horizon)) : t('recommendation.form.horizonOpen')}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
      <TextAreaField
        id={`${prefix}-resources`}
        label={t('recommendation.field.resources')}
        hint={t('recommendation.form.resourcesHint')}
        optional
        value={draft.resources}
        onChange={(v) => set('resources', v)}
        error={errors.resources}
      />
      <TextAreaField
        id={`${prefix}-indicators`}
        label={t('recommendation.field.indicators')}
        hint={t('recommendation.form.indicatorsHint')}
        optional
        value={draft.indicators}
        onChange={(v) => set('indicators', v)}
        error={errors.indicators}
      />
    </>
  );
}
