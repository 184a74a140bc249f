import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type {
  SaveFieldOfActionInput,
  SaveGoalInput,
  SaveGuidelineInput,
  SaveTargetGroupInput,
} from '../../../../gql/graphql';
import {
  DELETE_FIELD_OF_ACTION,
  DELETE_GOAL,
  DELETE_GUIDELINE,
  DELETE_TARGET_GROUP,
  SAVE_FIELD_OF_ACTION,
  SAVE_GOAL,
  SAVE_GUIDELINE,
  SAVE_TARGET_GROUP,
} from '../../graphql/mutations';
import { REVISION_CONTENTS } from '../../graphql/queries';

/** A deleted item leaves the cache, and with it every list that showed it (the dashboard's counts included). */
const evict = (cache: ApolloCache, __typename: string, id: string) => {
  cache.evict({ id: cache.identify({ __typename, id }) });
  cache.gc();
};

/**
 * An edit updates the cached item by its id; a new item makes the contents
 * query load again, so it appears where the server placed it.
 */
const afterSave = (input: { id?: string | null }) =>
  input.id ? {} : { refetchQueries: [REVISION_CONTENTS], awaitRefetchQueries: true };

/** Saving and deleting the revision's catalogue: fields of action, goals, guidelines, target groups. */
export function useContentMutations() {
  const [saveFieldOfAction] = useMutation(SAVE_FIELD_OF_ACTION);
  const [deleteFieldOfAction] = useMutation(DELETE_FIELD_OF_ACTION);
  const [saveGoal] = useMutation(SAVE_GOAL);
  const [deleteGoal] = useMutation(DELETE_GOAL);
  const [saveGuideline] = useMutation(SAVE_GUIDELINE);
  const [deleteGuideline] = useMutation(DELETE_GUIDELINE);
  const [saveTargetGroup] = useMutation(SAVE_TARGET_GROUP);
  const [deleteTargetGroup] = useMutation(DELETE_TARGET_GROUP);

  return {
    saveFieldOfAction: (input: SaveFieldOfActionInput) =>
      saveFieldOfAction({ variables: { input }, ...afterSave(input) }),
    deleteFieldOfAction: (id: string) =>
      deleteFieldOfAction({ variables: { id }, update: (cache) => evict(cache, 'FieldOfAction', id) }),
    saveGoal: (input: SaveGoalInput) => saveGoal({ variables: { input }, ...afterSave(input) }),
    deleteGoal: (id: string) => deleteGoal({ variables: { id }, update: (cache) => evict(cache, 'Goal', id) }),
    saveGuideline: (input: SaveGuidelineInput) => saveGuideline({ variables: { input }, ...afterSave(input) }),
    deleteGuideline: (id: string) =>
      deleteGuideline({ variables: { id }, update: (cache) => evict(cache, 'Guideline', id) }),
    saveTargetGroup: (input: SaveTargetGroupInput) => saveTargetGroup({ variables: { input }, ...afterSave(input) }),
    deleteTargetGroup: (id: string) =>
      deleteTargetGroup({ variables: { id }, update: (cache) => evict(cache, 'TargetGroup', id) }),
  };
}

export type ContentMutations = ReturnType<typeof useContentMutations>;
