import type { Browser, Page } from 'playwright-core';
import {
  DEMO,
  demoRevisionId,
  expectAccessible,
  expectNoProblems,
  graphql,
  heading,
  launchBrowser,
  newPage,
  signIn,
} from './support';

/**
 * The survey from invitation to evidence. The coordinator publishes a short survey in German and Arabic, invites
 * a person who reads Arabic and switches the public link on. The invited person answers in Arabic on a phone
 * (the page runs right to left); a member of the public answers anonymously. The coordinator then sees both
 * answers in the charts and the response figures, codes the Arabic free-text answer to a field of action and
 * takes it into a finding, which the findings page lists as evidence for that field.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const SUFFIX = Date.now().toString(36);
const TITLE = `Befragung Zusammenleben ${SUFFIX}`;
const ARABIC_TITLE = 'استطلاع حول العيش معًا';
const KNOWN = { de: 'Kennen Sie die Beratungsangebote im Kreis?', ar: 'هل تعرف خدمات الاستشارة في الدائرة؟' };
const MISSING = { de: 'Was fehlt Ihnen im Kreis?', ar: 'ما الذي ينقصك في الدائرة؟' };
const ARABIC_ANSWER = 'نحتاج إلى دورات لغة مسائية مع رعاية للأطفال.';
const PUBLIC_ANSWER = 'Mehr Beratung am Abend.';
const FINDING = `Abendkurse mit Kinderbetreuung fehlen ${SUFFIX}`;
const L = (de: string, ar: string) => [
  { language: 'de', text: de },
  { language: 'ar', text: ar },
];

/** The coordinator's survey: published, open, with the public link and one invitation in Arabic. */
async function publishSurvey(page: Page, invitee: string) {
  const revisionId = await demoRevisionId(page);
  const hour = 3_600_000;
  const { createSurvey } = await graphql<{ createSurvey: { id: string } }>(
    page,
    'mutation ($r: ID!, $input: SurveyInput!) { createSurvey(revisionId: $r, input: $input) { id } }',
    {
      r: revisionId,
      input: {
        title: L(TITLE, ARABIC_TITLE),
        languages: ['de', 'ar'],
        opensAt: new Date(Date.now() - hour).toISOString(),
        closesAt: new Date(Date.now() + 24 * hour).toISOString(),
      },
    },
  );
  const surveyId = createSurvey.id;
  const { saveSurveySection } = await graphql<{ saveSurveySection: { id: string } }>(
    page,
    'mutation ($s: ID!, $input: SurveySectionInput!) { saveSurveySection(surveyId: $s, input: $input) { id } }',
    { s: surveyId, input: { title: L('Ihre Erfahrungen', 'تجاربك') } },
  );
  const question = (input: Record<string, unknown>) =>
    graphql(
      page,
      'mutation ($s: ID!, $input: SurveyQuestionInput!) { saveSurveyQuestion(surveyId: $s, input: $input) { id } }',
      {
        s: surveyId,
        input: { sectionId: saveSurveySection.id, ...input },
      },
    );
  await question({
    kind: 'SINGLE_CHOICE',
    required: true,
    text: L(KNOWN.de, KNOWN.ar),
    options: [
      { key: 'ja', label: L('Ja', 'نعم') },
      { key: 'nein', label: L('Nein', 'لا') },
    ],
  });
  await question({ kind: 'FREE_TEXT', required: false, text: L(MISSING.de, MISSING.ar) });
  await graphql(page, 'mutation ($id: ID!) { publishSurvey(id: $id) { id } }', { id: surveyId });
  const { setSurveyPublicLink } = await graphql<{ setSurveyPublicLink: { publicToken: string } }>(
    page,
    'mutation ($id: ID!) { setSurveyPublicLink(id: $id, enabled: true) { publicToken } }',
    { id: surveyId },
  );
  await graphql(
    page,
    'mutation ($s: ID!, $i: [SurveyInviteeInput!]!) { inviteToSurvey(surveyId: $s, invitees: $i) { invited } }',
    { s: surveyId, i: [{ audience: 'PERSON', email: invitee, language: 'ar' }] },
  );
  // The personal link, as the invited person receives it in the mail.
  const { outbox } = await graphql<{ outbox: { messages: { recipient: string; textBody: string }[] } }>(
    page,
    'query { outbox(limit: 200) { messages { recipient textBody } } }',
    {},
  );
  const mail = outbox.messages.find((m) => m.recipient === invitee)!;
  const inviteLink = /\/umfrage\/\S+/.exec(mail.textBody)![0];
  return { revisionId, surveyId, inviteLink, publicLink: `/umfrage/${setSurveyPublicLink.publicToken}` };
}

