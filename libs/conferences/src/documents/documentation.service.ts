import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DOCUMENT_EXPORT_FORMATS, ExportFormat } from '@konzeptwerk/contracts';
import {
  type Actor,
  audit,
  DataExport,
  forbidden,
  invalid,
  isUuid,
  JOB_ENQUEUER,
  notFound,
  type JobEnqueuer,
} from '@konzeptwerk/platform';
import { enqueueAfterCommit, recordExportRequest, revisionAccess } from '@konzeptwerk/recommendations';
import { Conference, ConferencePhoto, WorkshopModerator, WorkshopSession } from '../conference.entity';
import { CONFERENCE_DOCUMENTATION_KIND, ConferenceDocumentationJob } from './documentation.job';
import { inspectPhoto, MAX_CAPTION_LENGTH, MAX_PHOTO_BYTES, MAX_PHOTOS_PER_CONFERENCE } from './photos';

const LIST_LIMIT = 20;

/**
 * The conference documentation: built as PDF or DOCX by a job (progress
 * visible, file stored with the export), with the workshops' flip-chart
 * photos. Coordinators of the region request and list it; photos are added
 * by coordinators and by a workshop's moderators for their workshop.
 */
@Injectable()
export class ConferenceDocumentationService {
  private readonly logger = new Logger('ConferenceDocumentation');

  constructor(
    private readonly db: DataSource,
    @Inject(JOB_ENQUEUER) private readonly enqueuer: JobEnqueuer,
  ) {}

  async requestDocumentation(actor: Actor, conferenceId: string, format: ExportFormat): Promise<DataExport> {
    const created = await this.db.transaction(async (tx) => {
      const { conference, access } = await this.coordinate(tx, actor, conferenceId);
      if (!DOCUMENT_EXPORT_FORMATS.includes(format)) throw invalid('format: PDF or DOCX');
      return recordExportRequest(tx, {
        kind: CONFERENCE_DOCUMENTATION_KIND,
        format,
        regionId: access.regionId,
        revisionId: conference.revisionId,
        subjectId: conference.id,
        requestedById: access.userId,
      });
    });
    await enqueueAfterCommit(this.enqueuer, ConferenceDocumentationJob.jobName, created.id, this.logger);
    return created;
  }

  /** The latest documentation exports of a conference, newest first (coordinators). */
  async exports(actor: Actor, conferenceId: string): Promise<DataExport[]> {
    const { conference } = await this.coordinate(this.db.manager, actor, conferenceId);
    return this.db.getRepository(DataExport).find({
      where: { subjectId: conference.id, kind: CONFERENCE_DOCUMENTATION_KIND },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: LIST_LIMIT,
    });
  }

