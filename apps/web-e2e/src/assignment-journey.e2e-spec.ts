import type { Browser, Page } from 'playwright-core';
import {
  DEMO,
  expectAccessible,
  expectNoProblems,
  graphql,
  heading,
  launchBrowser,
  newPage,
  signIn,
  planConference,
} from './support';

/**
 * The conference day, prepared and run by the coordinator: two workshops
 * share a slot with one place each, three people wish (A, B), (A) and (B).
 * The assignment gives two of them their first wish and leaves one without
 * a place; the coordinator places that person by hand (the workshop is then
 * over capacity and the page says so), runs the assignment again (the place
 * fixed by hand stays), moves and removes that person again, checks
 * a person in on a phone, and sees the join codes for the moderators; the
 * page reads in English too, and a participant gets no personal data. Every
 * state passes axe.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const TITLE = 'Integrationskonferenz (Einteilung)';
const A = 'Sprache und Bildung';
const B = 'Arbeit und Wirtschaft';
const PEOPLE = [
  { name: 'Ayşe Demir', organisation: 'Caritasverband für den Kreis Gütersloh', wishes: [A, B] },
  { name: 'Jonas Becker', organisation: 'Jobcenter Kreis Gütersloh', wishes: [A] },
  { name: 'Olena Koval', organisation: 'Ukrainischer Verein Gütersloh', wishes: [B] },
];

/**
 * The conference with its two workshops (one slot, one place each) planned
 * through the API as the coordinator, and the three registrations as the
 * public page sends them.
 */
async function plannedConference(page: Page): Promise<{ revisionId: string; conferenceId: string }> {
  const {
    revisionId,
    conferenceId,
    workshops: workshop,
  } = await planConference(page, {
    title: TITLE,
    inHours: 48,
    capacity: 10,
    workshops: [
      { title: A, room: 'Raum 1', capacity: 1 },
      { title: B, room: 'Raum 2', capacity: 1 },
    ],
  });
  for (const person of PEOPLE) {
    const { register } = await graphql<{ register: { status: string } }>(
      page,
      'mutation ($input: RegisterInput!) { register(input: $input) { status } }',
      {
        input: {
          conferenceId,
          privacyTextVersion: 1,
          name: person.name,
          email: `${person.name.split(' ')[1].toLowerCase()}@example.org`,
          organisation: person.organisation,
          role: 'PROFESSIONAL',
          preferences: person.wishes.map((w) => workshop.get(w)),
          consent: true,
        },
      },
    );
    expect(register.status).toBe('CONFIRMED');
  }
  return { revisionId, conferenceId };
}

const workshopList = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });
const unplacedList = (page: Page) => page.getByRole('region', { name: 'Ohne Platz in diesem Zeitfenster' });

