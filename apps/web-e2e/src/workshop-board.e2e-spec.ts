import type { Browser, Page } from 'playwright-core';
import {
  DEMO,
  DEMO_REVISION,
  expectAccessible,
  expectNoProblems,
  graphql,
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

test('the workshop phase: the coordinator records a meeting with minutes and the recommendations worked on; participants read it', async () => {
  const { context, page } = await newPage(browser);
  await signIn(page, DEMO.coordinator);
  await page.getByRole('link', { name: DEMO_REVISION }).first().click();
  await heading(page, DEMO_REVISION).waitFor();
  await page
    .getByRole('navigation', { name: 'Bereiche dieser Fortschreibung' })
    .getByRole('link', { name: 'Workshop-Phase' })
    .click();
  await heading(page, 'Workshop-Phase').waitFor();
  await page.getByRole('button', { name: 'Treffen speichern' }).click();
  await expect(page.getByLabel('Titel des Treffens').getAttribute('aria-invalid')).resolves.toBe('true');
  await expectAccessible(page, 'Workshop-Phase (Fehler)');

  await page.getByLabel('Titel des Treffens').fill('2. Workshop Sprache und Bildung');
  await page.getByLabel('Handlungsfeld').selectOption({ label: 'SB – Sprache und Bildung' });
  await page.getByLabel('Datum und Uhrzeit').fill('2026-12-09T16:00');
  await page.getByLabel(/^Ort/).fill('Volkshochschule Rheda');
  await page.getByLabel(/Zahl der Teilnehmenden/).fill('17');
  await page
    .getByRole('textbox', { name: /^Protokoll/ })
    .fill('Kinderbetreuung geklärt.\n\nNächstes Treffen im Januar.');
  await page.getByRole('checkbox', { name: /SB-01/ }).check();
  await page.getByRole('button', { name: 'Treffen speichern' }).click();
  await page.getByText('Das Treffen ist eingetragen.').waitFor();
  const meeting = page.getByRole('article', { name: '2. Workshop Sprache und Bildung' });
  await meeting.waitFor();
  await expect(meeting.innerText()).resolves.toMatch(/Volkshochschule Rheda · SB – Sprache und Bildung · 17 Personen/);
  await meeting.getByText('Nächstes Treffen im Januar.').waitFor();
  await meeting.getByRole('link', { name: /SB-01 Sprachkurse mit Kinderbetreuung ausbauen/ }).waitFor();
  await expectAccessible(page, 'Workshop-Phase');
  expectNoProblems(page);
  await context.close();

  const participant = await newPage(browser, { width: 360 });
  await signIn(participant.page, DEMO.participant);
  await participant.page.getByRole('link', { name: DEMO_REVISION }).first().click();
  await participant.page
    .getByRole('navigation', { name: 'Bereiche dieser Fortschreibung' })
    .getByRole('link', { name: 'Workshop-Phase' })
    .click();
  await participant.page.getByRole('article', { name: '2. Workshop Sprache und Bildung' }).waitFor();
  // The demo's own first meeting, with the recommendation it worked on.
  await participant.page
    .getByRole('article', { name: '1. Workshop Sprache und Bildung' })
    .getByRole('link', { name: /SB-01/ })
    .waitFor();
  await expect(participant.page.getByRole('button', { name: 'Treffen speichern' }).count()).resolves.toBe(0);
  await expectAccessible(participant.page, 'Workshop-Phase (Teilnehmende, 360 px)');
  await expect(participant.page.evaluate('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(360);
  await participant.context.close();
});