  /** The photos of a conference: all for coordinators, their workshops' for moderators. */
  async photos(actor: Actor, conferenceId: string): Promise<ConferencePhoto[]> {
    const conference = isUuid(conferenceId) ? await this.db.manager.findOneBy(Conference, { id: conferenceId }) : null;
    if (!conference) throw notFound();
    const access = await revisionAccess(this.db.manager, actor, conference.revisionId);
    const all = await this.db.getRepository(ConferencePhoto).find({
      where: { conferenceId: conference.id },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    if (access.isCoordinator) return all;
    const moderated = new Set(
      (
        await this.db
          .getRepository(WorkshopModerator)
          .find({ where: { accountId: access.userId }, select: { sessionId: true } })
      ).map((m) => m.sessionId),
    );
    return all.filter((p) => p.sessionId && moderated.has(p.sessionId));
  }

  /**
   * Stores a photo after checking it by its bytes (JPEG or PNG the documents can embed), its size, its caption
   * (the text alternative, required) and the conference's limit, which is counted under a lock so two uploads
   * at once cannot pass it together.
   */
  async addPhoto(
    actor: Actor,
    conferenceId: string,
    input: { sessionId: string | null; caption: string; bytes: Buffer },
  ): Promise<ConferencePhoto> {
    return this.db.transaction(async (tx) => {
      const conference = isUuid(conferenceId)
        ? await tx.findOne(Conference, { where: { id: conferenceId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!conference) throw notFound();
      const access = await revisionAccess(tx, actor, conference.revisionId);
      const sessionId = input.sessionId || null;
      if (sessionId) {
        const session = isUuid(sessionId) ? await tx.findOneBy(WorkshopSession, { id: sessionId }) : null;
        if (!session || session.conferenceId !== conference.id)
          throw invalid('sessionId: not a workshop of this conference');
      }
      if (!(await this.mayManage(tx, access.isCoordinator, access.userId, sessionId))) throw forbidden();
      const caption = input.caption.trim();
      if (!caption) throw invalid('caption: required, it is what people who cannot see the photo read');
      if (caption.length > MAX_CAPTION_LENGTH) throw invalid(`caption: at most ${MAX_CAPTION_LENGTH} characters`);
      if (input.bytes.length > MAX_PHOTO_BYTES) throw invalid(`file: at most ${MAX_PHOTO_BYTES / 1024 / 1024} MB`);
      const info = inspectPhoto(input.bytes);
      if (!info) throw invalid('file: a JPEG or PNG photo');
      if ((await tx.countBy(ConferencePhoto, { conferenceId: conference.id })) >= MAX_PHOTOS_PER_CONFERENCE)
        throw invalid(`file: at most ${MAX_PHOTOS_PER_CONFERENCE} photos per conference`);
      const photos = tx.getRepository(ConferencePhoto);
      const saved = await photos.save(
        photos.create({
          conferenceId: conference.id,
          sessionId,
          caption,
          content: input.bytes,
          contentType: info.contentType,
          byteSize: input.bytes.length,
          width: info.width,
          height: info.height,
          uploadedById: access.userId,
        }),
      );
      await audit(tx, {
        regionId: access.regionId,
        revisionId: conference.revisionId,
        actorId: access.userId,
        action: 'conference.photo.added',
        entityType: 'ConferencePhoto',
        entityId: saved.id,
        after: { sessionId, caption, byteSize: saved.byteSize },
      });
      delete saved.content;
      return saved;
    });
  }

  async deletePhoto(actor: Actor, photoId: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const { photo, access } = await this.photoAccess(tx, actor, photoId);
      await tx.delete(ConferencePhoto, { id: photo.id });
      await audit(tx, {
        regionId: access.regionId,
        revisionId: access.revision.id,
        actorId: access.userId,
        action: 'conference.photo.deleted',
        entityType: 'ConferencePhoto',
        entityId: photo.id,
        before: { sessionId: photo.sessionId, caption: photo.caption },
      });
      return true;
    });
  }

  /** The photo's bytes for those who may see it; NOT_FOUND for everyone else. */
  async photoFile(actor: Actor, photoId: string): Promise<{ content: Buffer; contentType: string }> {
    const { photo } = await this.photoAccess(this.db.manager, actor, photoId);
    const [{ content }] = (await this.db.query(`SELECT content FROM conference_photo WHERE id = $1`, [photo.id])) as {
      content: Buffer;
    }[];
    return { content, contentType: photo.contentType };
  }

  private async photoAccess(manager: EntityManager, actor: Actor, photoId: string) {
    actor.requireUser();
    const photo = isUuid(photoId) ? await manager.findOneBy(ConferencePhoto, { id: photoId }) : null;
    if (!photo) throw notFound();
    const conference = await manager.findOneByOrFail(Conference, { id: photo.conferenceId });
    const access = await revisionAccess(manager, actor, conference.revisionId);
    // Someone who may not manage it learns nothing about it: the same answer as for a photo that does not exist.
    if (!(await this.mayManage(manager, access.isCoordinator, access.userId, photo.sessionId))) throw notFound();
    return { photo, access };
  }

  private async mayManage(manager: EntityManager, coordinator: boolean, userId: string, sessionId: string | null) {
    if (coordinator) return true;
    return !!sessionId && manager.existsBy(WorkshopModerator, { sessionId, accountId: userId });
  }

  private async coordinate(manager: EntityManager, actor: Actor, conferenceId: string) {
    const conference = isUuid(conferenceId) ? await manager.findOneBy(Conference, { id: conferenceId }) : null;
    if (!conference) throw notFound();
    const access = await revisionAccess(manager, actor, conference.revisionId);
    access.requireCoordinator();
    return { conference, access };
  }
}
