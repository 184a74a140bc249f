import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  DISPOSITION_LABELS,
  DispositionKind,
  ExportFormat,
  ReviewProgress,
  ReviewRoundStatus,
  RevisionRole,
  StatementKind,
} from '@konzeptwerk/contracts';
import { enqueueMail, notify } from '@konzeptwerk/notifications';
import {
  type Actor,
  audit,
  DomainError,
  forbidden,
  DataExport,
  invalid,
  isUuid,
  JOB_ENQUEUER,
  notFound,
  optionalText,
  requiredText,
  type JobEnqueuer,
} from '@konzeptwerk/platform';
import {
  enqueueAfterCommit,
  recordExportRequest,
  revisionAccess,
  type RevisionAccess,
} from '@konzeptwerk/recommendations';
import {
  ConceptDraft,
  ConceptSection,
  DraftVersion,
  ReviewComment,
  ReviewMunicipality,
  ReviewRound,
  ReviewStatement,
} from './concept.entity';
import { reviewInvitationMail, reviewPath } from './review-mails';
import { anchorFor, plainTextOf, replaceAnchored } from './text';

export interface StartReviewInput {
  versionId: string;
  municipalityIds: string[];
  deadline: Date;
  othersVisible: boolean;
  reminderDaysBefore?: number[] | null;
}

export interface CommentInput {
  roundId: string;
  sectionId: string;
  /** The passage as offsets in the section's plain text; both absent for a comment on the whole section. */
  start?: number | null;
  end?: number | null;
  text: string;
  proposedText?: string | null;
}

export interface ConsiderationRecord {
  commentId: string;
  municipality: string;
  section: string;
  passage: string | null;
  comment: string;
  proposedText: string | null;
  answer: string | null;
  reason: string | null;
}

/** The rows of a round's Abwägungstabelle, in the order of the municipalities, the document and time. */
export async function considerationRecords(manager: EntityManager, roundId: string): Promise<ConsiderationRecord[]> {
  const rows = (await manager.query(
    `SELECT c.id, mu.name AS municipality, c.section_title, c.anchor->>'quote' AS passage, c.text, c.proposed_text,
            c.disposition, c.disposition_reason, c.section_id
       FROM review_comment c JOIN municipality mu ON mu.id = c.municipality_id
      WHERE c.round_id = $1
      ORDER BY mu.name, c.created_at, c.id`,
    [roundId],
  )) as {
    id: string;
    municipality: string;
    section_title: string;
    passage: string | null;
    text: string;
    proposed_text: string | null;
    disposition: DispositionKind | null;
    disposition_reason: string | null;
  }[];
  return rows.map((r) => ({
    commentId: r.id,
    municipality: r.municipality,
    section: r.section_title,
    passage: r.passage,
    comment: r.text,
    proposedText: r.proposed_text,
    answer: r.disposition ? DISPOSITION_LABELS[r.disposition].de : null,
    reason: r.disposition_reason,
  }));
}

export interface BoardRow {
  municipalityId: string;
  municipalityName: string;
  deadline: Date;
  progress: ReviewProgress;
  openedAt: Date | null;
  comments: number;
  statement: StatementKind | null;
}

/** Who looks at a round: the coordination (everything) or a reviewer of one of its municipalities. */
type RoundViewer =
  | { kind: 'coordinator'; access: RevisionAccess }
  | { kind: 'reviewer'; access: RevisionAccess; municipalityId: string };

const MAX_REMINDER_DAYS = 60;
/** The export kind and job of the Abwägungstabelle (the job lives in consideration-export.job.ts, which imports this file). */
export const CONSIDERATION_TABLE_KIND = 'consideration-table';
export const CONSIDERATION_EXPORT_JOB = 'export.consideration-table';

/**
 * Review rounds (Abstimmungsrunden): a frozen version goes to chosen
 * municipalities with a deadline; their reviewers comment on passages, may
 * propose text, and give one formal statement each; the coordination answers
 * every comment (Abwägung) and may take proposed text into the draft.
 *
 * Who sees what: coordinators of the region everything; a municipal reviewer
 * the rounds their municipality is in, and the comments and statements of
 * their own municipality, of the others only where the round says so;
 * everyone else of the revision no round at all.
 */
@Injectable()
export class ReviewService {
  private readonly logger = new Logger('Review');

