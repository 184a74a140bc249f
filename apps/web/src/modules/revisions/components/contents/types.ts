import type { RevisionContentsQuery } from '../../../../gql/graphql';
import type { ContentMutations } from './useContentMutations';

export type Contents = RevisionContentsQuery['revision'];
export type FieldOfActionItem = Contents['fieldsOfAction'][number];
export type GoalItem = FieldOfActionItem['goals'][number];

/** What every section of the editor needs besides its own items. */
export interface SectionProps {
  revisionId: string;
  canEdit: boolean;
  mutations: ContentMutations;
  reload: () => Promise<unknown>;
}
