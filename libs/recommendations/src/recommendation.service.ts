import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  EvidenceKind,
  RECOMMENDATION_STATUS_LABELS,
  RecommendationAction,
  RecommendationStatus,
  RevisionRole,
  TimeHorizon,
} from '@konzeptwerk/contracts';
import { Account } from '@konzeptwerk/identity';
import { enqueueMail, notify } from '@konzeptwerk/notifications';
import {
  Actor,
  DomainError,
  audit,
  diffFields,
  type FieldChange,
  forbidden,
  invalid,
  isUuid,
  notFound,
  optionalText,
  requiredText,
  richTextToPlain,
  sanitizeRichText,
} from '@konzeptwerk/platform';
import { Municipality, Organisation } from '@konzeptwerk/regions';
import { FieldOfAction, TargetGroup } from '@konzeptwerk/revisions';
import { type RevisionAccess, revisionAccess } from './access';
import { mergedMail, recommendationPath } from './recommendation-mails';
import { announceStatusChange, followersOf } from './status-notices';
import {
  MERGEABLE,
  type Mover,
  canEdit,
  canRead,
  checkMove,
  formatReference,
  isOpenForDiscussion,
} from './recommendation-rules';
import {
  EvidenceLink,
  Recommendation,
  RecommendationAuthor,
  RecommendationComment,
  RecommendationMunicipality,
  RecommendationOrganisation,
  type RecommendationSnapshot,
  RecommendationSupport,
  RecommendationTargetGroup,
  RecommendationVersion,
} from './recommendation.entity';
import type {
  CreateRecommendationInput,
  EvidenceInput,
  MergeRecommendationsInput,
  RecommendationFilter,
  UpdateRecommendationInput,
} from './recommendation.types';
import { fingerprintTerms, rankSimilar } from './similarity/similarity';

const TIME_HORIZON_LABELS: Record<TimeHorizon, string> = {
  SHORT: 'kurzfristig',
  MEDIUM: 'mittelfristig',
  LONG: 'langfristig',
};

/** German and English names of the fields a version compares, for messages. */
const FIELD_LABELS: Record<string, { de: string; en: string }> = {
  title: { de: 'Titel', en: 'title' },
  rationale: { de: 'Begründung', en: 'rationale' },
  fieldOfAction: { de: 'Handlungsfeld', en: 'field of action' },
  targetGroups: { de: 'Zielgruppen', en: 'target groups' },
  municipalities: { de: 'Kommunen', en: 'municipalities' },
  organisations: { de: 'umsetzende Organisationen', en: 'implementing organisations' },
  timeHorizon: { de: 'Zeithorizont', en: 'time horizon' },
  resources: { de: 'Ressourcen', en: 'resources' },
  indicators: { de: 'Erfolgsindikatoren', en: 'indicators of success' },
};

interface Content {
  fieldOfAction: FieldOfAction;
  title: string;
  rationale: string;
  rationalePlain: string;
  targetGroups: TargetGroup[];
  allMunicipalities: boolean;
  municipalities: Municipality[];
  organisations: Organisation[];
  timeHorizon: TimeHorizon | null;
  resources: string | null;
  indicators: string | null;
}

type ContentInput = Omit<UpdateRecommendationInput, 'id' | 'version'>;

const snapshotOf = (c: Content): RecommendationSnapshot => ({
  title: c.title,
  rationale: c.rationale,
  fieldOfAction: `${c.fieldOfAction.code} ${c.fieldOfAction.title}`,
  targetGroups: c.targetGroups.map((t) => t.name),
  municipalities: c.allMunicipalities ? [] : c.municipalities.map((m) => m.name),
  organisations: c.organisations.map((o) => o.name),
  timeHorizon: c.timeHorizon,
  resources: c.resources,
  indicators: c.indicators,
});

/** A snapshot as comparable text per field. */
export function snapshotText(s: RecommendationSnapshot): Record<string, string> {
  return {
    title: s.title,
    rationale: richTextToPlain(s.rationale),
    fieldOfAction: s.fieldOfAction,
    targetGroups: s.targetGroups.join(', '),
    municipalities: s.municipalities.length ? s.municipalities.join(', ') : 'alle Kommunen',
    organisations: s.organisations.join(', '),
    timeHorizon: s.timeHorizon ? TIME_HORIZON_LABELS[s.timeHorizon] : '',
    resources: s.resources ?? '',
    indicators: s.indicators ?? '',
  };
}

const uniqueIds = (ids: readonly string[] | null | undefined, field: string): string[] => {
  const list = [...new Set(ids ?? [])];
  if (list.some((id) => !isUuid(id))) throw invalid(`${field}: unknown id`);
  return list;
};

@Injectable()
export class RecommendationService {
  constructor(private readonly db: DataSource) {}

  // ---------------------------------------------------------------- reading