test('assignment: compute, place by hand over capacity, move and remove; check-in on a phone; join codes', async () => {
  const { context, page } = await newPage(browser);
  await signIn(page, DEMO.coordinator);
  const { revisionId, conferenceId } = await plannedConference(page);

  // The conference page: join code, join link and the board for each workshop, and the way to the day's pages.
  await page.goto(`/fortschreibungen/${revisionId}/konferenz?konferenz=${conferenceId}`);
  await page.getByRole('heading', { level: 2, name: TITLE }).waitFor();
  const language = page.getByRole('article', { name: A });
  const code = (await language.locator('.conference-join-code').innerText()).trim();
  expect(code).toMatch(/^[A-Z0-9]{4,12}$/);
  const origin = new URL(page.url()).origin;
  await language.getByText(`${origin}/workshop/${code}`, { exact: true }).waitFor();
  await expect(language.getByRole('link', { name: `Live-Board öffnen – ${A}` }).getAttribute('href')).resolves.toMatch(
    /^\/workshop\/board\/[0-9a-f-]+$/,
  );
  await expectAccessible(page, 'Konferenz mit Zugangscodes');

  await page.getByRole('link', { name: 'Workshop-Einteilung' }).click();
  await heading(page, 'Workshop-Einteilung').waitFor();
  // Before the first run nobody has a place: all three wished in vain so far.
  await page.getByRole('img', { name: /3 Personen mit Wünschen: .*; 3 ohne Platz \(100 %\)$/ }).waitFor();
  await expect(unplacedList(page).getByRole('row').count()).resolves.toBe(4);
  await expectAccessible(page, 'Einteilung (noch nicht berechnet)');

  // (a) The run: capacities hold, so two get their first wish and one gets none.
  await page.getByRole('button', { name: 'Einteilung berechnen' }).click();
  await page.getByRole('status').filter({ hasText: 'Die Einteilung ist berechnet.' }).waitFor();
  await page
    .getByRole('img', {
      name: /^Einteilung \d\d:\d\d–\d\d:\d\d, 3 Personen mit Wünschen: 2 mit dem 1\. Wunsch \(67 %\); 0 mit dem 2\. Wunsch \(0 %\); 1 ohne Platz \(33 %\)$/,
    })
    .waitFor();
  const report = page.getByRole('figure').getByRole('table');
  await expect(report.getByRole('row', { name: /^1\. Wunsch/ }).innerText()).resolves.toMatch(/2\s+67 %/);
  await expect(report.getByRole('row', { name: /^kein Platz/ }).innerText()).resolves.toMatch(/1\s+33 %/);
  for (const title of [A, B]) {
    await expect(workshopList(page, title).getByRole('row').count()).resolves.toBe(2);
    await workshopList(page, title).getByRole('cell', { name: '1. Wunsch', exact: true }).waitFor();
  }
  await expect(workshopList(page, B).getByRole('row').nth(1).innerText()).resolves.toContain('Olena Koval');
  const unplacedRows = unplacedList(page).getByRole('row');
  await expect(unplacedRows.count()).resolves.toBe(2);
  // Ayşe and Jonas both wished A first; the tie goes either way, the run is deterministic.
  const leftName = (await unplacedRows.nth(1).getByRole('cell').first().innerText()).trim();
  expect(['Ayşe Demir', 'Jonas Becker']).toContain(leftName);
  await expectAccessible(page, 'Einteilung berechnet');

  // (b) The coordinator places that person by hand into A (their first wish): A is now over capacity.
  await expect(
    unplacedList(page).getByLabel(`Workshop für ${leftName}`).locator('option:checked').innerText(),
  ).resolves.toBe(A);
  await unplacedList(page)
    .getByRole('button', { name: `Einteilen – ${leftName}` })
    .click();
  await page
    .getByRole('status')
    .filter({ hasText: `${leftName} ist jetzt in „${A}“.` })
    .waitFor();
  const warning = page.locator('.kern-alert--warning');
  await warning.getByText('Mehr Personen als Plätze').waitFor();
  await warning.getByText(`„${A}“: 2 Personen bei 1 Platz`).waitFor();
  const manualRow = workshopList(page, A).getByRole('row').filter({ hasText: leftName });
  await manualRow.getByRole('cell', { name: 'von Hand (1. Wunsch)' }).waitFor();
  await page.getByText('Außerdem ist 1 Platz von Hand gesetzt.').waitFor();
  await page.getByText('Alle bestätigten Personen haben in diesem Zeitfenster einen Platz.').waitFor();
  await page.getByRole('img', { name: /2 Personen mit Wünschen: 2 mit dem 1\. Wunsch \(100 %\)/ }).waitFor();
  await expectAccessible(page, 'Einteilung mit Überbelegung');

  // A second run keeps the place fixed by hand; it takes A's one place, so the other person who wished A goes.
  const otherName = leftName === 'Ayşe Demir' ? 'Jonas Becker' : 'Ayşe Demir';
  await page.getByRole('button', { name: 'Einteilung berechnen' }).click();
  await unplacedList(page).getByRole('row').filter({ hasText: otherName }).waitFor();
  await expect(workshopList(page, A).getByRole('row').count()).resolves.toBe(2);
  await manualRow.getByRole('cell', { name: 'von Hand (1. Wunsch)' }).waitFor();
  await expect(warning.count()).resolves.toBe(0);

  // Moved by hand to B, B is over capacity instead; removed, the person is without a place again.
  await manualRow.getByLabel(`Anderer Workshop für ${leftName}`).selectOption({ label: B });
  await manualRow.getByRole('button', { name: `Umsetzen – ${leftName}` }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `${leftName} ist jetzt in „${B}“.` })
    .waitFor();
  await warning.getByText(`„${B}“: 2 Personen bei 1 Platz`).waitFor();
  await expect(warning.getByText(`„${A}“`).count()).resolves.toBe(0);
  const movedRow = workshopList(page, B).getByRole('row').filter({ hasText: leftName });
  await movedRow.getByRole('button', { name: `Entfernen – ${leftName}` }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `${leftName} ist nicht mehr in „${B}“.` })
    .waitFor();
  await unplacedList(page).getByRole('row').filter({ hasText: leftName }).waitFor();
  await expect(warning.count()).resolves.toBe(0);
  // The row that had focus is gone: focus waits on the list the person is in now.
  await expect(page.evaluate('document.activeElement?.textContent')).resolves.toBe('Ohne Platz in diesem Zeitfenster');
  await expectAccessible(page, 'Einteilung nach Änderungen von Hand');
  expectNoProblems(page);

  // (c) Check-in on a phone: search as you type, the big button, the counts.
  const phone = await newPage(browser, { width: 360 });
  await signIn(phone.page, DEMO.coordinator);
  await phone.page.goto(`/fortschreibungen/${revisionId}/konferenz/einlass?konferenz=${conferenceId}`);
  await heading(phone.page, 'Check-in').waitFor();
  await phone.page.getByText('0 von 3 eingecheckt').waitFor();
  await expectAccessible(phone.page, 'Check-in (360 px)');
  await phone.page.getByLabel('Name oder Organisation').fill('ukrainisch');
  await phone.page.getByText('1 Person gefunden').waitFor();
  const toggle = phone.page.getByRole('button', { name: 'Eingecheckt – Olena Koval' });
  await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
  await expect(phone.page.getByRole('button', { name: /^Eingecheckt – / }).count()).resolves.toBe(1);
  // By keyboard: focus the button, press Space.
  await toggle.focus();
  await phone.page.keyboard.press('Space');
  await phone.page.getByText('1 von 3 eingecheckt').waitFor();
  await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
  await phone.page.getByText(/^seit \d\d:\d\d$/).waitFor();
  await expectAccessible(phone.page, 'Check-in, eine Person eingecheckt (360 px)');
  await expect(phone.page.evaluate('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(360);
  // A second tap undoes it; a third checks in again.
  await toggle.click();
  await phone.page.getByText('0 von 3 eingecheckt').waitFor();
  await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
  await toggle.click();
  await phone.page.getByText('1 von 3 eingecheckt').waitFor();
  await phone.page.getByLabel('Name oder Organisation').fill('');
  await expect(phone.page.getByRole('button', { name: /^Eingecheckt – / }).count()).resolves.toBe(3);
  expectNoProblems(phone.page);
  await phone.context.close();

  // The participant list shows who is here.
  await page.reload();
  await heading(page, 'Workshop-Einteilung').waitFor();
  await workshopList(page, B)
    .getByRole('row')
    .filter({ hasText: 'Olena Koval' })
    .getByRole('cell', { name: /^ja, \d\d:\d\d$/ })
    .waitFor();

  // In English, too.
  await page.getByRole('button', { name: /English/ }).click();
  await heading(page, 'Workshop assignment').waitFor();
  await page
    .getByRole('img', {
      name: /^Assignment .*, 3 people with wishes: 1 with choice 1 \(33%\); .*2 without a place \(67%\)$/,
    })
    .waitFor();
  await page.getByRole('button', { name: 'Compute assignment' }).waitFor();
  await expectAccessible(page, 'Workshop assignment (en)');
  expectNoProblems(page);
  await context.close();

  // A participant of the revision gets neither the lists nor the check-in.
  const participant = await newPage(browser);
  await signIn(participant.page, DEMO.participant);
  for (const [path, title, notice] of [
    ['einteilung', 'Workshop-Einteilung', 'Die Workshop-Einteilung sieht nur die Koordination.'],
    ['einlass', 'Check-in', 'Den Check-in macht die Koordination.'],
  ]) {
    await participant.page.goto(`/fortschreibungen/${revisionId}/konferenz/${path}?konferenz=${conferenceId}`);
    await heading(participant.page, title).waitFor();
    await participant.page.getByText(notice).waitFor();
    await expect(participant.page.getByText('Olena Koval').count()).resolves.toBe(0);
  }
  await expectAccessible(participant.page, 'Check-in (Teilnehmende)');
  expectNoProblems(participant.page);
  await participant.context.close();
});
