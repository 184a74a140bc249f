import { publicUrl } from '@konzeptwerk/identity';
import { germanDeadline } from '@konzeptwerk/recommendations';
import { textIn } from './survey-model';
import type { Texts } from './survey.entity';

/** The personal answering page of an invitation (its link is the invitee's key). */
export const surveyAnswerPath = (token: string) => `/umfrage/${encodeURIComponent(token)}`;

const EN_DATE = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Berlin',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

interface SurveyMailFacts {
  token: string;
  title: Texts;
  language: string;
  name: string | null;
  closesAt: Date | null;
}

function body(opts: SurveyMailFacts, germanLead: string, englishLead: string) {
  const link = publicUrl() + surveyAnswerPath(opts.token);
  const own =
    opts.language !== 'de' && opts.language !== 'en' && opts.language !== 'ls'
      ? textIn(opts.title, opts.language)
      : null;
  const until = opts.closesAt
    ? [
        `Die Umfrage ist bis ${germanDeadline(opts.closesAt)} geöffnet.`,
        `Open until ${EN_DATE.format(opts.closesAt)} (German time).`,
      ]
    : ['', ''];
  return [
    opts.name ? `Guten Tag ${opts.name},` : 'Guten Tag,',
    '',
    germanLead,
    'Ihre Antworten werden beim Ausfüllen gespeichert; Sie können mit diesem Link jederzeit weitermachen, bis Sie sie abschicken. Der Link ist persönlich – bitte geben Sie ihn nicht weiter.',
    until[0],
    '',
    link,
    '',
    '---',
    englishLead,
    'Your answers are saved as you go; this personal link lets you continue until you submit them. The survey can be answered in several languages.',
    until[1],
    link,
    ...(own ? ['', '---', own, link] : []),
  ].join('\n');
}

export function surveyInvitationMail(opts: SurveyMailFacts) {
  const de = textIn(opts.title, 'de');
  return {
    subject: `Einladung zur Umfrage „${de}“`,
    textBody: body(
      opts,
      `wir laden Sie herzlich ein, an der Umfrage „${de}“ für die Fortschreibung des Integrationskonzepts teilzunehmen.`,
      `You are invited to take part in the survey “${textIn(opts.title, 'en')}” for the revision of the integration concept.`,
    ),
  };
}

export function surveyReminderMail(opts: SurveyMailFacts) {
  const de = textIn(opts.title, 'de');
  return {
    subject: opts.closesAt
      ? `Erinnerung: Umfrage „${de}“ bis ${germanDeadline(opts.closesAt)}`
      : `Erinnerung: Umfrage „${de}“`,
    textBody: body(
      opts,
      `Ihre Antworten auf die Umfrage „${de}“ sind noch nicht abgeschickt. Wir würden uns freuen, wenn Sie teilnehmen.`,
      `Your answers to the survey “${textIn(opts.title, 'en')}” have not been submitted yet. We would be glad to hear from you.`,
    ),
  };
}