  /** A recommendation the actor may read; NOT_FOUND otherwise (drafts are private to authors and coordinators). */
  async get(actor: Actor, id: string): Promise<Recommendation> {
    const rec = isUuid(id) ? await this.db.manager.findOneBy(Recommendation, { id }) : null;
    if (!rec) throw notFound();
    const access = await revisionAccess(this.db.manager, actor, rec.revisionId);
    if (!canRead(rec.status, await this.moversOf(this.db.manager, access, rec.id))) throw notFound();
    return rec;
  }

  /** What the actor may do with recommendations: movers per id, in one query. */
  async moversFor(actor: Actor, recs: readonly Recommendation[]): Promise<Mover[][]> {
    if (!actor.userId || recs.length === 0) return recs.map(() => []);
    const authored = new Set(
      (
        await this.db.manager.find(RecommendationAuthor, {
          where: { accountId: actor.userId, recommendationId: In(recs.map((r) => r.id)) },
          select: { recommendationId: true },
        })
      ).map((a) => a.recommendationId),
    );
    const regionOf = new Map<string, string>(
      (
        (await this.db.query(`SELECT id, region_id FROM concept_revision WHERE id = ANY($1)`, [
          [...new Set(recs.map((r) => r.revisionId))],
        ])) as { id: string; region_id: string }[]
      ).map((r) => [r.id, r.region_id]),
    );
    return recs.map((r) => {
      const movers: Mover[] = [];
      if (actor.isCoordinatorOf(regionOf.get(r.revisionId) ?? '')) movers.push('coordinator');
      if (authored.has(r.id)) movers.push('author');
      return movers;
    });
  }

