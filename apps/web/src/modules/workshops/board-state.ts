import type { BoardCardFieldsFragment, ContributionKind } from '../../gql/graphql';

export type Card = BoardCardFieldsFragment;

/** A card written on this phone and not yet confirmed by the server: kept across reloads, sent again until it is. */
export interface PendingCard {
  key: string;
  kind: ContributionKind;
  text: string;
  createdAt: number;
}

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const storageKey = (sessionId: string) => `kw-board-pending:${sessionId}`;

export function loadPending(storage: KeyValueStorage, sessionId: string): PendingCard[] {
  try {
    const parsed = JSON.parse(storage.getItem(storageKey(sessionId)) ?? '[]') as unknown;
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (p): p is PendingCard =>
        typeof p === 'object' &&
        p !== null &&
        typeof (p as PendingCard).key === 'string' &&
        typeof (p as PendingCard).text === 'string' &&
        ((p as PendingCard).kind === 'CHALLENGE' || (p as PendingCard).kind === 'SOLUTION_APPROACH'),
    );
  } catch {
    return [];
  }
}

export function savePending(storage: KeyValueStorage, sessionId: string, pending: PendingCard[]): void {
  storage.setItem(storageKey(sessionId), JSON.stringify(pending));
}

/** Inserts or replaces a card by id, oldest first (ties by id), so every phone shows the same order. */
export function upsertCard(cards: readonly Card[], card: Card): Card[] {
  const rest = cards.filter((c) => c.id !== card.id);
  return [...rest, card].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** Applies a live event: a card added, changed or voted on is upserted; one a moderator hid leaves the board. */
export function applyEvent(cards: readonly Card[], type: string, contributionId: string, card: Card | null): Card[] {
  if (type === 'HIDDEN') return cards.filter((c) => c.id !== contributionId);
  if (card && (type === 'ADDED' || type === 'UPDATED' || type === 'VOTED')) return upsertCard(cards, card);
  return [...cards];
}

/** The board's two columns; a moderator's clusters group the cards within each, unclustered ones first. */
export function columns(cards: readonly Card[]) {
  const group = (kind: ContributionKind) => {
    const own = cards.filter((c) => c.kind === kind);
    const clusters = [...new Set(own.map((c) => c.cluster ?? ''))].sort((a, b) =>
      a === '' ? -1 : b === '' ? 1 : a.localeCompare(b, 'de'),
    );
    return clusters.map((cluster) => ({
      cluster: cluster || null,
      cards: own.filter((c) => (c.cluster ?? '') === cluster),
    }));
  };
  return { challenges: group('CHALLENGE'), approaches: group('SOLUTION_APPROACH') };
}

/** A network failure is worth a retry; an answer from the server with errors is not. */
export function isRetryable(error: unknown): boolean {
  const e = error as { networkError?: unknown; graphQLErrors?: unknown[]; errors?: unknown[]; name?: string };
  if (e?.name === 'CombinedGraphQLErrors' || (Array.isArray(e?.errors) && e.errors.length > 0)) return false;
  if (Array.isArray(e?.graphQLErrors) && e.graphQLErrors.length > 0) return false;
  return true;
}
