import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  AdoptionResult,
  ExportFormat,
  ExportStatus,
  RecommendationStatus,
  ReviewRoundStatus,
} from '@konzeptwerk/contracts';
import {
  type Actor,
  audit,
  DataExport,
  DomainError,
  invalid,
  isUuid,
  JOB_ENQUEUER,
  notFound,
  optionalText,
  requiredText,
  type JobEnqueuer,
} from '@konzeptwerk/platform';
import { enqueueAfterCommit, recordExportRequest, revisionAccess } from '@konzeptwerk/recommendations';
import {
  ConceptDraft,
  ConceptPublication,
  DraftVersion,
  ReviewRound,
  type PublishedRecommendation,
} from './concept.entity';

export const CONCEPT_DOCUMENT_KIND = 'concept-document';
export const CONCEPT_DOCUMENT_JOB = 'export.concept-document';
/** Every format the published concept is offered in; each is built once per final version. */
export const CONCEPT_DOCUMENT_FORMATS = [
  ExportFormat.PDF,
  ExportFormat.DOCX,
  ExportFormat.JSON,
  ExportFormat.CSV,
] as const;

export interface AdoptionFields {
  body: string;
  /** YYYY-MM-DD */
  date: string;
  reference: string;
  result: AdoptionResult;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The agreed recommendations of a revision with their field, target groups and municipalities, in reference order. */
export async function agreedRecommendations(
  manager: EntityManager,
  revisionId: string,
): Promise<PublishedRecommendation[]> {
  const rows = (await manager.query(
    `SELECT r.reference, r.title, r.rationale, r.time_horizon, r.resources, r.indicators, r.all_municipalities,
            f.id AS field_id, f.code AS field_code, f.title AS field_title,
            coalesce((SELECT jsonb_agg(jsonb_build_object('id', t.id, 'name', t.name) ORDER BY t.position, t.name)
                        FROM recommendation_target_group rt JOIN target_group t ON t.id = rt.target_group_id
                       WHERE rt.recommendation_id = r.id), '[]') AS target_groups,
            coalesce((SELECT jsonb_agg(m.name ORDER BY m.name) FROM recommendation_municipality rm
                        JOIN municipality m ON m.id = rm.municipality_id WHERE rm.recommendation_id = r.id), '[]') AS municipalities
       FROM recommendation r JOIN field_of_action f ON f.id = r.field_of_action_id
      WHERE r.revision_id = $1 AND r.status = $2
      ORDER BY f.position, r.number`,
    [revisionId, RecommendationStatus.AGREED],
  )) as {
    reference: string;
    title: string;
    rationale: string;
    time_horizon: string | null;
    resources: string | null;
    indicators: string | null;
    all_municipalities: boolean;
    field_id: string;
    field_code: string;
    field_title: string;
    target_groups: { id: string; name: string }[];
    municipalities: string[];
  }[];
  return rows.map((r) => ({
    reference: r.reference,
    title: r.title,
    fieldOfAction: { id: r.field_id, code: r.field_code, title: r.field_title },
    targetGroups: r.target_groups,
    municipalities: r.all_municipalities ? null : r.municipalities,
    rationale: r.rationale,
    timeHorizon: r.time_horizon,
    resources: r.resources,
    indicators: r.indicators,
  }));
}

/**
 * Finalisation and publication: a coordinator makes a version final (all
 * review rounds closed, or an override with its reason), records the body's
 * resolution, and publishes the adopted concept; its documents (PDF, DOCX,
 * JSON, CSV) are then built by jobs, once per final version, and served from
 * storage. The published concept is read without signing in.
 */
@Injectable()
export class PublicationService {
  private readonly logger = new Logger('Publication');

  constructor(
    private readonly db: DataSource,
    @Inject(JOB_ENQUEUER) private readonly enqueuer: JobEnqueuer,
  ) {}

  async publication(actor: Actor, revisionId: string): Promise<ConceptPublication | null> {
    const access = await revisionAccess(this.db.manager, actor, revisionId);
    return this.db.getRepository(ConceptPublication).findOneBy({ revisionId: access.revision.id });
  }