  async list(
    actor: Actor,
    revisionId: string,
    filter: RecommendationFilter,
    limit: number,
    offset: number,
  ): Promise<{ items: Recommendation[]; total: number }> {
    const access = await revisionAccess(this.db.manager, actor, revisionId);
    if (limit < 1 || limit > 1000 || offset < 0) throw invalid('limit: 1 to 1000, offset: 0 or more');
    const me = access.actor.userId;
    const qb = this.db.manager
      .createQueryBuilder(Recommendation, 'r')
      .innerJoin(FieldOfAction, 'f', 'f.id = r.field_of_action_id')
      .where('r.revision_id = :revisionId', { revisionId })
      .orderBy('f.position', 'ASC')
      .addOrderBy('r.reference', 'ASC')
      .limit(limit)
      .offset(offset);
    if (!access.isCoordinator) {
      qb.andWhere(
        `(r.status <> 'DRAFT' OR EXISTS (SELECT 1 FROM recommendation_author a WHERE a.recommendation_id = r.id AND a.account_id = :me))`,
        { me },
      );
    }
    if (filter.mine) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM recommendation_author a2 WHERE a2.recommendation_id = r.id AND a2.account_id = :me)`,
        { me },
      );
    }
    if (filter.fieldOfActionId) {
      qb.andWhere('r.field_of_action_id = :field', {
        field: uniqueIds([filter.fieldOfActionId], 'fieldOfActionId')[0],
      });
    }
    if (filter.statuses?.length) qb.andWhere('r.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.targetGroupId) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM recommendation_target_group t WHERE t.recommendation_id = r.id AND t.target_group_id = :tg)`,
        { tg: uniqueIds([filter.targetGroupId], 'targetGroupId')[0] },
      );
    }
    if (filter.municipalityId) {
      qb.andWhere(
        `(r.all_municipalities OR EXISTS (SELECT 1 FROM recommendation_municipality m WHERE m.recommendation_id = r.id AND m.municipality_id = :mu))`,
        { mu: uniqueIds([filter.municipalityId], 'municipalityId')[0] },
      );
    }
    if (filter.organisationId) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM recommendation_organisation o WHERE o.recommendation_id = r.id AND o.organisation_id = :org)`,
        { org: uniqueIds([filter.organisationId], 'organisationId')[0] },
      );
    }
    const search = filter.search?.trim();
    if (search) {
      qb.andWhere(
        `(to_tsvector('german', r.reference || ' ' || r.title || ' ' || r.rationale_plain) @@ websearch_to_tsquery('german', :search) OR r.reference ILIKE :like OR r.title ILIKE :like)`,
        { search, like: `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` },
      );
    }
    const [items, total] = await qb.getManyAndCount();
    return { items, total };
  }

  /** Similar recommendations of the revision, for the duplicate hint while writing. */
  async similar(
    actor: Actor,
    revisionId: string,
    title: string,
    rationale: string,
    excludeId: string | null,
    limit = 5,
  ): Promise<{ recommendation: Recommendation; score: number }[]> {
    const access = await revisionAccess(this.db.manager, actor, revisionId);
    const query = { title: title.slice(0, 500), body: rationale.slice(0, 20_000) };
    const terms = fingerprintTerms(query);
    if (terms.length === 0) return [];
    const rows = (await this.db.query(
      `SELECT r.id, r.title, r.rationale_plain FROM recommendation r
        WHERE r.revision_id = $1 AND r.terms && $2::text[] AND r.status <> 'MERGED' AND r.id IS DISTINCT FROM $3::uuid
          AND ($4 OR r.status <> 'DRAFT' OR EXISTS (SELECT 1 FROM recommendation_author a WHERE a.recommendation_id = r.id AND a.account_id = $5))`,
      [revisionId, terms, isUuid(excludeId) ? excludeId : null, access.isCoordinator, access.userId],
    )) as { id: string; title: string; rationale_plain: string }[];
    const ranked = rankSimilar(
      query,
      rows.map((r) => ({ id: r.id, title: r.title, body: r.rationale_plain })),
      Math.min(Math.max(limit, 1), 20),
    );
    if (ranked.length === 0) return [];
    const recs = await this.db.manager.findBy(Recommendation, { id: In(ranked.map((r) => r.item.id)) });
    const byId = new Map(recs.map((r) => [r.id, r]));
    return ranked.map((r) => ({ recommendation: byId.get(r.item.id)!, score: Math.round(r.score * 100) / 100 }));
  }

  /** Fields of action × target groups: how many recommendations (submitted and onward, not merged or rejected). */
  async coverage(actor: Actor, revisionId: string) {
    await revisionAccess(this.db.manager, actor, revisionId);
    const rows = (await this.db.query(
      `SELECT r.field_of_action_id, t.target_group_id, count(*)::int AS count
         FROM recommendation r LEFT JOIN recommendation_target_group t ON t.recommendation_id = r.id
        WHERE r.revision_id = $1 AND r.status NOT IN ('DRAFT', 'MERGED', 'NOT_ADOPTED')
        GROUP BY 1, 2`,
      [revisionId],
    )) as { field_of_action_id: string; target_group_id: string | null; count: number }[];
    return rows.map((r) => ({
      fieldOfActionId: r.field_of_action_id,
      targetGroupId: r.target_group_id,
      count: r.count,
    }));
  }

  async versions(actor: Actor, id: string) {
    const rec = await this.get(actor, id);
    const rows = (await this.db.query(
      `SELECT v.number, v.created_at, a.display_name FROM recommendation_version v
         LEFT JOIN account a ON a.id = v.author_id WHERE v.recommendation_id = $1 ORDER BY v.number DESC`,
      [rec.id],
    )) as { number: number; created_at: Date; display_name: string | null }[];
    return rows.map((r) => ({ number: r.number, createdAt: r.created_at, authorName: r.display_name }));
  }

  /** Any two versions compared field by field, word by word. */
  async diff(actor: Actor, id: string, from: number, to: number): Promise<FieldChange[]> {
    const rec = await this.get(actor, id);
    const versions = await this.db.manager.findBy(RecommendationVersion, {
      recommendationId: rec.id,
      number: In([from, to]),
    });
    const a = versions.find((v) => v.number === from);
    const b = versions.find((v) => v.number === to);
    if (!a || !b) throw invalid('from, to: no such version');
    return diffFields(snapshotText(a.snapshot), snapshotText(b.snapshot));
  }

  // ---------------------------------------------------------------- writing

  /** `manager`: the caller's transaction, when the draft is part of a larger write (e.g. from a workshop card). */
  async create(actor: Actor, input: CreateRecommendationInput, manager?: EntityManager): Promise<Recommendation> {
    const inTransaction = <T>(fn: (tx: EntityManager) => Promise<T>) =>
      manager ? fn(manager) : this.db.transaction(fn);
    return inTransaction(async (tx) => {
      const access = await revisionAccess(tx, actor, input.revisionId, true);
      if (!access.isCoordinator && !access.isParticipant) throw forbidden();
      await access.requireWritingPhase(tx);
      const content = await this.validateContent(tx, access, input);
      const evidence = this.validateEvidence(input.evidence ?? []);
      const rec = await this.insertRecommendation(tx, access, content, RecommendationStatus.DRAFT);
      await tx.insert(RecommendationAuthor, { recommendationId: rec.id, accountId: access.userId, isCreator: true });
      if (evidence.length) {
        await tx.insert(
          EvidenceLink,
          evidence.map((e) => ({ ...e, recommendationId: rec.id, createdById: access.userId })),
        );
      }
      await this.addVersion(tx, rec, content, access.userId);
      await audit(tx, {
        regionId: access.regionId,
        revisionId: rec.revisionId,
        actorId: access.userId,
        action: 'recommendation.created',
        entityType: 'Recommendation',
        entityId: rec.id,
        after: { reference: rec.reference, title: rec.title, status: rec.status },
      });
      return rec;
    });
  }

  async update(actor: Actor, input: UpdateRecommendationInput): Promise<Recommendation> {
    return this.db.transaction(async (tx) => {
      const rec = await this.lock(tx, input.id);
      const access = await revisionAccess(tx, actor, rec.revisionId);
      const movers = await this.moversOf(tx, access, rec.id);
      if (!canRead(rec.status, movers)) throw notFound();
      if (movers.length === 0) throw forbidden();
      if (!canEdit(rec.status, movers)) throw this.statusError(rec.status);
      await access.requireWritingPhase(tx);
      const content = await this.validateContent(tx, access, input);
      const last = await this.lastVersion(tx, rec.id);
      if (rec.version !== input.version) await this.refuseConflict(tx, rec, input.version, last);
      const before = snapshotText(last.snapshot);
      const after = snapshotText(snapshotOf(content));
      const changes = diffFields(before, after);
      if (changes.length === 0) return rec;
      Object.assign(rec, {
        fieldOfActionId: content.fieldOfAction.id,
        title: content.title,
        rationale: content.rationale,
        rationalePlain: content.rationalePlain,
        terms: fingerprintTerms({ title: content.title, body: content.rationalePlain }),
        allMunicipalities: content.allMunicipalities,
        timeHorizon: content.timeHorizon,
        resources: content.resources,
        indicators: content.indicators,
      });
      const saved = await tx.save(rec);
      await this.replaceLinks(tx, saved.id, content);
      await this.addVersion(tx, saved, content, access.userId, last.number + 1);
      await audit(tx, {
        regionId: access.regionId,
        revisionId: saved.revisionId,
        actorId: access.userId,
        action: 'recommendation.updated',
        entityType: 'Recommendation',
        entityId: saved.id,
        before: Object.fromEntries(changes.map((c) => [c.field, c.before])),
        after: Object.fromEntries(changes.map((c) => [c.field, c.after])),
      });
      return saved;
    });
  }

  async transition(
    actor: Actor,
    id: string,
    action: RecommendationAction,
    reason: string | null,
  ): Promise<Recommendation> {
    const why = optionalText(reason, 'reason', 2000);
    return this.db.transaction(async (tx) => {
      const rec = await this.lock(tx, id);
      const access = await revisionAccess(tx, actor, rec.revisionId);
      const movers = await this.moversOf(tx, access, rec.id);
      if (!canRead(rec.status, movers)) throw notFound();
      const check = checkMove(rec.status, action, movers, why);
      if (!check.ok) {
        if (check.error === 'STATUS_TRANSITION_INVALID') throw this.statusError(rec.status);
        throw new DomainError(check.error);
      }
      if (action === RecommendationAction.SUBMIT) {
        await access.requireWritingPhase(tx);
        if (!rec.rationalePlain.trim()) throw invalid('rationale: required before submitting');
      }
      const from = rec.status;
      rec.status = check.to;
      rec.statusReason = why;
      rec.statusChangedAt = new Date();
      const saved = await tx.save(rec);
      await audit(tx, {
        regionId: access.regionId,
        revisionId: rec.revisionId,
        actorId: access.userId,
        action: 'recommendation.status',
        entityType: 'Recommendation',
        entityId: rec.id,
        before: { status: from },
        after: { status: check.to },
        reason: why,
      });
      await announceStatusChange(tx, access, rec, from, check.to, why);
      return saved;
    });
  }

  /**
   * Merges several recommendations into a new one: every source is linked in
   * its evidence trail, every supporter counted once, every comment and origin
   * link carried over; the sources stay readable and point to the result.
   */
  async merge(actor: Actor, input: MergeRecommendationsInput): Promise<Recommendation> {
    const sourceIds = uniqueIds(input.sourceIds, 'sourceIds');
    if (sourceIds.length < 2)
      throw new DomainError('MERGE_INVALID', {
        details: { de: 'mindestens zwei Empfehlungen wählen', en: 'choose at least two recommendations' },
      });
    return this.db.transaction(async (tx) => {
      const sources = await tx.find(Recommendation, {
        where: { id: In(sourceIds) },
        order: { id: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      if (sources.length !== sourceIds.length) throw notFound();
      const revisionId = sources[0].revisionId;
      const access = await revisionAccess(tx, actor, revisionId, true);
      access.requireCoordinator();
      if (sources.some((s) => s.revisionId !== revisionId)) {
        throw new DomainError('MERGE_INVALID', {
          details: { de: 'alle müssen zur selben Fortschreibung gehören', en: 'all must belong to the same revision' },
        });
      }
      const closed = sources.filter((s) => !MERGEABLE.includes(s.status));
      if (closed.length) {
        throw new DomainError('MERGE_INVALID', {
          details: {
            de: `${closed.map((s) => `${s.reference} (${RECOMMENDATION_STATUS_LABELS[s.status].de})`).join(', ')} kann nicht zusammengeführt werden`,
            en: `${closed.map((s) => `${s.reference} (${RECOMMENDATION_STATUS_LABELS[s.status].en})`).join(', ')} cannot be merged`,
          },
        });
      }
      const content = await this.validateContent(tx, access, input);
      const target = await this.insertRecommendation(tx, access, content, RecommendationStatus.IN_REVIEW);
      await tx.query(
        `INSERT INTO recommendation_author (recommendation_id, account_id, is_creator, created_at)
         SELECT $1, account_id, false, min(created_at) FROM recommendation_author WHERE recommendation_id = ANY($2) GROUP BY account_id`,
        [target.id, sourceIds],
      );
      await tx.query(
        `INSERT INTO recommendation_support (recommendation_id, account_id, created_at)
         SELECT $1, account_id, min(created_at) FROM recommendation_support WHERE recommendation_id = ANY($2) GROUP BY account_id`,
        [target.id, sourceIds],
      );
      await tx.query(
        `WITH src AS (SELECT c.*, gen_random_uuid() AS new_id FROM recommendation_comment c WHERE c.recommendation_id = ANY($2))
         INSERT INTO recommendation_comment (id, recommendation_id, parent_id, author_id, body, carried_from, created_at)
         SELECT s.new_id, $1, p.new_id, s.author_id, s.body, coalesce(s.carried_from, r.reference), s.created_at
           FROM src s JOIN recommendation r ON r.id = s.recommendation_id LEFT JOIN src p ON p.id = s.parent_id`,
        [target.id, sourceIds],
      );
      await tx.query(
        `INSERT INTO evidence_link (recommendation_id, kind, target_id, label, url, created_by_id, created_at)
         SELECT $1, kind, target_id, label, url, created_by_id, created_at FROM evidence_link WHERE recommendation_id = ANY($2)`,
        [target.id, sourceIds],
      );
      await tx.insert(
        EvidenceLink,
        sources.map((s) => ({
          recommendationId: target.id,
          kind: EvidenceKind.MERGED_FROM,
          targetId: s.id,
          label: `${s.reference} ${s.title}`,
          createdById: access.userId,
        })),
      );
      await this.addVersion(tx, target, content, access.userId);
      await tx.update(
        Recommendation,
        { id: In(sourceIds) },
        {
          status: RecommendationStatus.MERGED,
          mergedIntoId: target.id,
          statusChangedAt: new Date(),
          statusReason: null,
        },
      );
      await tx.query(`UPDATE recommendation SET version = version + 1 WHERE id = ANY($1)`, [sourceIds]);
      for (const s of sources) {
        await audit(tx, {
          regionId: access.regionId,
          revisionId,
          actorId: access.userId,
          action: 'recommendation.merged',
          entityType: 'Recommendation',
          entityId: s.id,
          before: { status: s.status },
          after: { status: RecommendationStatus.MERGED, mergedInto: target.reference },
        });
      }
      await audit(tx, {
        regionId: access.regionId,
        revisionId,
        actorId: access.userId,
        action: 'recommendation.created',
        entityType: 'Recommendation',
        entityId: target.id,
        after: { reference: target.reference, title: target.title, mergedFrom: sources.map((s) => s.reference) },
      });
      for (const s of sources) {
        const recipients = await followersOf(tx, [s.id], access.userId);
        if (recipients.length) {
          await notify(
            tx,
            recipients.map((r) => r.id),
            {
              regionId: access.regionId,
              kind: 'recommendation.merged',
              params: { reference: s.reference, into: target.reference, title: target.title },
              link: recommendationPath(revisionId, target.id),
            },
          );
          const mail = mergedMail({
            revisionId,
            targetId: target.id,
            sourceReference: s.reference,
            targetReference: target.reference,
            title: target.title,
          });
          for (const r of recipients) {
            await enqueueMail(tx, {
              regionId: access.regionId,
              kind: 'recommendation-merged',
              recipient: r.email,
              ...mail,
            });
          }
        }
      }
      return target;
    });
  }

  async addCoAuthor(actor: Actor, id: string, accountId: string): Promise<Recommendation> {
    return this.db.transaction(async (tx) => {
      const { rec, access } = await this.lockEditable(tx, actor, id);
      if (!isUuid(accountId)) throw invalid('accountId: not a participant of this revision');
      const member = (await tx.query(
        `SELECT 1 FROM revision_membership WHERE revision_id = $1 AND account_id = $2 AND role = $3`,
        [rec.revisionId, accountId, RevisionRole.PARTICIPANT],
      )) as unknown[];
      if (member.length === 0) throw invalid('accountId: not a participant of this revision');
      await tx
        .createQueryBuilder()
        .insert()
        .into(RecommendationAuthor)
        .values({ recommendationId: rec.id, accountId, isCreator: false })
        .orIgnore()
        .execute();
      await notify(
        tx,
        [accountId].filter((a) => a !== access.userId),
        {
          regionId: access.regionId,
          kind: 'recommendation.coauthor',
          params: { reference: rec.reference, title: rec.title },
          link: recommendationPath(rec.revisionId, rec.id),
        },
      );
      await audit(tx, {
        regionId: access.regionId,
        revisionId: rec.revisionId,
        actorId: access.userId,
        action: 'recommendation.coauthor-added',
        entityType: 'Recommendation',
        entityId: rec.id,
        after: { accountId },
      });
      return rec;
    });
  }

  async removeCoAuthor(actor: Actor, id: string, accountId: string): Promise<Recommendation> {
    return this.db.transaction(async (tx) => {
      const { rec, access } = await this.lockEditable(tx, actor, id);
      const author = isUuid(accountId)
        ? await tx.findOneBy(RecommendationAuthor, { recommendationId: rec.id, accountId })
        : null;
      if (!author) throw notFound();
      if (author.isCreator) throw invalid('accountId: the creator stays an author');
      await tx.delete(RecommendationAuthor, { recommendationId: rec.id, accountId });
      await audit(tx, {
        regionId: access.regionId,
        revisionId: rec.revisionId,
        actorId: access.userId,
        action: 'recommendation.coauthor-removed',
        entityType: 'Recommendation',
        entityId: rec.id,
        before: { accountId },
      });
      return rec;
    });
  }

  /** One support per participant; supporting twice changes nothing. */
  async support(actor: Actor, id: string, support: boolean): Promise<Recommendation> {
    return this.db.transaction(async (tx) => {
      const rec = await this.lock(tx, id);
      const access = await revisionAccess(tx, actor, rec.revisionId);
      const movers = await this.moversOf(tx, access, rec.id);
      if (!canRead(rec.status, movers)) throw notFound();
      if (!access.isParticipant) throw forbidden();
      if (movers.includes('author')) throw invalid('support: authors cannot support their own recommendation');
      if (!isOpenForDiscussion(rec.status)) throw this.statusError(rec.status);
      if (support) {
        await tx
          .createQueryBuilder()
          .insert()
          .into(RecommendationSupport)
          .values({ recommendationId: rec.id, accountId: access.userId })
          .orIgnore()
          .execute();
      } else {
        await tx.delete(RecommendationSupport, { recommendationId: rec.id, accountId: access.userId });
      }
      return rec;
    });
  }

  async addComment(actor: Actor, id: string, body: string, parentId: string | null): Promise<RecommendationComment> {
    const text = requiredText(body, 'body', 5000);
    return this.db.transaction(async (tx) => {
      const rec = await this.lock(tx, id);
      const access = await revisionAccess(tx, actor, rec.revisionId);
      const movers = await this.moversOf(tx, access, rec.id);
      if (!canRead(rec.status, movers)) throw notFound();
      const mayComment =
        access.isCoordinator ||
        access.isParticipant ||
        access.hasRole(RevisionRole.IMPLEMENTING_ACTOR) ||
        access.hasRole(RevisionRole.MUNICIPAL_REVIEWER);
      if (!mayComment) throw forbidden();
      if (!isOpenForDiscussion(rec.status)) throw this.statusError(rec.status);
      let parent: RecommendationComment | null = null;
      if (parentId) {
        parent = isUuid(parentId)
          ? await tx.findOneBy(RecommendationComment, { id: parentId, recommendationId: rec.id })
          : null;
        if (!parent) throw invalid('parentId: no comment of this recommendation');
        if (parent.parentId) throw invalid('parentId: replies go to the first comment of a thread');
      }
      const comment = await tx.save(
        tx.create(RecommendationComment, {
          recommendationId: rec.id,
          parentId: parent?.id ?? null,
          authorId: access.userId,
          body: text,
        }),
      );
      const authors = (await tx.findBy(RecommendationAuthor, { recommendationId: rec.id })).map((a) => a.accountId);
      const recipients = [...authors, ...(parent?.authorId ? [parent.authorId] : [])].filter(
        (a) => a !== access.userId,
      );
      await notify(tx, recipients, {
        regionId: access.regionId,
        kind: 'recommendation.comment',
        params: { reference: rec.reference, title: rec.title, by: await this.displayName(tx, access.userId) },
        link: recommendationPath(rec.revisionId, rec.id),
      });
      return comment;
    });
  }

  async addEvidence(actor: Actor, id: string, input: EvidenceInput): Promise<EvidenceLink> {
    const [link] = this.validateEvidence([input]);
    return this.db.transaction(async (tx) => {
      const { rec, access } = await this.lockEditable(tx, actor, id);
      const saved = await tx.save(
        tx.create(EvidenceLink, { ...link, recommendationId: rec.id, createdById: access.userId }),
      );
      await audit(tx, {
        regionId: access.regionId,
        revisionId: rec.revisionId,
        actorId: access.userId,
        action: 'recommendation.evidence-added',
        entityType: 'Recommendation',
        entityId: rec.id,
        after: { kind: link.kind, label: link.label },
      });
      return saved;
    });
  }

  async removeEvidence(actor: Actor, linkId: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const link = isUuid(linkId) ? await tx.findOneBy(EvidenceLink, { id: linkId }) : null;
      if (!link) throw notFound();
      const { rec, access } = await this.lockEditable(tx, actor, link.recommendationId);
      if (link.kind === EvidenceKind.MERGED_FROM) throw invalid('kind: the sources of a merge stay in the trail');
      await tx.delete(EvidenceLink, { id: link.id });
      await audit(tx, {
        regionId: access.regionId,
        revisionId: rec.revisionId,
        actorId: access.userId,
        action: 'recommendation.evidence-removed',
        entityType: 'Recommendation',
        entityId: rec.id,
        before: { kind: link.kind, label: link.label },
      });
      return true;
    });
  }

  // ---------------------------------------------------------------- internals

  private async moversOf(manager: EntityManager, access: RevisionAccess, recId: string): Promise<Mover[]> {
    const movers: Mover[] = [];
    if (access.isCoordinator) movers.push('coordinator');
    if (
      access.actor.userId &&
      (await manager.existsBy(RecommendationAuthor, { recommendationId: recId, accountId: access.actor.userId }))
    ) {
      movers.push('author');
    }
    return movers;
  }

  private async lock(tx: EntityManager, id: string): Promise<Recommendation> {
    const rec = isUuid(id)
      ? await tx.findOne(Recommendation, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!rec) throw notFound();
    return rec;
  }

  private async lockEditable(tx: EntityManager, actor: Actor, id: string) {
    const rec = await this.lock(tx, id);
    const access = await revisionAccess(tx, actor, rec.revisionId);
    const movers = await this.moversOf(tx, access, rec.id);
    if (!canRead(rec.status, movers)) throw notFound();
    if (movers.length === 0) throw forbidden();
    if (!canEdit(rec.status, movers)) throw this.statusError(rec.status);
    return { rec, access };
  }

  private statusError(status: RecommendationStatus) {
    return new DomainError('STATUS_TRANSITION_INVALID', { status: RECOMMENDATION_STATUS_LABELS[status] });
  }

  private async displayName(manager: EntityManager, accountId: string): Promise<string> {
    return (
      (await manager.findOne(Account, { where: { id: accountId }, select: { displayName: true } }))?.displayName ?? ''
    );
  }

  private async lastVersion(tx: EntityManager, recId: string): Promise<RecommendationVersion> {
    return tx.findOneOrFail(RecommendationVersion, { where: { recommendationId: recId }, order: { number: 'DESC' } });
  }

  /**
   * The edit was based on an older row version. If the content changed since
   * (not only the status), refuse with what changed and who changed it; the
   * transaction rolls back, so nothing is written.
   */
  private async refuseConflict(
    tx: EntityManager,
    rec: Recommendation,
    baseRowVersion: number,
    current: RecommendationVersion,
  ): Promise<void> {
    const base = await tx
      .createQueryBuilder(RecommendationVersion, 'v')
      .where('v.recommendation_id = :id AND v.row_version <= :base', { id: rec.id, base: baseRowVersion })
      .orderBy('v.number', 'DESC')
      .limit(1)
      .getOne();
    const from = base ?? (await tx.findOneByOrFail(RecommendationVersion, { recommendationId: rec.id, number: 1 }));
    const changed = diffFields(snapshotText(from.snapshot), snapshotText(current.snapshot)).map((c) => c.field);
    // Only the status moved since the edit's base: the edit still applies to the text it was made on.
    if (changed.length === 0 && base) return;
    const by = current.authorId ? await this.displayName(tx, current.authorId) : '';
    throw new DomainError(
      'RECOMMENDATION_CONFLICT',
      {
        by: by || { de: 'Jemand', en: 'Someone' },
        fields: {
          de: changed.map((f) => FIELD_LABELS[f]?.de ?? f).join(', ') || 'Status',
          en: changed.map((f) => FIELD_LABELS[f]?.en ?? f).join(', ') || 'status',
        },
      },
      {
        currentVersion: rec.version,
        baseVersionNumber: from.number,
        currentVersionNumber: current.number,
        changedFields: changed,
      },
    );
  }

  private async insertRecommendation(
    tx: EntityManager,
    access: RevisionAccess,
    content: Content,
    status: RecommendationStatus,
  ): Promise<Recommendation> {
    // The field's row lock serialises numbering within the field.
    const field = await tx.findOneOrFail(FieldOfAction, {
      where: { id: content.fieldOfAction.id },
      lock: { mode: 'pessimistic_write' },
    });
    const [{ max }] = (await tx.query(
      `SELECT coalesce(max(number), 0)::int AS max FROM recommendation WHERE revision_id = $1 AND split_part(reference, '-', 1) = $2`,
      [access.revision.id, field.code],
    )) as { max: number }[];
    const number = max + 1;
    const rec = await tx.save(
      tx.create(Recommendation, {
        revisionId: access.revision.id,
        fieldOfActionId: field.id,
        number,
        reference: formatReference(field.code, number),
        title: content.title,
        rationale: content.rationale,
        rationalePlain: content.rationalePlain,
        terms: fingerprintTerms({ title: content.title, body: content.rationalePlain }),
        allMunicipalities: content.allMunicipalities,
        timeHorizon: content.timeHorizon,
        resources: content.resources,
        indicators: content.indicators,
        status,
        createdById: access.userId,
      }),
    );
    await this.replaceLinks(tx, rec.id, content);
    return rec;
  }

  private async replaceLinks(tx: EntityManager, recId: string, content: Content): Promise<void> {
    await tx.delete(RecommendationTargetGroup, { recommendationId: recId });
    await tx.delete(RecommendationMunicipality, { recommendationId: recId });
    await tx.delete(RecommendationOrganisation, { recommendationId: recId });
    if (content.targetGroups.length) {
      await tx.insert(
        RecommendationTargetGroup,
        content.targetGroups.map((t) => ({ recommendationId: recId, targetGroupId: t.id })),
      );
    }
    if (!content.allMunicipalities) {
      await tx.insert(
        RecommendationMunicipality,
        content.municipalities.map((m) => ({ recommendationId: recId, municipalityId: m.id })),
      );
    }
    if (content.organisations.length) {
      await tx.insert(
        RecommendationOrganisation,
        content.organisations.map((o) => ({ recommendationId: recId, organisationId: o.id })),
      );
    }
  }

  private async addVersion(
    tx: EntityManager,
    rec: Recommendation,
    content: Content,
    authorId: string,
    number = 1,
  ): Promise<void> {
    await tx.insert(RecommendationVersion, {
      recommendationId: rec.id,
      number,
      rowVersion: rec.version,
      snapshot: snapshotOf(content),
      authorId,
    });
  }

  private validateEvidence(items: EvidenceInput[]) {
    if (items.length > 50) throw invalid('evidence: at most 50 links');
    return items.map((e) => {
      if (e.kind === EvidenceKind.MERGED_FROM) throw invalid('evidence: merge sources are linked by merging');
      const url = optionalText(e.url, 'url', 2000);
      if (url && !/^https?:\/\//i.test(url)) throw invalid('url: must start with http:// or https://');
      if (e.targetId && !isUuid(e.targetId)) throw invalid('targetId: unknown id');
      return { kind: e.kind, targetId: e.targetId ?? null, label: requiredText(e.label, 'label', 300), url };
    });
  }

  private async validateContent(tx: EntityManager, access: RevisionAccess, input: ContentInput): Promise<Content> {
    const title = requiredText(input.title, 'title', 300);
    const rationale = sanitizeRichText(input.rationale ?? '', { maxLength: 20_000 });
    const rationalePlain = richTextToPlain(rationale);
    const fieldId = uniqueIds([input.fieldOfActionId], 'fieldOfActionId')[0];
    const fieldOfAction = await tx.findOneBy(FieldOfAction, { id: fieldId, revisionId: access.revision.id });
    if (!fieldOfAction) throw invalid('fieldOfActionId: no field of action of this revision');
    const pick = async <T extends { id: string }>(ids: string[], field: string, load: () => Promise<T[]>) => {
      if (ids.length === 0) return [];
      const found = await load();
      if (found.length !== ids.length) throw invalid(`${field}: unknown id`);
      return ids.map((id) => found.find((x) => x.id === id)!);
    };
    const targetGroupIds = uniqueIds(input.targetGroupIds, 'targetGroupIds');
    const targetGroups = await pick(targetGroupIds, 'targetGroupIds', () =>
      tx.findBy(TargetGroup, { id: In(targetGroupIds), revisionId: access.revision.id }),
    );
    const allMunicipalities = input.allMunicipalities !== false;
    const municipalityIds = allMunicipalities ? [] : uniqueIds(input.municipalityIds, 'municipalityIds');
    if (!allMunicipalities && municipalityIds.length === 0) throw invalid('municipalityIds: choose at least one');
    const municipalities = await pick(municipalityIds, 'municipalityIds', () =>
      tx.findBy(Municipality, { id: In(municipalityIds), regionId: access.regionId }),
    );
    const organisationIds = uniqueIds(input.organisationIds, 'organisationIds');
    const organisations = await pick(organisationIds, 'organisationIds', () =>
      tx.findBy(Organisation, { id: In(organisationIds), regionId: access.regionId }),
    );
    const timeHorizon = input.timeHorizon ?? null;
    if (timeHorizon && !Object.values(TimeHorizon).includes(timeHorizon)) throw invalid('timeHorizon: unknown');
    return {
      fieldOfAction,
      title,
      rationale,
      rationalePlain,
      targetGroups,
      allMunicipalities,
      municipalities,
      organisations,
      timeHorizon,
      resources: optionalText(input.resources, 'resources', 5000),
      indicators: optionalText(input.indicators, 'indicators', 5000),
    };
  }
}
