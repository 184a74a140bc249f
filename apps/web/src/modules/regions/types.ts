import type { RegionsQuery } from '../../gql/graphql';

export type RegionItem = RegionsQuery['regions'][number];
export type OrganisationItem = RegionItem['organisations'][number];
