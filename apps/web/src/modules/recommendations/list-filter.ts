import type { RecommendationFilter, RecommendationStatus } from '../../gql/graphql';
import { STATUS_ORDER } from './labels';

/**
 * The filter of the recommendation list as it lives in the URL, so a filtered
 * list can be bookmarked and shared and the browser's Back button restores it.
 * German parameter names, like the paths: ?feld=…&zielgruppe=…&status=SUBMITTED&status=IN_REVIEW&suche=…&meine=1&seite=2
 */
export interface ListFilter {
  fieldOfActionId: string | null;
  targetGroupId: string | null;
  municipalityId: string | null;
  organisationId: string | null;
  statuses: RecommendationStatus[];
  search: string;
  mine: boolean;
}

export const EMPTY_FILTER: ListFilter = {
  fieldOfActionId: null,
  targetGroupId: null,
  municipalityId: null,
  organisationId: null,
  statuses: [],
  search: '',
  mine: false,
};

const ID_PARAMS = {
  fieldOfActionId: 'feld',
  targetGroupId: 'zielgruppe',
  municipalityId: 'kommune',
  organisationId: 'organisation',
} as const;

/** Longer texts are cut: the API refuses nothing here, but a URL is no place for an essay. */
const MAX_SEARCH = 200;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id as the API expects it; anything else (a hand-edited URL) is dropped instead of failing the whole page. */
const idOrNull = (value: string | null) => (value && UUID.test(value) ? value.toLowerCase() : null);

export function parseListFilter(search: URLSearchParams): ListFilter {
  const statuses = new Set(search.getAll('status'));
  return {
    fieldOfActionId: idOrNull(search.get(ID_PARAMS.fieldOfActionId)),
    targetGroupId: idOrNull(search.get(ID_PARAMS.targetGroupId)),
    municipalityId: idOrNull(search.get(ID_PARAMS.municipalityId)),
    organisationId: idOrNull(search.get(ID_PARAMS.organisationId)),
    // In lifecycle order, each once, whatever the URL's order.
    statuses: STATUS_ORDER.filter((s) => statuses.has(s)),
    search: (search.get('suche') ?? '').trim().slice(0, MAX_SEARCH),
    mine: search.get('meine') === '1',
  };
}

/** The URL parameters of a filter and page; empty parts and the first page are left out, so links stay short. */
export function listFilterParams(filter: ListFilter, page = 1): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, name] of Object.entries(ID_PARAMS) as [keyof typeof ID_PARAMS, string][]) {
    const value = filter[key];
    if (value) params.set(name, value);
  }
  for (const status of STATUS_ORDER.filter((s) => filter.statuses.includes(s))) params.append('status', status);
  const text = filter.search.trim();
  if (text) params.set('suche', text.slice(0, MAX_SEARCH));
  if (filter.mine) params.set('meine', '1');
  if (page > 1) params.set('seite', String(page));
  return params;
}

/** The filter as the API's RecommendationFilter input. */
export function toApiFilter(filter: ListFilter): RecommendationFilter {
  return {
    fieldOfActionId: filter.fieldOfActionId,
    targetGroupId: filter.targetGroupId,
    municipalityId: filter.municipalityId,
    organisationId: filter.organisationId,
    statuses: filter.statuses.length ? filter.statuses : null,
    search: filter.search || null,
    mine: filter.mine,
  };
}

/** Whether anything narrows the list. */
export function isFiltered(filter: ListFilter): boolean {
  return listFilterParams(filter).size > 0;
}

/** Recommendations that may still be merged: submitted and not yet decided (the API's rule). */
export const MERGEABLE_STATUSES: readonly RecommendationStatus[] = ['SUBMITTED', 'IN_REVIEW', 'FEASIBILITY_CHECK'];

export const isMergeable = (status: RecommendationStatus) => MERGEABLE_STATUSES.includes(status);

/** Where the merge page takes the chosen recommendations from: ?ids=a,b (ids are UUIDs, nothing to escape). */
export function mergePath(revisionId: string, ids: readonly string[]): string {
  return `/fortschreibungen/${revisionId}/empfehlungen/zusammenfuehren?ids=${ids.map(encodeURIComponent).join(',')}`;
}
