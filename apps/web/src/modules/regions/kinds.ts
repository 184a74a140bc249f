import type { MunicipalityKind, OrganisationType, RegionKind } from '../../gql/graphql';

/** The schema's enum values in the order the forms offer them. */
export const REGION_KINDS: readonly RegionKind[] = ['KREIS', 'KREISFREIE_STADT'];

export const MUNICIPALITY_KINDS: readonly MunicipalityKind[] = ['STADT', 'GEMEINDE', 'STADTBEZIRK'];

export const ORGANISATION_TYPES: readonly OrganisationType[] = [
  'ADMINISTRATION',
  'WELFARE_ASSOCIATION',
  'EDUCATION_PROVIDER',
  'MIGRANT_ORGANISATION',
  'JOBCENTER',
  'NETWORK',
  'ASSOCIATION',
  'OTHER',
];