test('an invited person answers in Arabic, the public anonymously, and the coordinator codes an answer into a finding', async () => {
  const coordinator = await newPage(browser);
  const page = coordinator.page;
  expectNoProblems(page);
  await signIn(page, DEMO.coordinator);
  const setup = await publishSurvey(page, `einladung-${SUFFIX}@example.org`);

  // 1. The invited person, on a phone, in Arabic: the page runs right to left.
  const invited = await newPage(browser, { width: 360 });
  expectNoProblems(invited.page);
  await invited.page.goto(setup.inviteLink);
  await invited.page.getByRole('button', { name: 'العربية', exact: true }).click();
  await invited.page.getByRole('heading', { level: 1, name: ARABIC_TITLE }).waitFor();
  await expect(invited.page.evaluate('document.documentElement.dir')).resolves.toBe('rtl');
  await expectAccessible(invited.page, 'Einladung, Arabisch');
  await invited.page
    .getByRole('group', { name: new RegExp(KNOWN.ar) })
    .getByRole('radio', { name: 'نعم' })
    .check();
  await invited.page.getByRole('textbox', { name: new RegExp(MISSING.ar) }).fill(ARABIC_ANSWER);
  await invited.page.locator('.survey-save-status').getByText('تم الحفظ').waitFor();
  await invited.page.getByRole('button', { name: 'متابعة إلى الملخص' }).click();
  await invited.page.getByText(ARABIC_ANSWER).waitFor();
  await expectAccessible(invited.page, 'Einladung, Zusammenfassung auf Arabisch');
  await invited.page.getByRole('button', { name: 'إرسال الإجابات' }).click();
  await invited.page.getByText('تم إرسال إجاباتك. شكرًا لمشاركتك.').waitFor();
  await invited.context.close();

  // 2. A member of the public, without an account and without giving a name.
  const visitor = await newPage(browser);
  expectNoProblems(visitor.page);
  await visitor.page.goto(setup.publicLink);
  await visitor.page.getByText('Wir speichern keinen Namen und keine Adresse', { exact: false }).waitFor();
  await expectAccessible(visitor.page, 'Öffentlicher Link, Start');
  await visitor.page.getByRole('button', { name: 'Umfrage beginnen' }).click();
  await visitor.page
    .getByRole('group', { name: new RegExp(KNOWN.de.replace('?', '\\?')) })
    .getByRole('radio', { name: 'Nein' })
    .check();
  await visitor.page.getByRole('textbox', { name: new RegExp(MISSING.de.replace('?', '\\?')) }).fill(PUBLIC_ANSWER);
  await visitor.page.getByRole('button', { name: 'Weiter zur Zusammenfassung' }).click();
  await visitor.page.getByRole('button', { name: 'Antworten abschicken' }).click();
  await visitor.page.getByText('Ihre Antworten wurden abgeschickt. Vielen Dank für Ihre Teilnahme.').waitFor();
  // Nothing but a random key stays in the browser to resume.
  const stored = (await visitor.page.evaluate('JSON.stringify(Object.entries(localStorage))')) as string;
  expect(stored).not.toMatch(/@/);
  await visitor.context.close();

  // 3. The coordinator sees both answers in the figures and the chart.
  await page.goto(`/fortschreibungen/${setup.revisionId}/umfragen/${setup.surveyId}/ergebnisse`);
  await heading(page, `Ergebnisse: ${TITLE}`).waitFor();
  await page
    .getByRole('img', {
      name: /^Rücklauf nach Zielgruppe: 2 abgeschlossene Antworten, Rücklaufquote der Eingeladenen 100\s%/,
    })
    .waitFor();
  await page.getByRole('img', { name: /^Kennen Sie die Beratungsangebote im Kreis\?: 2 Antworten;/ }).waitFor();
  const chartTable = page.getByRole('table', { name: `Antworten: ${KNOWN.de}` });
  await chartTable.getByRole('row', { name: /Ja\s+1\s+50\s%/ }).waitFor();
  await chartTable.getByRole('row', { name: /Nein\s+1\s+50\s%/ }).waitFor();
  await expectAccessible(page, 'Ergebnisse mit zwei Antworten');

  // 4. The Arabic answer is coded to a field of action and taken into a finding.
  const answers = page.getByRole('region', { name: 'Freitextantworten' });
  const answer = answers.getByRole('listitem').filter({ hasText: ARABIC_ANSWER });
  await answer.getByText('Noch nicht zugeordnet.').waitFor();
  await answer.getByRole('group', { name: 'Handlungsfelder' }).getByLabel('Sprache und Bildung').check();
  await answer.getByRole('button', { name: 'Zuordnung speichern' }).click();
  await answer.getByText('Zugeordnet.').waitFor();
  await answer.getByRole('button', { name: 'In ein Ergebnis übernehmen' }).click();
  await answer.getByLabel('Handlungsfeld').selectOption({ label: 'Sprache und Bildung' });
  await answer.getByLabel('Titel des Ergebnisses').fill(FINDING);
  await answer
    .getByLabel(/^Zusammenfassung/)
    .fill('Eltern können Sprachkurse nur abends und mit Kinderbetreuung besuchen.');
  await answer.getByRole('button', { name: 'Ergebnis anlegen' }).click();
  await page.getByRole('status').getByText(`Das Ergebnis „${FINDING}“ ist angelegt und belegt.`).waitFor();
  await expectAccessible(page, 'Ergebnisse nach dem Zuordnen');

  // 5. The finding stands with its field of action, quoting the answer, ready to be cited as evidence.
  await page.goto(`/fortschreibungen/${setup.revisionId}/ergebnisse`);
  const finding = page
    .getByRole('region', { name: 'Sprache und Bildung', exact: true })
    .getByRole('article', { name: FINDING });
  await finding.getByText('Umfrageantwort').waitFor();
  await finding.locator('blockquote').getByText(ARABIC_ANSWER).waitFor();
  await expectAccessible(page, 'Ergebnisse und Interviews');
  await coordinator.context.close();
}, 300_000);
