import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ExportFormat, TABULAR_EXPORT_FORMATS } from '@konzeptwerk/contracts';
import { Actor, DataExport, JOB_ENQUEUER, invalid, isUuid, notFound, type JobEnqueuer } from '@konzeptwerk/platform';
import { revisionAccess } from '../access';
import { enqueueAfterCommit, recordExportRequest } from './export-runtime';
import { RECOMMENDATIONS_EXPORT_KIND, RecommendationExportJob } from './recommendation-export.job';

const LIST_LIMIT = 20;

@Injectable()
export class RecommendationExportService {
  private readonly logger = new Logger('RecommendationExport');

  constructor(
    private readonly db: DataSource,
    @Inject(JOB_ENQUEUER) private readonly enqueuer: JobEnqueuer,
  ) {}

  /**
   * Starts building a file with every recommendation of the revision (coordinators of its region).
   * The row and its audit entry commit first, then the job is enqueued; should that fail, the export stays
   * QUEUED and the worker's sweep enqueues it within a minute.
   */
  async requestExport(actor: Actor, revisionId: string, format: ExportFormat): Promise<DataExport> {
    const created = await this.db.transaction(async (tx) => {
      const access = await revisionAccess(tx, actor, revisionId);
      access.requireCoordinator();
      if (!TABULAR_EXPORT_FORMATS.includes(format)) throw invalid('format: CSV or XLSX');
      return recordExportRequest(tx, {
        kind: RECOMMENDATIONS_EXPORT_KIND,
        format,
        regionId: access.regionId,
        revisionId: access.revision.id,
        requestedById: access.userId,
      });
    });
    await enqueueAfterCommit(this.enqueuer, RecommendationExportJob.jobName, created.id, this.logger);
    return created;
  }

  /** An export for the person who requested it or a coordinator of its region; NOT_FOUND for everyone else. */
  async getExport(actor: Actor, id: string): Promise<DataExport> {
    const userId = actor.requireUser();
    const row = isUuid(id) ? await this.db.getRepository(DataExport).findOneBy({ id }) : null;
    if (!row || (row.requestedById !== userId && !actor.isCoordinatorOf(row.regionId))) throw notFound();
    return row;
  }

  /** The latest exports of a revision's recommendations, newest first (coordinators). */
  async exportsOfRevision(actor: Actor, revisionId: string): Promise<DataExport[]> {
    const access = await revisionAccess(this.db.manager, actor, revisionId);
    access.requireCoordinator();
    return this.db.getRepository(DataExport).find({
      where: { revisionId: access.revision.id, kind: RECOMMENDATIONS_EXPORT_KIND },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: LIST_LIMIT,
    });
  }
}
