import { publicUrl } from '@konzeptwerk/identity';
import { germanDeadline } from '@konzeptwerk/recommendations';

/** The round's page in the web app, where reviewers read, comment and give their statement. */
export const reviewPath = (revisionId: string, roundId: string) =>
  `/fortschreibungen/${revisionId}/abstimmung/${roundId}`;

const EN_DEADLINE = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Berlin',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

export function reviewInvitationMail(opts: {
  revisionId: string;
  roundId: string;
  revisionTitle: string;
  municipalityName: string;
  versionNumber: number;
  deadline: Date;
}) {
  const link = publicUrl() + reviewPath(opts.revisionId, opts.roundId);
  return {
    subject: `Abstimmung: Konzeptentwurf (Fassung ${opts.versionNumber}) bis ${germanDeadline(opts.deadline)}`,
    textBody: [
      'Guten Tag,',
      '',
      `der Entwurf des Integrationskonzepts „${opts.revisionTitle}“ liegt in Fassung ${opts.versionNumber} zur Abstimmung vor. Für ${opts.municipalityName} bitten wir Sie, ihn zu lesen, Anmerkungen zu einzelnen Textstellen zu machen und eine Stellungnahme abzugeben.`,
      '',
      `Die Frist endet am ${germanDeadline(opts.deadline)}.`,
      '',
      link,
      '',
      '---',
      `Version ${opts.versionNumber} of the draft integration concept “${opts.revisionTitle}” is open for review. On behalf of ${opts.municipalityName}, please read it, comment on passages and give your statement by ${EN_DEADLINE.format(opts.deadline)} (German time).`,
      link,
    ].join('\n'),
  };
}

export function reviewReminderMail(opts: {
  revisionId: string;
  roundId: string;
  revisionTitle: string;
  municipalityName: string;
  versionNumber: number;
  deadline: Date;
}) {
  const link = publicUrl() + reviewPath(opts.revisionId, opts.roundId);
  return {
    subject: `Erinnerung: Stellungnahme zum Konzeptentwurf bis ${germanDeadline(opts.deadline)}`,
    textBody: [
      'Guten Tag,',
      '',
      `zur Fassung ${opts.versionNumber} des Konzeptentwurfs „${opts.revisionTitle}“ liegt von ${opts.municipalityName} noch keine Stellungnahme vor. Die Frist endet am ${germanDeadline(opts.deadline)}.`,
      '',
      link,
      '',
      '---',
      `Reminder: ${opts.municipalityName} has not yet given its statement on version ${opts.versionNumber} of “${opts.revisionTitle}”. The deadline is ${EN_DEADLINE.format(opts.deadline)} (German time).`,
      link,
    ].join('\n'),
  };
}
