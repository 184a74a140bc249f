import type { TFunction } from 'i18next';
import { horizonKey } from '../../labels';
import { plainText, type ContentField, type DraftProblems, type RecommendationDraft } from './model';
import type { FieldMessages, WorkbenchRevision } from './RecommendationFields';

/** A field of a draft as a person reads it: names instead of ids, text instead of markup. */
export function describeField(
  field: ContentField,
  draft: RecommendationDraft,
  revision: WorkbenchRevision,
  t: TFunction,
): string {
  const names = (ids: readonly string[], from: readonly { id: string; name: string }[]) =>
    ids
      .map((id) => from.find((x) => x.id === id)?.name ?? '')
      .filter(Boolean)
      .join(', ');
  const none = t('recommendation.none');
  switch (field) {
    case 'title':
      return draft.title.trim() || none;
    case 'rationale':
      return plainText(draft.rationale) || none;
    case 'fieldOfActionId': {
      const f = revision.fieldsOfAction.find((x) => x.id === draft.fieldOfActionId);
      return f ? `${f.code} – ${f.title}` : none;
    }
    case 'targetGroupIds':
      return names(draft.targetGroupIds, revision.targetGroups) || none;
    case 'municipalityIds':
      return draft.allMunicipalities
        ? t('recommendation.form.allMunicipalities')
        : names(draft.municipalityIds, revision.region.municipalities) || none;
    case 'organisationIds':
      return names(draft.organisationIds, revision.region.organisations) || none;
    case 'timeHorizon':
      return draft.timeHorizon ? t(horizonKey(draft.timeHorizon)) : t('recommendation.form.horizonOpen');
    case 'resources':
    case 'indicators':
      return draft[field].trim() || none;
  }
}

/** The label of a form field, as the conflict table and the version comparison name it. */
export function fieldLabel(field: string, t: TFunction): string {
  switch (field) {
    case 'title':
      return t('recommendation.field.title');
    case 'rationale':
      return t('recommendation.field.rationale');
    case 'fieldOfAction':
    case 'fieldOfActionId':
      return t('recommendation.field.fieldOfAction');
    case 'targetGroups':
    case 'targetGroupIds':
      return t('recommendation.field.targetGroups');
    case 'municipalities':
    case 'municipalityIds':
      return t('recommendation.field.municipalities');
    case 'organisations':
    case 'organisationIds':
      return t('recommendation.field.organisations');
    case 'timeHorizon':
      return t('recommendation.field.timeHorizon');
    case 'resources':
      return t('recommendation.field.resources');
    case 'indicators':
      return t('recommendation.field.indicators');
    default:
      return field;
  }
}

/** The client-side problems in words, the same the API would answer. */
export function problemMessages(problems: DraftProblems, t: TFunction): FieldMessages {
  return Object.fromEntries(
    Object.entries(problems).map(([field, problem]) => [
      field,
      problem === 'chooseMunicipality'
        ? t('recommendation.validation.chooseMunicipality')
        : problem === 'tooLong'
          ? t('recommendation.validation.tooLong', { field: fieldLabel(field, t) })
          : field === 'fieldOfActionId'
            ? t('recommendation.validation.fieldOfActionRequired')
            : t('recommendation.validation.titleRequired'),
    ]),
  );
}
