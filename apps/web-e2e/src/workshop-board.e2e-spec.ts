import type { Browser, Page } from 'playwright-core';
import {
  DEMO,
  DEMO_REVISION,
  expectAccessible,
  expectNoProblems,
  heading,
  launchBrowser,
  newPage,
  signIn,
} from './support';

/**
 * The live board of a conference workshop: the coordinator has the board
 * open on the projector, a participant joins on a phone with the code from
 * the flip chart (no account) and pins a challenge that appears on the
 * projector without a reload; a card written while the phone is offline is
 * kept, sent when the network returns, and shows up once.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function graphql<T>(page: Page, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await page.request.post('/graphql', {
    data: { query, variables },
    headers: { 'apollo-require-preflight': 'true' },
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  expect(body.errors).toBeUndefined();
  return body.data!;
}

/** A conference of the demo revision with one workshop, planned through the API as the coordinator. */
async function plannedWorkshop(page: Page): Promise<{ sessionId: string; joinCode: string }> {
  const { regions } = await graphql<{ regions: { revisions: { id: string; title: string }[] }[] }>(
    page,
    '{ regions { revisions { id title } } }',
    {},
  );
  const revision = regions.flatMap((r) => r.revisions).find((r) => r.title === DEMO_REVISION)!;
  const hour = Math.floor(Date.now() / 3_600_000) * 3_600_000;
  const at = (h: number) => new Date(hour + h * 3_600_000).toISOString();
  const { createConference } = await graphql<{ createConference: { id: string } }>(
    page,
    `
      mutation ($input: CreateConferenceInput!) {
        createConference(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        revisionId: revision.id,
        title: 'Integrationskonferenz (Board)',
        startsAt: at(24),
        endsAt: at(30),
        venue: 'Kreishaus Gütersloh',
        capacity: 130,
        registrationOpensAt: at(-2),
        registrationClosesAt: at(20),
        privacyTextDe: 'Wir verarbeiten Ihre Angaben nur für die Konferenz.',
        privacyTextEn: 'We process your details only for the conference.',
      },
    },
  );
  const { addWorkshop } = await graphql<{ addWorkshop: { id: string; joinCode: string } }>(
    page,
    `
      mutation ($c: ID!, $input: WorkshopSessionInput!) {
        addWorkshop(conferenceId: $c, input: $input) {
          id
          joinCode
        }
      }
    `,
    {
      c: createConference.id,
      input: {
        title: 'Sprache und Bildung',
        slotStartsAt: at(25),
        slotEndsAt: at(27),
        room: 'Raum 2.14',
        capacity: 30,
      },
    },
  );
  return { sessionId: addWorkshop.id, joinCode: addWorkshop.joinCode };
}

const column = (page: Page, name: RegExp) => page.getByRole('region', { name });

test('a phone joins with the code, pins a challenge, and the projector shows it without a reload', async () => {
  const projector = await newPage(browser);
  await signIn(projector.page, DEMO.coordinator);
  const { sessionId, joinCode } = await plannedWorkshop(projector.page);
  await projector.page.goto(`/workshop/board/${sessionId}`);
  await heading(projector.page, 'Sprache und Bildung').waitFor();
  await expect(projector.page.getByText(joinCode, { exact: true }).isVisible()).resolves.toBe(true);
  await expectAccessible(projector.page, 'Workshop-Board (Moderation)');

  // The phone: the QR code leads to /workshop/<code>; typing it works as well.
  const phone = await newPage(browser, { width: 360 });
  await phone.page.goto('/workshop');
  await heading(phone.page, 'Workshop beitreten').waitFor();
  await phone.page.getByRole('button', { name: 'Beitreten' }).click();
  await expect(phone.page.getByLabel('Code').getAttribute('aria-invalid')).resolves.toBe('true');
  await expectAccessible(phone.page, 'Workshop beitreten (Fehler)');
  await phone.page.getByLabel('Code').fill(joinCode.toLowerCase());
  await phone.page.getByLabel(/Ihr Vorname/).fill('Samira');
  await phone.page.getByRole('button', { name: 'Beitreten' }).click();
  await heading(phone.page, 'Sprache und Bildung').waitFor();
  await phone.page.getByText('Sie schreiben als Samira').waitFor();

  await phone.page.getByLabel('Herausforderung', { exact: true }).check();
  await phone.page.getByLabel('Ihre Karte').fill('Zu wenige Kitaplätze während der Sprachkurse');
  await phone.page.getByRole('button', { name: 'Karte anheften' }).click();
  const challenges = column(projector.page, /^Herausforderungen/);
  await challenges.getByText('Zu wenige Kitaplätze während der Sprachkurse').waitFor({ timeout: 5_000 });
  await expect(challenges.getByRole('listitem').filter({ hasText: 'Kitaplätze' }).innerText()).resolves.toContain(
    'Samira',
  );
  await expectAccessible(phone.page, 'Workshop-Board (Telefon)');
  await expect(phone.page.evaluate('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(360);

  // Offline: the card waits on the phone, and arrives once when the network is back.
  await phone.context.setOffline(true);
  await phone.page.getByLabel('Lösungsansatz', { exact: true }).check();
  await phone.page.getByLabel('Ihre Karte').fill('Kinderbetreuung direkt im Kursgebäude anbieten');
  await phone.page.getByRole('button', { name: 'Karte anheften' }).click();
  await phone.page.getByText('1 Karte wird noch gesendet').waitFor();
  await phone.page.waitForTimeout(1_000);
  await phone.context.setOffline(false);
  const approaches = column(projector.page, /^Lösungsansätze/);
  await approaches.getByText('Kinderbetreuung direkt im Kursgebäude anbieten').waitFor({ timeout: 15_000 });
  await phone.page.getByText('1 Karte wird noch gesendet').waitFor({ state: 'detached', timeout: 15_000 });
  await projector.page.waitForTimeout(1_000);
  await expect(approaches.getByText('Kinderbetreuung direkt im Kursgebäude anbieten').count()).resolves.toBe(1);

  // A dot from the phone shows on the projector.
  await phone.page
    .getByRole('button', { name: /^0 Punkte – Punkt geben/ })
    .first()
    .click();
  await challenges.getByRole('button', { name: /^1 Punkt/ }).waitFor({ timeout: 5_000 });
  await phone.page.getByText('Sie haben noch 2 Punkte zu vergeben.').waitFor();

  expectNoProblems(projector.page);
  expectNoProblems(phone.page);
  await phone.context.close();
  await projector.context.close();
});
