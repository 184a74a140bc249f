import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Alert } from '../../../components/Alert';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextAreaField } from '../../../components/form/TextField';
import { useFormErrors } from '../../../components/form/useFormErrors';
import { PageHeading } from '../../../components/PageHeading';
import { QueryFallback } from '../../../components/QueryFallback';
import type { ContributionKind } from '../../../gql/graphql';
import {
  applyEvent,
  columns,
  isRetryable,
  loadPending,
  savePending,
  upsertCard,
  type Card,
  type PendingCard,
} from '../board-state';
import {
  ADD_CONTRIBUTION,
  BOARD_EVENTS,
  CONTRIBUTION_TO_RECOMMENDATION,
  EDIT_CONTRIBUTION,
  VOTE_CONTRIBUTION,
  WORKSHOP_BOARD,
} from '../graphql';
import '../workshops.css';

const RETRY_MS = 3_000;
const KINDS: ContributionKind[] = ['CHALLENGE', 'SOLUTION_APPROACH'];

/**
 * The live board of a workshop, made for a phone: add challenges and
 * solution approaches, give dots, see everyone's cards appear as they are
 * written. A card written on a poor network is kept on the phone and sent
 * again (with the same key, so it is stored once) until the server has it.
 */
export function WorkshopBoardPage() {
  const { t } = useTranslation();
  const { sessionId = '' } = useParams();
  const { data, error, refetch } = useQuery(WORKSHOP_BOARD, { variables: { sessionId }, fetchPolicy: 'network-only' });
  const [cards, setCards] = useState<Card[]>([]);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    if (data) setCards(data.workshopBoard.cards);
  }, [data]);

  useSubscription(BOARD_EVENTS, {
    variables: { sessionId },
    skip: !data,
    onData: ({ data: event }) => {
      const e = event.data?.workshopBoardEvents;
      if (!e) return;
      // In place (again, after a lost connection): fetch the board so nothing in between is missed.
      if (e.type === 'READY') {
        void refetch();
        return;
      }
      setCards((current) => applyEvent(current, e.type, e.contributionId, e.card));
      if (e.type === 'ADDED' && e.card && !e.card.mine) {
        setAnnouncement(t('workshop.board.announceAdded', { text: e.card.text }));
      }
    },
  });

  const pending = usePendingCards(sessionId, (card) => setCards((current) => upsertCard(current, card)));

  if (!data) return <QueryFallback error={error} title={t('workshop.board.title')} />;
  const board = data.workshopBoard;
  const { challenges, approaches } = columns(cards);

  return (
    <>
      <PageHeading title={board.title} subtitle={t('workshop.board.subtitle', { room: board.room })} />
      <p className="kern-body workshop-code">
        {t('workshop.board.codeIs')} <strong className="workshop-code__value">{board.joinCode}</strong>
        {board.viewer.name && <span> · {t('workshop.board.youAre', { name: board.viewer.name })}</span>}
      </p>
      <div className="kern-sr-only" role="status" aria-live="polite">
        {announcement}
      </div>
      <AddCard sessionId={sessionId} onQueued={pending.queue} />
      {pending.items.length > 0 && (
        <Alert
          variant="warning"
          role="status"
          title={t('workshop.board.pendingTitle', { count: pending.items.length })}
        >
          <ul className="kern-list">
            {pending.items.map((p) => (
              <li key={p.key}>{p.text}</li>
            ))}
          </ul>
          <p className="kern-body">{t('workshop.board.pendingHint')}</p>
        </Alert>
      )}
      <ErrorAlert error={pending.error} />
      <p className="kern-body" aria-live="polite">
        {t('workshop.board.dotsLeft', { count: board.viewer.dotsLeft })}
      </p>
      <div className="workshop-columns">
        {(
          [
            ['CHALLENGE', challenges],
            ['SOLUTION_APPROACH', approaches],
          ] as const
        ).map(([kind, groups]) => (
          <section key={kind} aria-labelledby={`column-${kind}`} className="workshop-column">
            <h2 className="kern-heading-medium" id={`column-${kind}`}>
              {t(`workshop.kind.${kind}_plural`)} ({groups.reduce((n, g) => n + g.cards.length, 0)})
            </h2>
            {groups.length === 0 && <p className="kern-body">{t('workshop.board.empty')}</p>}
            {groups.map((group) => (
              <div key={group.cluster ?? ''}>
                {group.cluster && <h3 className="kern-heading-small">{group.cluster}</h3>}
                <ul className="workshop-cards">
                  {group.cards.map((card) => (
                    <BoardCardItem
                      key={card.id}
                      card={card}
                      moderator={board.viewer.moderator}
                      member={!board.viewer.guest}
                      dotsLeft={board.viewer.dotsLeft}
                      onChanged={(c) => {
                        setCards((current) => upsertCard(current, c));
                        void refetch();
                      }}
                    />
                  ))}
                </ul>
              </div>
            ))}
          </section>
        ))}
      </div>
    </>
  );
}

