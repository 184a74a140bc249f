// Types only: @konzeptwerk/database imports this library and @konzeptwerk/jobs imports the database,
// so a value import from jobs would close a cycle.
import type { JobContribution, JobHandler, JobQueues } from '@konzeptwerk/jobs';
import type { DataSource } from 'typeorm';
import { claimReminder, enqueueMail, notify } from '@konzeptwerk/notifications';
import { type JobEnqueuer, isUuid } from '@konzeptwerk/platform';
import { reviewPath, reviewReminderMail } from './review-mails';

export interface ReviewRemindData {
  roundId: string;
  municipalityId: string;
  /** The deadline the point belongs to (ISO): an extended deadline brings points of its own. */
  deadline: string;
  daysBefore: number;
}

const SWEEP_EVERY_MS = 60_000;

/**
 * The key of one reminder to one reviewer. It holds the municipality's deadline, so when the deadline is
 * extended the reviewers are reminded again before the new one, and never twice before the same one.
 */
export const reviewReminderKey = (point: ReviewRemindData, accountId: string) =>
  `review:${point.roundId}:${point.municipalityId}:${point.deadline}:${point.daysBefore}:${accountId}`;

/**
 * `review.sweep`: finds the reminder points that are due and enqueues `review.remind` for each. A point is
 * (round, municipality, deadline, d) for each d of the round's reminder days while the round is open, the
 * municipality's deadline lies ahead and it has given no statement. As with the feasibility reminders, only
 * the latest due point counts (no burst), a point that lay before the round started (or before the deadline
 * was set) is never due, and points whose every reviewer was reminded are left out.
 */
export class ReviewReminderSweepJob implements JobHandler<Record<string, never>> {
  static readonly jobName = 'review.sweep';
  readonly queue = 'reminders' as const;
  readonly name = ReviewReminderSweepJob.jobName;

  static async schedule(queues: JobQueues, everyMs = SWEEP_EVERY_MS): Promise<void> {
    await queues
      .get('reminders')
      .upsertJobScheduler(
        ReviewReminderSweepJob.jobName,
        { every: everyMs },
        { name: ReviewReminderSweepJob.jobName, data: {}, opts: { removeOnComplete: true, removeOnFail: true } },
      );
  }

  constructor(
    private readonly db: DataSource,
    private readonly jobs: JobEnqueuer,
  ) {}

  async duePoints(): Promise<ReviewRemindData[]> {
    const rows = (await this.db.query(
      `WITH due AS (
         SELECT r.id AS round_id, r.revision_id, m.municipality_id, m.deadline, min(d) AS days_before
           FROM review_round r
           JOIN review_municipality m ON m.round_id = r.id
           CROSS JOIN LATERAL unnest(r.reminder_days_before) AS d
          WHERE r.status = 'OPEN'
            AND m.deadline > now()
            AND m.deadline - make_interval(days => d) <= now()
            AND m.deadline - make_interval(days => d) > r.created_at
            AND NOT EXISTS (SELECT 1 FROM review_statement s WHERE s.round_id = r.id AND s.municipality_id = m.municipality_id)
          GROUP BY r.id, r.revision_id, m.municipality_id, m.deadline
       )
       SELECT DISTINCT due.round_id, due.municipality_id, due.deadline, due.days_before
         FROM due JOIN revision_membership rm
           ON rm.revision_id = due.revision_id AND rm.municipality_id = due.municipality_id AND rm.role = 'MUNICIPAL_REVIEWER'
        WHERE NOT EXISTS (SELECT 1 FROM reminder_log l
                           WHERE l.key = 'review:' || due.round_id || ':' || due.municipality_id || ':'
                                         || to_char(due.deadline AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
                                         || ':' || due.days_before || ':' || rm.account_id)
        ORDER BY due.round_id, due.municipality_id`,
    )) as { round_id: string; municipality_id: string; deadline: Date; days_before: number }[];
    return rows.map((r) => ({
      roundId: r.round_id,
      municipalityId: r.municipality_id,
      deadline: r.deadline.toISOString(),
      daysBefore: Number(r.days_before),
    }));
  }