  constructor(
    private readonly db: DataSource,
    @Inject(JOB_ENQUEUER) private readonly enqueuer: JobEnqueuer,
  ) {}

  /** Starts building the round's Abwägungstabelle as XLSX or DOCX (coordinators); poll dataExport for progress. */
  async requestConsiderationExport(actor: Actor, roundId: string, format: ExportFormat): Promise<DataExport> {
    const created = await this.db.transaction(async (tx) => {
      const { round, access } = await this.coordinateRound(tx, actor, roundId);
      if (format !== ExportFormat.XLSX && format !== ExportFormat.DOCX) throw invalid('format: XLSX or DOCX');
      return recordExportRequest(tx, {
        kind: CONSIDERATION_TABLE_KIND,
        format,
        regionId: access.regionId,
        revisionId: round.revisionId,
        subjectId: round.id,
        requestedById: access.userId,
      });
    });
    await enqueueAfterCommit(this.enqueuer, CONSIDERATION_EXPORT_JOB, created.id, this.logger);
    return created;
  }

  async considerationExports(actor: Actor, roundId: string): Promise<DataExport[]> {
    const { round } = await this.coordinateRound(this.db.manager, actor, roundId);
    return this.db.getRepository(DataExport).find({
      where: { subjectId: round.id, kind: CONSIDERATION_TABLE_KIND },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: 20,
    });
  }

  async startRound(actor: Actor, input: StartReviewInput): Promise<ReviewRound> {
    return this.db.transaction(async (tx) => {
      const version = isUuid(input.versionId) ? await tx.findOneBy(DraftVersion, { id: input.versionId }) : null;
      if (!version) throw notFound();
      const draft = await tx.findOne(ConceptDraft, {
        where: { id: version.draftId },
        lock: { mode: 'pessimistic_write' },
      });
      const access = await revisionAccess(tx, actor, draft!.revisionId);
      access.requireCoordinator();
      const deadline = new Date(input.deadline);
      if (!(deadline.getTime() > Date.now())) throw new DomainError('DEADLINE_INVALID');
      const ids = [...new Set(input.municipalityIds)];
      if (!ids.length) throw invalid('municipalityIds: at least one municipality');
      const municipalities = (await tx.query(
        `SELECT id, name FROM municipality WHERE region_id = $1 AND id = ANY($2::uuid[])`,
        [access.regionId, ids.filter((id) => isUuid(id))],
      )) as { id: string; name: string }[];
      if (municipalities.length !== ids.length)
        throw invalid('municipalityIds: not all are municipalities of the region');
      const days = [...new Set(input.reminderDaysBefore ?? [7, 2])].sort((a, b) => b - a);
      if (days.some((d) => !Number.isInteger(d) || d < 1 || d > MAX_REMINDER_DAYS))
        throw invalid(`reminderDaysBefore: whole days from 1 to ${MAX_REMINDER_DAYS}`);
      const [{ next }] = (await tx.query(
        `SELECT coalesce(max(number) + 1, 1)::int AS next FROM review_round WHERE draft_id = $1`,
        [version.draftId],
      )) as { next: number }[];
      const round = await tx.save(
        tx.create(ReviewRound, {
          draftId: version.draftId,
          revisionId: draft!.revisionId,
          versionId: version.id,
          number: next,
          deadline,
          reminderDaysBefore: days,
          othersVisible: input.othersVisible,
          status: ReviewRoundStatus.OPEN,
          createdById: access.userId,
        }),
      );
      await tx.insert(
        ReviewMunicipality,
        municipalities.map((m) => ({ roundId: round.id, municipalityId: m.id, deadline, openedAt: null })),
      );
      await this.invite(tx, access, round, version, municipalities);
      await audit(tx, {
        regionId: access.regionId,
        revisionId: access.revision.id,
        actorId: access.userId,
        action: 'review.round.started',
        entityType: 'ReviewRound',
        entityId: round.id,
        after: {
          number: round.number,
          version: version.number,
          municipalities: municipalities.map((m) => m.name),
          deadline: deadline.toISOString(),
          othersVisible: round.othersVisible,
        },
      });
      return round;
    });
  }