  async finalise(actor: Actor, versionId: string, overrideReason: string | null): Promise<ConceptPublication> {
    return this.db.transaction(async (tx) => {
      const version = isUuid(versionId) ? await tx.findOneBy(DraftVersion, { id: versionId }) : null;
      if (!version) throw notFound();
      const draft = await tx.findOneOrFail(ConceptDraft, {
        where: { id: version.draftId },
        lock: { mode: 'pessimistic_write' },
      });
      const access = await revisionAccess(tx, actor, draft.revisionId);
      access.requireCoordinator();
      const existing = await tx.findOneBy(ConceptPublication, { revisionId: draft.revisionId });
      if (existing?.publishedAt)
        throw new DomainError('STATUS_TRANSITION_INVALID', { status: { de: 'veröffentlicht', en: 'published' } });
      const open = await tx.find(ReviewRound, {
        where: { draftId: draft.id, status: ReviewRoundStatus.OPEN },
        order: { number: 'ASC' },
      });
      const reason = optionalText(overrideReason, 'overrideReason', 2000);
      if (open.length && !reason)
        throw new DomainError('ROUNDS_OPEN', { rounds: open.map((r) => r.number).join(', ') });
      const recommendations = await agreedRecommendations(tx, draft.revisionId);
      const values = {
        versionId: version.id,
        title: draft.title,
        finalisedAt: new Date(),
        finalisedById: access.userId,
        overrideReason: open.length ? reason : null,
        recommendations,
        // A different version needs its own resolution.
        ...(existing && existing.versionId !== version.id
          ? { adoptionBody: null, adoptionDate: null, adoptionReference: null, adoptionResult: null }
          : {}),
      };
      const saved = existing
        ? await tx.save(Object.assign(existing, values))
        : await tx.save(tx.create(ConceptPublication, { revisionId: draft.revisionId, ...values }));
      await audit(tx, {
        regionId: access.regionId,
        revisionId: draft.revisionId,
        actorId: access.userId,
        action: 'concept.finalised',
        entityType: 'ConceptPublication',
        entityId: saved.id,
        before: existing ? { versionId: existing.versionId } : null,
        after: {
          version: version.number,
          openRounds: open.map((r) => r.number),
          overrideReason: saved.overrideReason,
          recommendations: recommendations.length,
        },
      });
      return saved;
    });
  }

  async recordAdoption(
    actor: Actor,
    publicationId: string,
    version: number,
    input: AdoptionFields,
  ): Promise<ConceptPublication> {
    return this.db.transaction(async (tx) => {
      const { publication, access } = await this.coordinate(tx, actor, publicationId);
      if (publication.version !== version) throw new DomainError('VERSION_CONFLICT');
      if (publication.publishedAt)
        throw new DomainError('STATUS_TRANSITION_INVALID', { status: { de: 'veröffentlicht', en: 'published' } });
      if (!ISO_DAY.test(input.date) || Number.isNaN(Date.parse(`${input.date}T00:00:00Z`)))
        throw invalid('date: a day as YYYY-MM-DD');
      if (!Object.values(AdoptionResult).includes(input.result)) throw invalid('result');
      const before = {
        body: publication.adoptionBody,
        date: publication.adoptionDate,
        reference: publication.adoptionReference,
        result: publication.adoptionResult,
      };
      publication.adoptionBody = requiredText(input.body, 'body', 200);
      publication.adoptionDate = input.date;
      publication.adoptionReference = requiredText(input.reference, 'reference', 200);
      publication.adoptionResult = input.result;
      const saved = await tx.save(publication);
      await audit(tx, {
        regionId: access.regionId,
        revisionId: publication.revisionId,
        actorId: access.userId,
        action: 'concept.adoption.recorded',
        entityType: 'ConceptPublication',
        entityId: publication.id,
        before,
        after: {
          body: saved.adoptionBody,
          date: saved.adoptionDate,
          reference: saved.adoptionReference,
          result: saved.adoptionResult,
        },
      });
      return saved;
    });
  }

  /** Publishes the adopted concept and starts building its documents. */
  async publish(actor: Actor, publicationId: string, version: number): Promise<ConceptPublication> {
    const published = await this.db.transaction(async (tx) => {
      const { publication, access } = await this.coordinate(tx, actor, publicationId);
      if (publication.version !== version) throw new DomainError('VERSION_CONFLICT');
      if (
        publication.adoptionResult !== AdoptionResult.ADOPTED &&
        publication.adoptionResult !== AdoptionResult.ADOPTED_WITH_CHANGES
      )
        throw new DomainError('NOT_ADOPTED');
      if (publication.publishedAt) return publication;
      publication.publishedAt = new Date();
      const saved = await tx.save(publication);
      await audit(tx, {
        regionId: access.regionId,
        revisionId: publication.revisionId,
        actorId: access.userId,
        action: 'concept.published',
        entityType: 'ConceptPublication',
        entityId: publication.id,
        after: { versionId: publication.versionId, publishedAt: saved.publishedAt!.toISOString() },
      });
      return saved;
    });
    await this.requestDocuments(actor, published.id);
    return published;
  }