  /** One id per point: enqueuing it again while it waits or runs is a no-op. BullMQ forbids ':' in ids. */
  static jobId(point: ReviewRemindData): string {
    return `review-remind-${point.roundId}-${point.municipalityId}-${Date.parse(point.deadline)}-${point.daysBefore}`;
  }

  async handle(): Promise<number> {
    const points = await this.duePoints();
    for (const point of points)
      await this.jobs.enqueue('reminders', ReviewRemindJob.jobName, point, {
        jobId: ReviewReminderSweepJob.jobId(point),
      });
    return points.length;
  }
}

/**
 * `review.remind`: reminds the reviewers of one municipality that its statement is due. Each reviewer's key
 * is claimed in the same transaction as the mail and the notification: running the job again sends nothing,
 * and a point whose statement came in meanwhile (or whose deadline moved) sends nothing at all.
 */
export class ReviewRemindJob implements JobHandler<ReviewRemindData> {
  static readonly jobName = 'review.remind';
  readonly queue = 'reminders' as const;
  readonly name = ReviewRemindJob.jobName;

  constructor(private readonly db: DataSource) {}

  async handle(data: ReviewRemindData): Promise<number> {
    const { roundId, municipalityId, daysBefore } = data ?? ({} as ReviewRemindData);
    if (!isUuid(roundId) || !isUuid(municipalityId) || !Number.isInteger(daysBefore)) return 0;
    return this.db.transaction(async (tx) => {
      const [point] = (await tx.query(
        `SELECT r.revision_id, r.reminder_days_before, r.status, m.deadline, mu.name AS municipality, v.number AS version,
                rev.title AS revision_title, rev.region_id,
                EXISTS (SELECT 1 FROM review_statement s WHERE s.round_id = r.id AND s.municipality_id = m.municipality_id) AS answered
           FROM review_round r
           JOIN review_municipality m ON m.round_id = r.id AND m.municipality_id = $2
           JOIN municipality mu ON mu.id = m.municipality_id
           JOIN draft_version v ON v.id = r.version_id
           JOIN concept_revision rev ON rev.id = r.revision_id
          WHERE r.id = $1
          FOR UPDATE OF m`,
        [roundId, municipalityId],
      )) as {
        revision_id: string;
        reminder_days_before: number[];
        status: string;
        deadline: Date;
        municipality: string;
        version: number;
        revision_title: string;
        region_id: string;
        answered: boolean;
      }[];
      if (
        !point ||
        point.answered ||
        point.status !== 'OPEN' ||
        point.deadline.toISOString() !== data.deadline ||
        point.deadline.getTime() <= Date.now() ||
        !point.reminder_days_before.includes(daysBefore)
      )
        return 0;
      const reviewers = (await tx.query(
        `SELECT a.id, a.email FROM revision_membership m JOIN account a ON a.id = m.account_id
          WHERE m.revision_id = $1 AND m.municipality_id = $2 AND m.role = 'MUNICIPAL_REVIEWER' ORDER BY a.id`,
        [point.revision_id, municipalityId],
      )) as { id: string; email: string }[];
      let sent = 0;
      for (const reviewer of reviewers) {
        if (!(await claimReminder(tx, reviewReminderKey(data, reviewer.id)))) continue;
        const mail = reviewReminderMail({
          revisionId: point.revision_id,
          roundId,
          revisionTitle: point.revision_title,
          municipalityName: point.municipality,
          versionNumber: point.version,
          deadline: point.deadline,
        });
        await enqueueMail(tx, {
          regionId: point.region_id,
          kind: 'review-reminder',
          recipient: reviewer.email,
          ...mail,
        });
        await notify(tx, [reviewer.id], {
          regionId: point.region_id,
          kind: 'review.reminder',
          params: { roundId, municipality: point.municipality, deadline: data.deadline, daysBefore },
          link: reviewPath(point.revision_id, roundId),
        });
        sent++;
      }
      return sent;
    });
  }
}

/** The review reminders' share of the worker: schedules the sweep, handles sweep and reminders. */
export const reviewJobs: JobContribution = async ({ db, queues }) => {
  await ReviewReminderSweepJob.schedule(queues);
  return [new ReviewReminderSweepJob(db, queues), new ReviewRemindJob(db)];
};