/** The queue of cards written on this phone: sent now, and again every few seconds and when the network returns. */
function usePendingCards(sessionId: string, onStored: (card: Card) => void) {
  const [items, setItems] = useState<PendingCard[]>(() => loadPending(window.localStorage, sessionId));
  const [error, setError] = useState<unknown>(null);
  const [add] = useMutation(ADD_CONTRIBUTION);
  const sending = useRef(new Set<string>());

  const persist = useCallback(
    (next: (current: PendingCard[]) => PendingCard[]) =>
      setItems((current) => {
        const updated = next(current);
        savePending(window.localStorage, sessionId, updated);
        return updated;
      }),
    [sessionId],
  );

  const send = useCallback(
    async (card: PendingCard) => {
      if (sending.current.has(card.key)) return;
      sending.current.add(card.key);
      try {
        const r = await add({
          variables: { input: { sessionId, kind: card.kind, text: card.text, idempotencyKey: card.key } },
        });
        if (r.data) onStored(r.data.addWorkshopContribution);
        persist((current) => current.filter((p) => p.key !== card.key));
        setError(null);
      } catch (e) {
        // Refused by the server (e.g. too long): it will not get better by sending again.
        if (!isRetryable(e)) {
          persist((current) => current.filter((p) => p.key !== card.key));
          setError(e);
        }
      } finally {
        sending.current.delete(card.key);
      }
    },
    [add, onStored, persist, sessionId],
  );

  useEffect(() => {
    const flush = () => items.forEach((card) => void send(card));
    flush();
    const timer = window.setInterval(flush, RETRY_MS);
    window.addEventListener('online', flush);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('online', flush);
    };
  }, [items, send]);

  const queue = useCallback(
    (kind: ContributionKind, text: string) => {
      const card: PendingCard = { key: crypto.randomUUID(), kind, text, createdAt: Date.now() };
      persist((current) => [...current, card]);
    },
    [persist],
  );

  return { items, error, queue };
}

