// Types only: @konzeptwerk/database imports this library and @konzeptwerk/jobs imports the database,
// so a value import from jobs would close a cycle.
import type { JobContribution, JobHandler, JobQueues } from '@konzeptwerk/jobs';
import type { DataSource } from 'typeorm';
import { publicUrl } from '@konzeptwerk/identity';
import { claimReminder, enqueueMail, notify } from '@konzeptwerk/notifications';

const SWEEP_EVERY_MS = 6 * 60 * 60 * 1000;

/** Offers not confirmed for this long are asked about. */
const CONFIRM_AFTER_DAYS = 330;

/** One request per offer and calendar year: running the job again in the same year asks nothing more. */
export const offerConfirmationKey = (offerId: string, year: number) => `offer-confirm:${offerId}:${year}`;

/**
 * `offer.confirm`: asks the providers of offers not confirmed for about a year to confirm or update them —
 * by mail to the offer's contact address and, in the app, to the members of the providing organisation.
 * Exactly once per offer and calendar year: the key is claimed in the same transaction as the mail.
 */
export class OfferConfirmationJob implements JobHandler<Record<string, never>> {
  static readonly jobName = 'offer.confirm';
  readonly queue = 'reminders' as const;
  readonly name = OfferConfirmationJob.jobName;

  static async schedule(queues: JobQueues, everyMs = SWEEP_EVERY_MS): Promise<void> {
    await queues
      .get('reminders')
      .upsertJobScheduler(
        OfferConfirmationJob.jobName,
        { every: everyMs },
        { name: OfferConfirmationJob.jobName, data: {}, opts: { removeOnComplete: true, removeOnFail: true } },
      );
  }

  constructor(
    private readonly db: DataSource,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** How many offers were asked about. */
  async handle(): Promise<number> {
    const now = this.now();
    const year = now.getUTCFullYear();
    const due = (await this.db.query(
      `SELECT o.id FROM offer o
        WHERE o.confirmed_at < $1::timestamptz - make_interval(days => $2)
          AND NOT EXISTS (SELECT 1 FROM reminder_log l WHERE l.key = 'offer-confirm:' || o.id || ':' || $3::text)
        ORDER BY o.confirmed_at`,
      [now.toISOString(), CONFIRM_AFTER_DAYS, String(year)],
    )) as { id: string }[];
    let asked = 0;
    for (const { id } of due) {
      const sent = await this.db.transaction(async (tx) => {
        if (!(await claimReminder(tx, offerConfirmationKey(id, year)))) return false;
        const [offer] = (await tx.query(
          `SELECT o.id, o.title, o.revision_id, o.organisation_id, o.contact_email, o.confirmed_at, org.name AS provider,
                  org.contact_email AS org_email, rev.region_id
             FROM offer o JOIN organisation org ON org.id = o.organisation_id JOIN concept_revision rev ON rev.id = o.revision_id
            WHERE o.id = $1`,
          [id],
        )) as {
          id: string;
          title: string;
          revision_id: string;
          organisation_id: string;
          contact_email: string | null;
          org_email: string | null;
          confirmed_at: Date;
          provider: string;
          region_id: string;
        }[];
        if (!offer) return false;
        const link = `${publicUrl()}/fortschreibungen/${offer.revision_id}/angebote`;
        const recipient = offer.contact_email ?? offer.org_email;
        if (recipient)
          await enqueueMail(tx, {
            regionId: offer.region_id,
            kind: 'offer-confirmation',
            recipient,
            subject: `Bitte bestätigen: „${offer.title}“ im Wegweiser Integration`,
            textBody: [
              'Guten Tag,',
              '',
              `das Angebot „${offer.title}“ von ${offer.provider} steht im Wegweiser Integration. Seit über einem Jahr hat niemand bestätigt, dass die Angaben noch stimmen.`,
              'Bitte prüfen Sie den Eintrag und bestätigen oder ändern Sie ihn:',
              '',
              link,
              '',
              '---',
              `The offer “${offer.title}” of ${offer.provider} in the Wegweiser Integration has not been confirmed for over a year. Please check and confirm or update it:`,
              link,
            ].join('\n'),
          });
        const members = (await tx.query(
          `SELECT DISTINCT account_id FROM revision_membership WHERE revision_id = $1 AND organisation_id = $2`,
          [offer.revision_id, offer.organisation_id],
        )) as { account_id: string }[];
        await notify(
          tx,
          members.map((m) => m.account_id),
          {
            regionId: offer.region_id,
            kind: 'offer.confirm',
            params: { offerId: offer.id, title: offer.title, confirmedAt: offer.confirmed_at.toISOString() },
            link: `/fortschreibungen/${offer.revision_id}/angebote`,
          },
        );
        return true;
      });
      if (sent) asked++;
    }
    return asked;
  }
}

/** The inventory's share of the worker: the yearly confirmation requests, checked every six hours. */
export const inventoryJobs: JobContribution = async ({ db, queues }) => {
  await OfferConfirmationJob.schedule(queues);
  return [new OfferConfirmationJob(db)];
};