  /**
   * Makes sure each format of the final version has an export that is waiting, running or done: one file per
   * version and format, built once. A failed one is requested again. Coordinators.
   */
  async requestDocuments(actor: Actor, publicationId: string): Promise<DataExport[]> {
    const created: DataExport[] = [];
    await this.db.transaction(async (tx) => {
      const { publication, access } = await this.coordinate(tx, actor, publicationId, true);
      const existing = await tx.find(DataExport, {
        where: {
          kind: CONCEPT_DOCUMENT_KIND,
          subjectId: publication.versionId,
          status: In([ExportStatus.QUEUED, ExportStatus.RUNNING, ExportStatus.DONE]),
        },
      });
      for (const format of CONCEPT_DOCUMENT_FORMATS) {
        if (existing.some((e) => e.format === format)) continue;
        created.push(
          await recordExportRequest(tx, {
            kind: CONCEPT_DOCUMENT_KIND,
            format,
            regionId: access.regionId,
            revisionId: publication.revisionId,
            subjectId: publication.versionId,
            requestedById: access.userId,
          }),
        );
      }
    });
    for (const e of created) await enqueueAfterCommit(this.enqueuer, CONCEPT_DOCUMENT_JOB, e.id, this.logger);
    return created;
  }

  /** The documents of the publication's final version, newest first per format (coordinators). */
  async documents(actor: Actor, publicationId: string): Promise<DataExport[]> {
    const { publication } = await this.coordinate(this.db.manager, actor, publicationId);
    return this.db.getRepository(DataExport).find({
      where: { kind: CONCEPT_DOCUMENT_KIND, subjectId: publication.versionId },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
  }

  // ------------------------------------------------------------------ public

  /** Every published concept, newest first: what the public start page lists. */
  async publishedConcepts(): Promise<{ revisionId: string; title: string; regionName: string; publishedAt: Date }[]> {
    const rows = (await this.db.query(
      `SELECT p.revision_id, p.title, rg.name AS region_name, p.published_at
         FROM concept_publication p
         JOIN concept_revision rev ON rev.id = p.revision_id JOIN region rg ON rg.id = rev.region_id
        WHERE p.published_at IS NOT NULL ORDER BY p.published_at DESC`,
    )) as { revision_id: string; title: string; region_name: string; published_at: Date }[];
    return rows.map((r) => ({
      revisionId: r.revision_id,
      title: r.title,
      regionName: r.region_name,
      publishedAt: r.published_at,
    }));
  }

  /** A published concept with its final version; NOT_FOUND for anything not published. */
  async publishedConcept(
    revisionId: string,
  ): Promise<{ publication: ConceptPublication; version: DraftVersion; title: string; regionName: string }> {
    const publication = isUuid(revisionId)
      ? await this.db.getRepository(ConceptPublication).findOneBy({ revisionId })
      : null;
    if (!publication?.publishedAt) throw notFound();
    const version = await this.db.getRepository(DraftVersion).findOneByOrFail({ id: publication.versionId });
    const [{ region_name }] = (await this.db.query(
      `SELECT rg.name AS region_name FROM concept_revision rev JOIN region rg ON rg.id = rev.region_id WHERE rev.id = $1`,
      [publication.revisionId],
    )) as { region_name: string }[];
    return { publication, version, title: publication.title, regionName: region_name };
  }

  /** The finished documents of a published concept, one per format (public). */
  async publicDocuments(revisionId: string): Promise<DataExport[]> {
    const { publication } = await this.publishedConcept(revisionId);
    const done = await this.db.getRepository(DataExport).find({
      where: { kind: CONCEPT_DOCUMENT_KIND, subjectId: publication.versionId, status: ExportStatus.DONE },
      order: { finishedAt: 'ASC' },
    });
    return CONCEPT_DOCUMENT_FORMATS.map((f) => done.find((d) => d.format === f)).filter((d): d is DataExport => !!d);
  }

  /** A finished document's file, for everyone once published; never a partial file (the content is stored with DONE). */
  async publicFile(
    revisionId: string,
    format: ExportFormat,
  ): Promise<{ content: Buffer; contentType: string; fileName: string }> {
    const { publication } = await this.publishedConcept(revisionId);
    const row = await this.db
      .getRepository(DataExport)
      .createQueryBuilder('e')
      .addSelect('e.content')
      .where('e.kind = :kind AND e.subject_id = :subject AND e.format = :format AND e.status = :done', {
        kind: CONCEPT_DOCUMENT_KIND,
        subject: publication.versionId,
        format,
        done: ExportStatus.DONE,
      })
      .orderBy('e.finished_at', 'ASC')
      .getOne();
    if (!row?.content) throw new DomainError('NOT_FOUND');
    return { content: row.content, contentType: row.contentType!, fileName: row.fileName! };
  }

  private async coordinate(manager: EntityManager, actor: Actor, publicationId: string, lock = false) {
    const publication = isUuid(publicationId)
      ? await manager.findOne(ConceptPublication, {
          where: { id: publicationId },
          ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
        })
      : null;
    if (!publication) throw notFound();
    const access = await revisionAccess(manager, actor, publication.revisionId);
    access.requireCoordinator();
    return { publication, access };
  }
}
