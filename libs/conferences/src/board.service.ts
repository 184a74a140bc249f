import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ContributionKind, DOTS_PER_PERSON, EvidenceKind } from '@konzeptwerk/contracts';
import { hashToken, newToken } from '@konzeptwerk/identity';
import {
  type Actor,
  audit,
  DomainError,
  forbidden,
  invalid,
  isUuid,
  LIVE_BUS,
  type LiveBus,
  notFound,
  optionalText,
  requiredText,
} from '@konzeptwerk/platform';
import { RecommendationService, revisionAccess } from '@konzeptwerk/recommendations';
import {
  Conference,
  ContributionVote,
  WorkshopContribution,
  WorkshopGuest,
  WorkshopModerator,
  WorkshopSession,
} from './conference.entity';

/** Who looks at a board: a member of the revision (moderator or not) or a guest who joined with the code. */
export type BoardViewer =
  | { kind: 'member'; accountId: string; name: string; moderator: boolean; regionId: string; revisionId: string }
  | { kind: 'guest'; guestId: string; name: string | null; regionId: string; revisionId: string };

export const voterKey = (v: BoardViewer) => (v.kind === 'member' ? `account:${v.accountId}` : `guest:${v.guestId}`);

/** What subscribers of a board receive: the card as it is now, with its dots. */
export interface BoardEvent {
  type: 'ADDED' | 'UPDATED' | 'VOTED';
  contributionId: string;
  votes: number;
}

export const boardTopic = (sessionId: string) => `workshop-board:${sessionId}`;
const MAX_TEXT = 500;

/**
 * The live board of a workshop: people add challenges and solution
 * approaches from their phones (with the code, no account needed), give
 * dots, and the moderators edit, cluster and hide cards. Every change is
 * published on the LiveBus, so every API instance tells its subscribers.
 */
@Injectable()
export class BoardService {
  constructor(
    private readonly db: DataSource,
    @Inject(LIVE_BUS) private readonly bus: LiveBus,
    private readonly recommendations: RecommendationService,
  ) {}

  manager(): EntityManager {
    return this.db.manager;
  }

  contribution(id: string): Promise<WorkshopContribution | null> {
    return this.db.manager.findOneBy(WorkshopContribution, { id });
  }

  dotsUsed(sessionId: string, key: string): Promise<number> {
    return this.db.manager.countBy(ContributionVote, { sessionId, voterKey: key });
  }

  /** Joins a board with its code; answers the guest token for the cookie and the session. */
  async join(code: string, nameInput: string | null): Promise<{ token: string; session: WorkshopSession }> {
    const joinCode = (code ?? '').trim().toUpperCase().replace(/[\s-]/g, '');
    if (!/^[A-Z0-9]{4,12}$/.test(joinCode)) throw notFound();
    const session = await this.db.manager.findOneBy(WorkshopSession, { joinCode });
    if (!session) throw notFound();
    const name = optionalText(nameInput, 'name', 60);
    const { token, tokenHash } = newToken();
    await this.db.manager.insert(WorkshopGuest, { sessionId: session.id, name, tokenHash });
    return { token, session };
  }

  /** Who the caller is on this board; NOT_FOUND for people who may not see it (as for a board that does not exist). */
  async viewer(
    manager: EntityManager,
    actor: Actor,
    sessionId: string,
    guestToken: string | undefined,
  ): Promise<{ viewer: BoardViewer; session: WorkshopSession }> {
    const session = isUuid(sessionId) ? await manager.findOneBy(WorkshopSession, { id: sessionId }) : null;
    if (!session) throw notFound();
    const conference = await manager.findOneByOrFail(Conference, { id: session.conferenceId });
    if (actor.userId) {
      try {
        const access = await revisionAccess(manager, actor, conference.revisionId);
        const moderator =
          access.isCoordinator ||
          (await manager.existsBy(WorkshopModerator, { sessionId: session.id, accountId: access.userId }));
        const [{ display_name: name }] = (await manager.query(`SELECT display_name FROM account WHERE id = $1`, [
          access.userId,
        ])) as { display_name: string }[];
        return {
          session,
          viewer: {
            kind: 'member',
            accountId: access.userId,
            name,
            moderator,
            regionId: access.regionId,
            revisionId: conference.revisionId,
          },
        };
      } catch (e) {
        if (!(e instanceof DomainError) || e.code !== 'NOT_FOUND' || !guestToken) throw e;
      }
    }
    const guest = guestToken
      ? await manager.findOneBy(WorkshopGuest, { tokenHash: hashToken(guestToken), sessionId: session.id })
      : null;
    if (!guest) throw actor.userId ? notFound() : new DomainError('UNAUTHENTICATED');
    const revision = (await manager.query(`SELECT region_id FROM concept_revision WHERE id = $1`, [
      conference.revisionId,
    ])) as { region_id: string }[];
    return {
      session,
      viewer: {
        kind: 'guest',
        guestId: guest.id,
        name: guest.name,
        regionId: revision[0].region_id,
        revisionId: conference.revisionId,
      },
    };
  }