  /** The rounds of a revision the viewer may see, newest first. */
  async rounds(actor: Actor, revisionId: string): Promise<ReviewRound[]> {
    const access = await revisionAccess(this.db.manager, actor, revisionId);
    if (access.isCoordinator)
      return this.db
        .getRepository(ReviewRound)
        .find({ where: { revisionId: access.revision.id }, order: { number: 'DESC' } });
    const mine = this.reviewerMunicipality(access);
    if (!mine) return [];
    return this.db
      .getRepository(ReviewRound)
      .createQueryBuilder('r')
      .where('r.revision_id = :revisionId', { revisionId: access.revision.id })
      .andWhere('EXISTS (SELECT 1 FROM review_municipality m WHERE m.round_id = r.id AND m.municipality_id = :mine)', {
        mine,
      })
      .orderBy('r.number', 'DESC')
      .getMany();
  }

  async round(actor: Actor, roundId: string): Promise<ReviewRound> {
    return (await this.viewRound(this.db.manager, actor, roundId)).round;
  }

  /** A reviewer opened the round's draft: the board shows the municipality as reading from now on. */
  async markOpened(actor: Actor, roundId: string): Promise<ReviewRound> {
    const { round, viewer } = await this.viewRound(this.db.manager, actor, roundId);
    if (viewer.kind === 'reviewer')
      await this.db.query(
        `UPDATE review_municipality SET opened_at = now() WHERE round_id = $1 AND municipality_id = $2 AND opened_at IS NULL`,
        [round.id, viewer.municipalityId],
      );
    return round;
  }

