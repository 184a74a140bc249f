import { publicUrl } from '@konzeptwerk/identity';
import { calendarEvent, type MailAttachment } from '@konzeptwerk/notifications';

/** Path of the cancellation page in the web app; the token comes from the mail, never from a list. */
export const cancellationPath = (token: string) => `/konferenz/abmelden?token=${encodeURIComponent(token)}`;

const TIME_ZONE = 'Europe/Berlin';
const DE_DAY = new Intl.DateTimeFormat('de-DE', {
  timeZone: TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const EN_DAY = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const TIME = new Intl.DateTimeFormat('de-DE', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' });

/** "Mittwoch, 11. März 2026, 09:00–16:00 Uhr" */
export const germanWhen = (start: Date, end: Date) =>
  `${DE_DAY.format(start)}, ${TIME.format(start)}–${TIME.format(end)} Uhr`;
const englishWhen = (start: Date, end: Date) =>
  `${EN_DAY.format(start)}, ${TIME.format(start)}–${TIME.format(end)} (German time)`;

export interface MailConference {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  venue: string;
  address: string | null;
}

/** What a registration mail is about. */
export type RegistrationMailKind = 'confirmed' | 'waitlisted' | 'promoted' | 'cancelled';

const SUBJECTS: Record<RegistrationMailKind, (title: string) => string> = {
  confirmed: (t) => `Anmeldung bestätigt: ${t} / Registration confirmed`,
  waitlisted: (t) => `Warteliste: ${t} / Waiting list`,
  promoted: (t) => `Ein Platz ist frei geworden: ${t} / A place has become free`,
  cancelled: (t) => `Abmeldung bestätigt: ${t} / Cancellation confirmed`,
};

/** The calendar entry: one per registration (its id is the UID), cancelled with the registration. */
export function conferenceCalendar(conference: MailConference, registrationId: string, cancelled: boolean) {
  return calendarEvent({
    uid: `registration-${registrationId}@konzeptwerk`,
    start: conference.startsAt,
    end: conference.endsAt,
    summary: conference.title,
    location: [conference.venue, conference.address].filter(Boolean).join(', '),
    url: `${publicUrl()}/konferenz/${conference.id}`,
    sequence: cancelled ? 1 : 0,
    cancelled,
  });
}

/**
 * The mail for each step of a registration, in German with an English
 * version below. Confirmations and moving up carry the calendar file;
 * the cancellation carries its cancelling counterpart.
 */
export function registrationMail(opts: {
  kind: RegistrationMailKind;
  conference: MailConference;
  registrationId: string;
  name: string;
  cancelToken: string | null;
  waitlistPosition?: number;
}): { subject: string; textBody: string; attachments: MailAttachment[] } {
  const { kind, conference: c } = opts;
  const where = [c.venue, c.address].filter(Boolean).join(', ');
  const cancelLink = opts.cancelToken ? publicUrl() + cancellationPath(opts.cancelToken) : null;
  const de: string[] = [`Guten Tag ${opts.name},`, ''];
  const en: string[] = [`Dear ${opts.name},`, ''];
  switch (kind) {
    case 'confirmed':
      de.push(`Ihre Anmeldung zur Veranstaltung „${c.title}“ ist bestätigt.`);
      en.push(`your registration for “${c.title}” is confirmed.`);
      break;
    case 'promoted':
      de.push(`Ein Platz ist frei geworden: Ihre Anmeldung zur Veranstaltung „${c.title}“ ist jetzt bestätigt.`);
      en.push(`A place has become free: your registration for “${c.title}” is now confirmed.`);
      break;
    case 'waitlisted':
      de.push(
        `Die Veranstaltung „${c.title}“ ist ausgebucht. Sie stehen auf Platz ${opts.waitlistPosition} der Warteliste; wird ein Platz frei, rücken Sie automatisch nach und erhalten eine E-Mail.`,
      );
      en.push(
        `“${c.title}” is fully booked. You are number ${opts.waitlistPosition} on the waiting list; when a place becomes free you move up automatically and receive an e-mail.`,
      );
      break;
    case 'cancelled':
      de.push(
        `Sie haben sich von der Veranstaltung „${c.title}“ abgemeldet. Ihre Angaben zur Anmeldung sind gelöscht.`,
      );
      en.push(`You have cancelled your registration for “${c.title}”. Your registration details have been deleted.`);
      break;
  }
  const page = publicUrl() + `/konferenz/${c.id}`;
  de.push('', `Wann: ${germanWhen(c.startsAt, c.endsAt)}`, `Wo: ${where}`, `Alle Angaben: ${page}`);
  en.push('', `When: ${englishWhen(c.startsAt, c.endsAt)}`, `Where: ${where}`, `Details: ${page}`);
  if (kind !== 'cancelled') {
    de.push('', 'Den Termin finden Sie als Kalenderdatei im Anhang.');
    en.push('', 'The attached calendar file adds the date to your calendar.');
  }
  if (cancelLink) {
    de.push(
      '',
      'Wenn Sie nicht teilnehmen können, melden Sie sich bitte hier ab, damit jemand nachrücken kann:',
      cancelLink,
    );
    en.push('', 'If you cannot come, please cancel here so that someone else can take your place:', cancelLink);
  }
  const textBody = [...de, '', '— English —', '', ...en].join('\n');
  const calendar = conferenceCalendar(c, opts.registrationId, kind === 'cancelled');
  const attachments: MailAttachment[] =
    kind === 'waitlisted'
      ? []
      : [
          {
            filename: 'integrationskonferenz.ics',
            contentType: `text/calendar; method=${kind === 'cancelled' ? 'CANCEL' : 'PUBLISH'}; charset=UTF-8`,
            content: calendar,
          },
        ];
  return { subject: SUBJECTS[kind](c.title), textBody, attachments };
}