  async board(actor: Actor, sessionId: string, guestToken: string | undefined) {
    const { viewer, session } = await this.viewer(this.db.manager, actor, sessionId, guestToken);
    const where = viewer.kind === 'member' && viewer.moderator ? { sessionId } : { sessionId, hidden: false };
    const contributions = await this.db.manager.find(WorkshopContribution, {
      where,
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return { viewer, session, contributions };
  }

  /** Dots per card, and which the viewer gave: one statement for the whole board. */
  async votes(contributionIds: readonly string[], viewerKey: string | null) {
    const rows = (await this.db.query(
      `SELECT contribution_id, count(*)::int AS n, bool_or(voter_key = $2) AS mine
         FROM contribution_vote WHERE contribution_id = ANY($1) GROUP BY 1`,
      [[...contributionIds], viewerKey ?? ''],
    )) as { contribution_id: string; n: number; mine: boolean }[];
    return new Map(rows.map((r) => [r.contribution_id, { votes: r.n, mine: r.mine }]));
  }

  /**
   * Adds a card. The client's idempotency key makes a retry (the answer got
   * lost on a poor network) return the card stored the first time instead of
   * a second one; the event goes out once, after the first commit.
   */
  async add(
    actor: Actor,
    guestToken: string | undefined,
    input: { sessionId: string; kind: ContributionKind; text: string; idempotencyKey: string },
  ): Promise<WorkshopContribution> {
    const text = requiredText(input.text, 'text', MAX_TEXT);
    if (!Object.values(ContributionKind).includes(input.kind)) throw invalid('kind: unknown');
    const key = requiredText(input.idempotencyKey, 'idempotencyKey', 100);
    const { contribution, created } = await this.db.transaction(async (tx) => {
      const { viewer, session } = await this.viewer(tx, actor, input.sessionId, guestToken);
      const inserted = (await tx.query(
        `INSERT INTO workshop_contribution (session_id, kind, text, author_name, author_account_id, guest_id, idempotency_key, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 1)
         ON CONFLICT (session_id, idempotency_key) DO NOTHING RETURNING id`,
        [
          session.id,
          input.kind,
          text,
          viewer.name,
          viewer.kind === 'member' ? viewer.accountId : null,
          viewer.kind === 'guest' ? viewer.guestId : null,
          key,
        ],
      )) as { id: string }[];
      const stored = await tx.findOneByOrFail(WorkshopContribution, { sessionId: session.id, idempotencyKey: key });
      const mine =
        viewer.kind === 'member' ? stored.authorAccountId === viewer.accountId : stored.guestId === viewer.guestId;
      // Someone else's key: the same key from another person is a clash, not a retry.
      if (!mine) throw new DomainError('DUPLICATE', { details: 'idempotencyKey' });
      return { contribution: stored, created: inserted.length === 1 };
    });
    if (created) await this.publish(contribution.sessionId, 'ADDED', contribution.id);
    return contribution;
  }

  /** Gives or takes back a dot; at most DOTS_PER_PERSON per person and board. */
  async vote(actor: Actor, guestToken: string | undefined, contributionId: string, on: boolean) {
    const result = await this.db.transaction(async (tx) => {
      const card = isUuid(contributionId) ? await tx.findOneBy(WorkshopContribution, { id: contributionId }) : null;
      if (!card) throw notFound();
      const { viewer } = await this.viewer(tx, actor, card.sessionId, guestToken);
      if (card.hidden) throw notFound();
      const key = voterKey(viewer);
      // Serialises one person's votes on the board, so two quick taps cannot exceed the dots.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`${card.sessionId}:${key}`]);
      let changed = false;
      if (on) {
        const used = await tx.countBy(ContributionVote, { sessionId: card.sessionId, voterKey: key });
        const already = await tx.existsBy(ContributionVote, { contributionId: card.id, voterKey: key });
        if (!already) {
          if (used >= DOTS_PER_PERSON) throw new DomainError('NO_DOTS_LEFT', { dots: DOTS_PER_PERSON });
          await tx.insert(ContributionVote, { contributionId: card.id, voterKey: key, sessionId: card.sessionId });
          changed = true;
        }
      } else {
        changed = Boolean((await tx.delete(ContributionVote, { contributionId: card.id, voterKey: key })).affected);
      }
      return { card, changed };
    });
    if (result.changed) await this.publish(result.card.sessionId, 'VOTED', result.card.id);
    return result.card;
  }

  /** Moderators edit, cluster and hide cards (optimistic locking). */
  async edit(
    actor: Actor,
    input: {
      id: string;
      version: number;
      text?: string;
      kind?: ContributionKind;
      cluster?: string | null;
      hidden?: boolean;
    },
  ): Promise<WorkshopContribution> {
    const saved = await this.db.transaction(async (tx) => {
      const card = isUuid(input.id)
        ? await tx.findOne(WorkshopContribution, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!card) throw notFound();
      const { viewer } = await this.viewer(tx, actor, card.sessionId, undefined);
      if (viewer.kind !== 'member' || !viewer.moderator) throw forbidden();
      if (card.version !== input.version) throw new DomainError('VERSION_CONFLICT');
      const before = { text: card.text, kind: card.kind, cluster: card.cluster, hidden: card.hidden };
      if (input.text !== undefined) card.text = requiredText(input.text, 'text', MAX_TEXT);
      if (input.kind !== undefined) {
        if (!Object.values(ContributionKind).includes(input.kind)) throw invalid('kind: unknown');
        card.kind = input.kind;
      }
      if (input.cluster !== undefined) card.cluster = optionalText(input.cluster, 'cluster', 100);
      if (input.hidden !== undefined) card.hidden = input.hidden;
      const result = await tx.save(card);
      await audit(tx, {
        regionId: viewer.regionId,
        revisionId: viewer.revisionId,
        actorId: viewer.accountId,
        action: 'workshop.card.edit',
        entityType: 'WorkshopContribution',
        entityId: card.id,
        before,
        after: { text: card.text, kind: card.kind, cluster: card.cluster, hidden: card.hidden },
      });
      return result;
    });
    await this.publish(saved.sessionId, 'UPDATED', saved.id);
    return saved;
  }

  /**
   * A solution approach becomes a recommendation draft in one step; its
   * evidence trail names the workshop and the card, and the card points to it.
   */
  async toRecommendation(actor: Actor, contributionId: string, fieldOfActionId: string | null) {
    const saved = await this.db.transaction(async (tx) => {
      const card = isUuid(contributionId)
        ? await tx.findOne(WorkshopContribution, { where: { id: contributionId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!card) throw notFound();
      const { viewer, session } = await this.viewer(tx, actor, card.sessionId, undefined);
      if (viewer.kind !== 'member') throw forbidden();
      if (card.kind !== ContributionKind.SOLUTION_APPROACH) throw invalid('kind: only solution approaches');
      if (card.recommendationId) throw new DomainError('DUPLICATE', { details: 'recommendation of this approach' });
      const conference = await tx.findOneByOrFail(Conference, { id: session.conferenceId });
      const field = fieldOfActionId ?? session.fieldOfActionId;
      if (!field) throw invalid('fieldOfActionId: required (the workshop has no field of action)');
      const recommendation = await this.recommendations.create(
        actor,
        {
          revisionId: conference.revisionId,
          fieldOfActionId: field,
          title: card.text.length <= 200 ? card.text : `${card.text.slice(0, 197)}…`,
          rationale: `<p>${escapeHtml(card.text)}</p>`,
          targetGroupIds: [],
          allMunicipalities: true,
          municipalityIds: [],
          organisationIds: [],
          evidence: [
            {
              kind: EvidenceKind.SOLUTION_APPROACH,
              targetId: card.id,
              label: `${conference.title}, Workshop „${session.title}“: ${card.text}`.slice(0, 300),
            },
          ],
        },
        tx,
      );
      card.recommendationId = recommendation.id;
      await tx.save(card);
      return { card, recommendation };
    });
    await this.publish(saved.card.sessionId, 'UPDATED', saved.card.id);
    return saved.recommendation;
  }

  async publish(sessionId: string, type: BoardEvent['type'], contributionId: string) {
    const [{ n }] = (await this.db.query(
      `SELECT count(*)::int AS n FROM contribution_vote WHERE contribution_id = $1`,
      [contributionId],
    )) as { n: number }[];
    const event: BoardEvent = { type, contributionId, votes: n };
    await this.bus.publish(boardTopic(sessionId), event);
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
