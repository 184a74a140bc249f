import type { RecommendationStatus } from '../../gql/graphql';
import { STATUS_ORDER } from './labels';

/** The board's columns: one per status in lifecycle order, merged ones only on request. */
export function boardColumns<T extends { status: RecommendationStatus }>(
  items: readonly T[],
  showMerged: boolean,
): { status: RecommendationStatus; items: T[] }[] {
  return STATUS_ORDER.filter((status) => showMerged || status !== 'MERGED').map((status) => ({
    status,
    items: items.filter((i) => i.status === status),
  }));
}

/** The field of action the board shows: the one in the URL if the revision has it, else the first. */
export function boardField<T extends { id: string }>(fields: readonly T[], requested: string | null): T | null {
  return fields.find((f) => f.id === requested) ?? fields[0] ?? null;
}
