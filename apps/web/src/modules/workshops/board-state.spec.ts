import { applyEvent, columns, isRetryable, loadPending, savePending, upsertCard, type Card } from './board-state';

const card = (id: string, over: Partial<Card> = {}): Card => ({
  __typename: 'BoardCard',
  id,
  kind: 'CHALLENGE',
  text: `Karte ${id}`,
  cluster: null,
  hidden: false,
  authorName: null,
  mine: false,
  votes: 0,
  votedByMe: false,
  recommendationId: null,
  createdAt: `2026-11-28T10:00:0${id}.000Z`,
  version: 1,
  ...over,
});

class MemoryStorage {
  data = new Map<string, string>();
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
}

describe('the board on a phone', () => {
  it('keeps cards written offline per board, across reloads, and ignores what it cannot read', () => {
    const storage = new MemoryStorage();
    savePending(storage, 's1', [{ key: 'k1', kind: 'CHALLENGE', text: 'Offline geschrieben', createdAt: 1 }]);
    expect(loadPending(storage, 's1')).toEqual([
      { key: 'k1', kind: 'CHALLENGE', text: 'Offline geschrieben', createdAt: 1 },
    ]);
    expect(loadPending(storage, 's2')).toEqual([]);
    storage.setItem('kw-board-pending:s3', '{kaputt');
    expect(loadPending(storage, 's3')).toEqual([]);
    storage.setItem('kw-board-pending:s4', JSON.stringify([{ key: 'x', kind: 'OTHER', text: 't' }, { nope: 1 }]));
    expect(loadPending(storage, 's4')).toEqual([]);
  });

  it('shows a card once however often it arrives (answer and live event), in the same order on every phone', () => {
    let cards = upsertCard([], card('2'));
    cards = upsertCard(cards, card('1'));
    cards = upsertCard(cards, card('2', { votes: 3 }));
    expect(cards.map((c) => [c.id, c.votes])).toEqual([
      ['1', 0],
      ['2', 3],
    ]);
  });

  it('applies live events: added and voted cards are upserted, hidden ones leave, READY changes nothing', () => {
    let cards = applyEvent([], 'ADDED', '1', card('1'));
    cards = applyEvent(cards, 'VOTED', '1', card('1', { votes: 1 }));
    expect(cards[0].votes).toBe(1);
    expect(applyEvent(cards, 'READY', 's', null)).toEqual(cards);
    expect(applyEvent(cards, 'HIDDEN', '1', null)).toEqual([]);
  });

  it('splits challenges and approaches and groups them by the moderators’ clusters, unclustered first', () => {
    const { challenges, approaches } = columns([
      card('1', { cluster: 'Kita' }),
      card('2'),
      card('3', { kind: 'SOLUTION_APPROACH', cluster: 'Arbeit' }),
      card('4', { cluster: 'Arbeit' }),
    ]);
    expect(challenges.map((g) => [g.cluster, g.cards.map((c) => c.id)])).toEqual([
      [null, ['2']],
      ['Arbeit', ['4']],
      ['Kita', ['1']],
    ]);
    expect(approaches).toEqual([{ cluster: 'Arbeit', cards: [expect.objectContaining({ id: '3' })] }]);
  });

  it('retries after a network failure, not after the server refused', () => {
    expect(isRetryable(new TypeError('Failed to fetch'))).toBe(true);
    expect(isRetryable({ name: 'CombinedGraphQLErrors', errors: [{ message: 'x' }] })).toBe(false);
    expect(isRetryable({ graphQLErrors: [{ message: 'x' }] })).toBe(false);
  });
});
