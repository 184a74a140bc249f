import { publicUrl } from '@konzeptwerk/identity';

/** Path of the feasibility page of a revision in the web app (German paths, like every route there). */
export const feasibilityPath = (revisionId: string) => `/fortschreibungen/${revisionId}/umsetzbarkeit`;

// Deadlines are instants; people read them in the time zone of the counties the platform serves.
const TIME_ZONE = 'Europe/Berlin';
const DE_DATE = new Intl.DateTimeFormat('de-DE', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const DE_TIME = new Intl.DateTimeFormat('de-DE', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' });
const EN_DATE = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** "14.03.2026, 23:59 Uhr" */
export const germanDeadline = (at: Date) => `${DE_DATE.format(at)}, ${DE_TIME.format(at)} Uhr`;
const englishDeadline = (at: Date) => `${EN_DATE.format(at)}, ${DE_TIME.format(at)} (German time)`;

export interface MailRecommendation {
  reference: string;
  title: string;
}

const list = (items: MailRecommendation[]) => items.map((r) => `- ${r.reference} „${r.title}“`);
const listEn = (items: MailRecommendation[]) => items.map((r) => `- ${r.reference} “${r.title}”`);

/** People reached only through the organisation's contact address have no account yet. */
const withoutAccount = (hasAccount: boolean) =>
  hasAccount
    ? []
    : [
        'Sie erhalten diese Nachricht über die Kontaktadresse Ihrer Organisation. Für eine Rückmeldung auf der Plattform braucht es ein Konto: Bitte wenden Sie sich dafür an die Koordination.',
        '',
      ];
const withoutAccountEn = (hasAccount: boolean) =>
  hasAccount
    ? []
    : ['This message went to your organisation’s contact address; to answer, ask the coordinators for an account.'];

export function feasibilityRequestMail(opts: {
  revisionId: string;
  revisionTitle: string;
  regionName: string;
  organisationName: string;
  coordinatorName: string;
  recommendations: MailRecommendation[];
  deadline: Date;
  message: string | null;
  hasAccount: boolean;
}) {
  const link = publicUrl() + feasibilityPath(opts.revisionId);
  const n = opts.recommendations.length;
  const deadline = germanDeadline(opts.deadline);
  return {
    subject: `Umsetzbarkeitsprüfung: ${n === 1 ? '1 Handlungsempfehlung' : `${n} Handlungsempfehlungen`} bis ${DE_DATE.format(opts.deadline)}`,
    textBody: [
      'Guten Tag,',
      '',
      `${opts.coordinatorName} (Koordination, ${opts.regionName}) bittet ${opts.organisationName} um eine Einschätzung, ob die folgenden Handlungsempfehlungen aus „${opts.revisionTitle}“ für Ihre Organisation umsetzbar sind:`,
      '',
      ...list(opts.recommendations),
      '',
      `Bitte antworten Sie bis zum ${deadline}: umsetzbar, umsetzbar mit Bedingungen oder nicht umsetzbar (bei den beiden letzten mit einer kurzen Begründung).`,
      ...(opts.message ? ['', 'Nachricht der Koordination:', opts.message] : []),
      '',
      link,
      '',
      ...withoutAccount(opts.hasAccount),
      '---',
      `${opts.coordinatorName} asks ${opts.organisationName} whether the following recommendations of “${opts.revisionTitle}” (${opts.regionName}) are feasible for your organisation:`,
      ...listEn(opts.recommendations),
      `Please answer by ${englishDeadline(opts.deadline)}: feasible, feasible with conditions or not feasible (with a short reason for the latter two).`,
      ...withoutAccountEn(opts.hasAccount),
      link,
    ].join('\n'),
  };
}

export function feasibilityReminderMail(opts: {
  revisionId: string;
  revisionTitle: string;
  organisationName: string;
  recommendations: MailRecommendation[];
  deadline: Date;
  hasAccount: boolean;
}) {
  const link = publicUrl() + feasibilityPath(opts.revisionId);
  const deadline = germanDeadline(opts.deadline);
  return {
    subject: `Erinnerung: Umsetzbarkeitsprüfung bis ${DE_DATE.format(opts.deadline)}`,
    textBody: [
      'Guten Tag,',
      '',
      `zu folgenden Handlungsempfehlungen aus „${opts.revisionTitle}“ steht die Rückmeldung von ${opts.organisationName} noch aus:`,
      '',
      ...list(opts.recommendations),
      '',
      `Die Frist endet am ${deadline}. Bitte geben Sie Ihre Einschätzung bis dahin ab:`,
      '',
      link,
      '',
      ...withoutAccount(opts.hasAccount),
      '---',
      `Reminder: ${opts.organisationName} has not yet answered on the following recommendations of “${opts.revisionTitle}”:`,
      ...listEn(opts.recommendations),
      `The deadline is ${englishDeadline(opts.deadline)}.`,
      ...withoutAccountEn(opts.hasAccount),
      link,
    ].join('\n'),
  };
}