  /** The comments of a round the viewer may see, in the order of the document, then by time. */
  async comments(actor: Actor, roundId: string): Promise<ReviewComment[]> {
    const { round, viewer } = await this.viewRound(this.db.manager, actor, roundId);
    const all = await this.db.getRepository(ReviewComment).find({
      where: { roundId: round.id },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    if (viewer.kind === 'coordinator' || round.othersVisible) return all;
    return all.filter((c) => c.municipalityId === viewer.municipalityId);
  }

  async statements(actor: Actor, roundId: string): Promise<ReviewStatement[]> {
    const { round, viewer } = await this.viewRound(this.db.manager, actor, roundId);
    const all = await this.db
      .getRepository(ReviewStatement)
      .find({ where: { roundId: round.id }, order: { givenAt: 'ASC' } });
    if (viewer.kind === 'coordinator' || round.othersVisible) return all;
    return all.filter((s) => s.municipalityId === viewer.municipalityId);
  }

  async addComment(actor: Actor, input: CommentInput): Promise<ReviewComment> {
    return this.db.transaction(async (tx) => {
      const { round, viewer, asked } = await this.reviewerInOpenRound(tx, actor, input.roundId);
      const version = await tx.findOneByOrFail(DraftVersion, { id: round.versionId });
      const section = version.sections.find((s) => s.id === input.sectionId);
      if (!section) throw invalid('sectionId: not a section of the version under review');
      let anchor = null;
      if (input.start != null || input.end != null) {
        if (input.start == null || input.end == null) throw invalid('start, end: give both or neither');
        try {
          anchor = anchorFor(plainTextOf(section.html), input.start, input.end);
        } catch (e) {
          if (e instanceof RangeError) throw invalid('start, end: not a passage of the section');
          throw e;
        }
      }
      const comment = await tx.save(
        tx.create(ReviewComment, {
          roundId: round.id,
          municipalityId: asked.municipalityId,
          authorId: viewer.access.userId,
          sectionId: section.id,
          sectionTitle: section.title,
          anchor,
          text: requiredText(input.text, 'text', 5000),
          proposedText: optionalText(input.proposedText, 'proposedText', 5000),
        }),
      );
      await audit(tx, {
        regionId: viewer.access.regionId,
        revisionId: round.revisionId,
        actorId: viewer.access.userId,
        action: 'review.comment.added',
        entityType: 'ReviewComment',
        entityId: comment.id,
        after: { roundId: round.id, sectionId: section.id, quote: anchor?.quote ?? null, text: comment.text },
      });
      return comment;
    });
  }

  /** The municipality's one formal statement in the round; a second one is refused, also when two arrive at once. */
  async giveStatement(
    actor: Actor,
    roundId: string,
    kind: StatementKind,
    text: string | null,
  ): Promise<ReviewStatement> {
    return this.db.transaction(async (tx) => {
      const { round, viewer, asked } = await this.reviewerInOpenRound(tx, actor, roundId, true);
      if (!Object.values(StatementKind).includes(kind)) throw invalid('kind');
      const body = (text ?? '').trim();
      if (kind !== StatementKind.APPROVED && !body) throw new DomainError('REASON_REQUIRED');
      if (await tx.existsBy(ReviewStatement, { roundId: round.id, municipalityId: asked.municipalityId }))
        throw new DomainError('STATEMENT_ALREADY_GIVEN');
      const statement = await tx.save(
        tx.create(ReviewStatement, {
          roundId: round.id,
          municipalityId: asked.municipalityId,
          kind,
          text: optionalText(body, 'text', 10000) ?? '',
          givenById: viewer.access.userId,
        }),
      );
      await audit(tx, {
        regionId: viewer.access.regionId,
        revisionId: round.revisionId,
        actorId: viewer.access.userId,
        action: 'review.statement.given',
        entityType: 'ReviewStatement',
        entityId: statement.id,
        after: { roundId: round.id, municipalityId: asked.municipalityId, kind, text: statement.text },
      });
      return statement;
    });
  }

  /** A later deadline for one municipality; reminders then follow the new deadline. */
  async extendDeadline(actor: Actor, roundId: string, municipalityId: string, deadline: Date): Promise<BoardRow> {
    await this.db.transaction(async (tx) => {
      const { round, access } = await this.coordinateRound(tx, actor, roundId);
      if (round.status !== ReviewRoundStatus.OPEN) throw new DomainError('ROUND_CLOSED');
      const asked = isUuid(municipalityId)
        ? await tx.findOne(ReviewMunicipality, {
            where: { roundId: round.id, municipalityId },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!asked) throw notFound();
      const next = new Date(deadline);
      if (!(next.getTime() > Date.now()) || next.getTime() <= asked.deadline.getTime())
        throw invalid('deadline: later than the current deadline and in the future');
      await tx.update(ReviewMunicipality, { roundId: round.id, municipalityId }, { deadline: next });
      await audit(tx, {
        regionId: access.regionId,
        revisionId: round.revisionId,
        actorId: access.userId,
        action: 'review.deadline.extended',
        entityType: 'ReviewRound',
        entityId: round.id,
        before: { municipalityId, deadline: asked.deadline.toISOString() },
        after: { municipalityId, deadline: next.toISOString() },
      });
    });
    return (await this.board(actor, roundId)).find((row) => row.municipalityId === municipalityId)!;
  }

  async closeRound(actor: Actor, roundId: string, version: number): Promise<ReviewRound> {
    return this.db.transaction(async (tx) => {
      const { round, access } = await this.coordinateRound(tx, actor, roundId);
      if (round.version !== version) throw new DomainError('VERSION_CONFLICT');
      if (round.status === ReviewRoundStatus.CLOSED) throw new DomainError('ROUND_CLOSED');
      round.status = ReviewRoundStatus.CLOSED;
      round.closedAt = new Date();
      const saved = await tx.save(round);
      await audit(tx, {
        regionId: access.regionId,
        revisionId: round.revisionId,
        actorId: access.userId,
        action: 'review.round.closed',
        entityType: 'ReviewRound',
        entityId: round.id,
        before: { status: ReviewRoundStatus.OPEN },
        after: { status: ReviewRoundStatus.CLOSED },
      });
      return saved;
    });
  }

  /** Abwägung: the coordination's answer to a comment, with its reason (required unless it is accepted). */
  async answerComment(
    actor: Actor,
    commentId: string,
    version: number,
    disposition: DispositionKind,
    reason: string | null,
  ): Promise<ReviewComment> {
    return this.db.transaction(async (tx) => {
      const { comment, round, access } = await this.coordinateComment(tx, actor, commentId);
      if (comment.version !== version) throw new DomainError('VERSION_CONFLICT');
      if (!Object.values(DispositionKind).includes(disposition)) throw invalid('disposition');
      const because = optionalText(reason, 'reason', 5000);
      if (disposition !== DispositionKind.ACCEPTED && !because) throw new DomainError('REASON_REQUIRED');
      const before = { disposition: comment.disposition, reason: comment.dispositionReason };
      comment.disposition = disposition;
      comment.dispositionReason = because;
      comment.disposedById = access.userId;
      comment.disposedAt = new Date();
      const saved = await tx.save(comment);
      await audit(tx, {
        regionId: access.regionId,
        revisionId: round.revisionId,
        actorId: access.userId,
        action: 'review.comment.answered',
        entityType: 'ReviewComment',
        entityId: comment.id,
        before,
        after: { disposition, reason: because },
      });
      return saved;
    });
  }

  /**
   * Takes a comment's proposed text into the working draft, in place of its passage: possible while the
   * passage still stands in the section's own text as it did (PASSAGE_CHANGED otherwise). The next frozen
   * version shows the change in its redline.
   */
  async applyProposal(actor: Actor, commentId: string): Promise<ReviewComment> {
    return this.db.transaction(async (tx) => {
      const { comment, round, access } = await this.coordinateComment(tx, actor, commentId);
      if (!comment.proposedText || !comment.anchor) throw invalid('comment: it proposes no text for a passage');
      if (comment.proposalAppliedAt) return comment;
      const section = await tx.findOne(ConceptSection, {
        where: { id: comment.sectionId, draftId: round.draftId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!section) throw new DomainError('PASSAGE_CHANGED');
      const body = replaceAnchored(section.body, comment.anchor, comment.proposedText);
      if (body === null) throw new DomainError('PASSAGE_CHANGED');
      const before = section.body;
      section.body = body;
      await tx.save(section);
      comment.proposalAppliedAt = new Date();
      const saved = await tx.save(comment);
      await audit(tx, {
        regionId: access.regionId,
        revisionId: round.revisionId,
        actorId: access.userId,
        action: 'review.proposal.applied',
        entityType: 'ConceptSection',
        entityId: section.id,
        before: { body: before },
        after: { body, commentId: comment.id },
      });
      return saved;
    });
  }

  /** Per municipality of the round: deadline, where it stands, its comments and statement (coordinators). */
  async board(actor: Actor, roundId: string): Promise<BoardRow[]> {
    const { round } = await this.coordinateRound(this.db.manager, actor, roundId);
    const rows = (await this.db.query(
      `SELECT m.municipality_id, mu.name, m.deadline, m.opened_at,
              (SELECT count(*)::int FROM review_comment c WHERE c.round_id = m.round_id AND c.municipality_id = m.municipality_id) AS comments,
              (SELECT s.kind FROM review_statement s WHERE s.round_id = m.round_id AND s.municipality_id = m.municipality_id) AS statement
         FROM review_municipality m JOIN municipality mu ON mu.id = m.municipality_id
        WHERE m.round_id = $1 ORDER BY mu.name`,
      [round.id],
    )) as {
      municipality_id: string;
      name: string;
      deadline: Date;
      opened_at: Date | null;
      comments: number;
      statement: StatementKind | null;
    }[];
    return rows.map((r) => ({
      municipalityId: r.municipality_id,
      municipalityName: r.name,
      deadline: r.deadline,
      openedAt: r.opened_at,
      comments: r.comments,
      statement: r.statement,
      progress: r.statement
        ? ReviewProgress.STATEMENT_GIVEN
        : r.comments > 0
          ? ReviewProgress.COMMENTED
          : r.opened_at
            ? ReviewProgress.READING
            : ReviewProgress.NOT_OPENED,
    }));
  }

  /** The Abwägungstabelle of a round: every comment with its municipality, passage, answer and reason (coordinators). */
  async considerationTable(actor: Actor, roundId: string): Promise<ConsiderationRecord[]> {
    const { round } = await this.coordinateRound(this.db.manager, actor, roundId);
    return considerationRecords(this.db.manager, round.id);
  }

  /** The viewer's own municipality in a round, with its deadline (reviewers), or null. */
  async myPart(actor: Actor, roundId: string): Promise<ReviewMunicipality | null> {
    const { round, viewer } = await this.viewRound(this.db.manager, actor, roundId);
    if (viewer.kind !== 'reviewer') return null;
    return this.db
      .getRepository(ReviewMunicipality)
      .findOneBy({ roundId: round.id, municipalityId: viewer.municipalityId });
  }

  /** Names of municipalities by id, for the resolvers' loader. */
  async municipalityNames(ids: string[]): Promise<Map<string, string>> {
    const rows = (await this.db.query(`SELECT id, name FROM municipality WHERE id = ANY($1::uuid[])`, [ids])) as {
      id: string;
      name: string;
    }[];
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  // ------------------------------------------------------------------ internals

  private reviewerMunicipality(access: RevisionAccess): string | null {
    const membership = access.actor
      .membershipsIn(access.revision.id)
      .find((m) => m.role === RevisionRole.MUNICIPAL_REVIEWER && m.municipalityId);
    return membership?.municipalityId ?? null;
  }

  /** A round for its coordinators and its municipalities' reviewers; NOT_FOUND for everyone else. */
  private async viewRound(manager: EntityManager, actor: Actor, roundId: string, lock = false) {
    const round = isUuid(roundId)
      ? await manager.findOne(ReviewRound, {
          where: { id: roundId },
          ...(lock ? { lock: { mode: 'pessimistic_read' as const } } : {}),
        })
      : null;
    if (!round) throw notFound();
    const access = await revisionAccess(manager, actor, round.revisionId);
    if (access.isCoordinator) return { round, viewer: { kind: 'coordinator', access } as RoundViewer };
    const mine = this.reviewerMunicipality(access);
    if (mine && (await manager.existsBy(ReviewMunicipality, { roundId: round.id, municipalityId: mine })))
      return { round, viewer: { kind: 'reviewer', access, municipalityId: mine } as RoundViewer };
    throw notFound();
  }

  /** A reviewer writing in a round: it must be open and their municipality's deadline ahead. */
  private async reviewerInOpenRound(tx: EntityManager, actor: Actor, roundId: string, lock = false) {
    const { round, viewer } = await this.viewRound(tx, actor, roundId, true);
    if (viewer.kind !== 'reviewer') throw forbidden();
    if (round.status !== ReviewRoundStatus.OPEN) throw new DomainError('ROUND_CLOSED');
    const asked = await tx.findOne(ReviewMunicipality, {
      where: { roundId: round.id, municipalityId: viewer.municipalityId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!asked) throw notFound();
    if (asked.deadline.getTime() <= Date.now()) throw new DomainError('DEADLINE_PASSED');
    return { round, viewer, asked };
  }

  private async coordinateRound(manager: EntityManager, actor: Actor, roundId: string) {
    const round = isUuid(roundId) ? await manager.findOneBy(ReviewRound, { id: roundId }) : null;
    if (!round) throw notFound();
    const access = await revisionAccess(manager, actor, round.revisionId);
    if (!access.isCoordinator) {
      // Reviewers of the round learn that it exists, not more.
      const mine = this.reviewerMunicipality(access);
      if (mine && (await manager.existsBy(ReviewMunicipality, { roundId: round.id, municipalityId: mine })))
        throw forbidden();
      throw notFound();
    }
    return { round, access };
  }

  private async coordinateComment(tx: EntityManager, actor: Actor, commentId: string) {
    const comment = isUuid(commentId)
      ? await tx.findOne(ReviewComment, { where: { id: commentId }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!comment) throw notFound();
    const { round, access } = await this.coordinateRound(tx, actor, comment.roundId);
    return { comment, round, access };
  }

  /** The reviewers of the municipalities get a notification and a mail with the link and the deadline. */
  private async invite(
    tx: EntityManager,
    access: RevisionAccess,
    round: ReviewRound,
    version: DraftVersion,
    municipalities: { id: string; name: string }[],
  ) {
    const reviewers = (await tx.query(
      `SELECT a.id, a.email, a.display_name, m.municipality_id FROM revision_membership m JOIN account a ON a.id = m.account_id
        WHERE m.revision_id = $1 AND m.role = 'MUNICIPAL_REVIEWER' AND m.municipality_id = ANY($2::uuid[])`,
      [round.revisionId, municipalities.map((m) => m.id)],
    )) as { id: string; email: string; display_name: string; municipality_id: string }[];
    await notify(
      tx,
      reviewers.map((r) => r.id),
      {
        regionId: access.regionId,
        kind: 'review.round.started',
        params: { round: round.number, version: version.number, deadline: round.deadline.toISOString() },
        link: reviewPath(round.revisionId, round.id),
      },
    );
    for (const r of reviewers) {
      const mail = reviewInvitationMail({
        revisionId: round.revisionId,
        roundId: round.id,
        revisionTitle: access.revision.title,
        municipalityName: municipalities.find((m) => m.id === r.municipality_id)!.name,
        versionNumber: version.number,
        deadline: round.deadline,
      });
      await enqueueMail(tx, { regionId: access.regionId, kind: 'review.invitation', recipient: r.email, ...mail });
    }
  }
}