function AddCard({
  sessionId,
  onQueued,
}: {
  sessionId: string;
  onQueued: (kind: ContributionKind, text: string) => void;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ContributionKind>('CHALLENGE');
  const [text, setText] = useState('');
  const { errors, check, formRef } = useFormErrors<'text'>();

  function submit(e: FormEvent) {
    e.preventDefault();
    const trimmed = text.trim();
    const problem = !trimmed
      ? t('workshop.add.textRequired')
      : trimmed.length > 500
        ? t('workshop.add.textTooLong')
        : undefined;
    if (!check({ text: problem })) return;
    onQueued(kind, trimmed);
    setText('');
  }

  return (
    <form
      ref={formRef}
      onSubmit={submit}
      noValidate
      className="workshop-form app-panel"
      aria-labelledby={`add-${sessionId}`}
    >
      <h2 className="kern-heading-medium" id={`add-${sessionId}`}>
        {t('workshop.add.title')}
      </h2>
      <fieldset className="kern-fieldset">
        <legend className="kern-label">{t('workshop.add.kind')}</legend>
        <div className="kern-fieldset__body kern-fieldset__body--horizontal">
          {KINDS.map((k) => (
            <div className="kern-form-check" key={k}>
              <input
                className="kern-form-check__radio"
                type="radio"
                id={`kind-${k}`}
                name="kind"
                checked={kind === k}
                onChange={() => setKind(k)}
              />
              <label className="kern-label" htmlFor={`kind-${k}`}>
                {t(`workshop.kind.${k}`)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <TextAreaField
        id="card-text"
        label={t('workshop.add.text')}
        hint={t('workshop.add.textHint')}
        error={errors.text}
        value={text}
        onChange={setText}
        rows={3}
      />
      <SubmitButton>{t('workshop.add.submit')}</SubmitButton>
    </form>
  );
}

function BoardCardItem({
  card,
  moderator,
  member,
  dotsLeft,
  onChanged,
}: {
  card: Card;
  moderator: boolean;
  member: boolean;
  dotsLeft: number;
  onChanged: (card: Card) => void;
}) {
  const { t } = useTranslation();
  const [vote, voting] = useMutation(VOTE_CONTRIBUTION);
  const [edit, editing] = useMutation(EDIT_CONTRIBUTION);
  const [toRecommendation, converting] = useMutation(CONTRIBUTION_TO_RECOMMENDATION);
  const [cluster, setCluster] = useState(card.cluster ?? '');
  const [made, setMade] = useState<{ reference: string; href: string } | null>(null);
  const canVote = card.votedByMe || dotsLeft > 0;

  async function toggleVote() {
    if (voting.loading || !canVote) return;
    const r = await vote({ variables: { id: card.id, on: !card.votedByMe } }).catch(() => null);
    if (r?.data) onChanged(r.data.voteContribution);
  }

  async function change(input: { cluster?: string; hidden?: boolean }) {
    const r = await edit({ variables: { input: { id: card.id, version: card.version, ...input } } }).catch(() => null);
    if (r?.data) onChanged(r.data.editContribution);
  }

  async function convert() {
    const r = await toRecommendation({ variables: { id: card.id } }).catch(() => null);
    const rec = r?.data?.contributionToRecommendation;
    if (rec) setMade({ reference: rec.reference, href: `/fortschreibungen/${rec.revisionId}/empfehlungen/${rec.id}` });
  }

  return (
    <li className={`workshop-card${card.hidden ? ' workshop-card--hidden' : ''}`}>
      <p className="kern-body workshop-card__text">{card.text}</p>
      <p className="kern-body kern-body--small workshop-card__meta">
        {card.authorName ?? t('workshop.card.anonymous')}
        {card.mine && ` · ${t('workshop.card.mine')}`}
        {card.hidden && ` · ${t('workshop.card.hidden')}`}
      </p>
      <div className="workshop-card__actions">
        <button
          type="button"
          className={`kern-btn ${card.votedByMe ? 'kern-btn--primary' : 'kern-btn--secondary'}`}
          aria-pressed={card.votedByMe}
          aria-disabled={!canVote || voting.loading || undefined}
          onClick={toggleVote}
        >
          <span className="kern-label">
            {t('workshop.card.dots', { count: card.votes })}
            <span className="kern-sr-only"> – {t(card.votedByMe ? 'workshop.card.unvote' : 'workshop.card.vote')}</span>
          </span>
        </button>
        {member && card.kind === 'SOLUTION_APPROACH' && !card.recommendationId && !made && (
          <button
            type="button"
            className="kern-btn kern-btn--tertiary"
            onClick={convert}
            aria-disabled={converting.loading || undefined}
          >
            <span className="kern-label">{t('workshop.card.toRecommendation')}</span>
          </button>
        )}
      </div>
      {made && (
        <p className="kern-body" role="status">
          {t('workshop.card.made')} <Link to={made.href}>{made.reference}</Link>
        </p>
      )}
      {moderator && (
        <details className="workshop-card__moderate">
          <summary className="kern-body">{t('workshop.card.moderate')}</summary>
          <form
            className="workshop-form"
            onSubmit={(e) => {
              e.preventDefault();
              void change({ cluster });
            }}
          >
            <label className="kern-label" htmlFor={`cluster-${card.id}`}>
              {t('workshop.card.cluster')}
            </label>
            <input
              id={`cluster-${card.id}`}
              className="kern-form-input__input"
              value={cluster}
              onChange={(e) => setCluster(e.target.value)}
            />
            <button type="submit" className="kern-btn kern-btn--secondary" aria-disabled={editing.loading || undefined}>
              <span className="kern-label">{t('workshop.card.saveCluster')}</span>
            </button>
            <button
              type="button"
              className="kern-btn kern-btn--tertiary"
              onClick={() => void change({ hidden: !card.hidden })}
            >
              <span className="kern-label">{t(card.hidden ? 'workshop.card.show' : 'workshop.card.hide')}</span>
            </button>
          </form>
          <ErrorAlert error={editing.error} />
        </details>
      )}
      <ErrorAlert error={voting.error ?? converting.error} />
    </li>
  );
}
