import type { Browser, Locator, Page } from 'playwright-core';
import {
  DEMO,
  DEMO_PASSWORD,
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
 * The ways of looking at the demo revision's recommendations: the coordinator
 * filters the list (by hand and by keyboard), shares and goes back, pages,
 * chooses recommendations to merge, reads the board and finds a gap in the
 * coverage matrix; a participant sees only their own when asked, and reads
 * and marks the notifications the coordinator's actions caused.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** A word only the recommendations this file adds for paging contain. */
const PAGING_WORD = 'Lernwerkstattkiste';

async function openRecommendations(page: Page): Promise<string> {
  await page.getByRole('link', { name: DEMO_REVISION }).first().click();
  await heading(page, DEMO_REVISION).waitFor();
  await page
    .getByRole('navigation', { name: 'Bereiche dieser Fortschreibung' })
    .getByRole('link', { name: 'Empfehlungen' })
    .click();
  await heading(page, 'Handlungsempfehlungen').waitFor();
  const match = /\/fortschreibungen\/([0-9a-f-]+)\/empfehlungen$/.exec(page.url());
  expect(match).not.toBeNull();
  return match![1];
}

const results = (page: Page) => page.getByRole('region', { name: /^Handlungsempfehlungen, Seite/ });

/** The references in the result table, in order, once the list for the current URL has arrived. */
async function references(page: Page): Promise<string[]> {
  await page.locator('section[aria-busy="true"]').waitFor({ state: 'detached' });
  await results(page).waitFor();
  return results(page).locator('tbody tr td.rv-reference').allTextContents();
}

async function applyFilter(page: Page) {
  await page.getByRole('button', { name: 'Filter anwenden' }).click();
}

/** Focus moves once the new list has arrived; this waits for it. */
async function expectFocusedText(page: Page, text: RegExp) {
  // Polled from here: a predicate function would need the DOM library's types, a string one eval (the CSP forbids it).
  const deadline = Date.now() + 10_000;
  for (;;) {
    const focused = String(await page.evaluate("document.activeElement?.textContent ?? ''"));
    if (text.test(focused)) return;
    if (Date.now() > deadline) throw new Error(`Focus did not reach ${text}; it is on "${focused}".`);
    await page.waitForTimeout(50);
  }
}

async function expectNoSideScroll(page: Page, width: number) {
  await expect(page.evaluate('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(width);
}

/** A column of the board: a section named by its heading. */
const column = (board: Locator, name: RegExp) => board.getByRole('region', { name });

test('the coordinator filters, shares, pages and selects recommendations, reads the board and finds a gap', async () => {
  const { context, page } = await newPage(browser);
  await signIn(page, DEMO.coordinator);
  const revisionId = await openRecommendations(page);
  await page.getByRole('link', { name: 'Neue Handlungsempfehlung' }).waitFor();
  await expect(references(page)).resolves.toEqual(expect.arrayContaining(['SB-01', 'AW-01', 'PI-02']));
  await expectAccessible(page, 'Empfehlungen (Koordination)');

  // Full-text search by keyboard alone: type, Enter; focus lands on what was found.
  await page.getByRole('searchbox', { name: 'Suche' }).focus();
  await page.keyboard.type('Sprachmittlung');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\?suche=Sprachmittlung$/);
  await expectFocusedText(page, /^Empfehlungen 1 bis 2 von 2$/);
  await expect(references(page)).resolves.toEqual(['SB-02', 'GP-01']);

  // Narrowed to the field "Sprache und Bildung".
  await page.getByLabel('Handlungsfeld').selectOption({ label: 'Sprache und Bildung' });
  await applyFilter(page);
  await page.waitForURL(/\?feld=[0-9a-f-]+&suche=Sprachmittlung$/);
  await expectFocusedText(page, /^Empfehlungen 1 bis 1 von 1$/);
  await expect(references(page)).resolves.toEqual(['SB-02']);
  const row = results(page).getByRole('row', { name: /Sprachmittlung in Kitas und Schulen sichern/ });
  await expect(row.innerText()).resolves.toMatch(/Eingereicht/);
  await expect(row.getByRole('link').getAttribute('href')).resolves.toMatch(
    new RegExp(`^/fortschreibungen/${revisionId}/empfehlungen/[0-9a-f-]+$`),
  );
  await expectAccessible(page, 'Empfehlungen gefiltert');

  // A shared link opens the same list; Back restores the previous filter, form included.
  const shared = page.url();
  await page.goBack();
  await page.waitForURL(/\?suche=Sprachmittlung$/);
  await expect(references(page)).resolves.toEqual(['SB-02', 'GP-01']);
  await expect(page.getByLabel('Handlungsfeld').inputValue()).resolves.toBe('');
  await expect(page.getByRole('searchbox', { name: 'Suche' }).inputValue()).resolves.toBe('Sprachmittlung');
  await page.goto(shared);
  await heading(page, 'Handlungsempfehlungen').waitFor();
  await expect(references(page)).resolves.toEqual(['SB-02']);
  await expect(page.getByLabel('Handlungsfeld').locator('option:checked').innerText()).resolves.toBe(
    'Sprache und Bildung',
  );

  // Statuses: only agreed ones; then the filter is reset.
  await page.getByRole('link', { name: 'Filter zurücksetzen' }).click();
  await page.waitForURL(/\/empfehlungen$/);
  // The form takes the reset from the address after the navigation; a box ticked before that would be undone.
  for (const deadline = Date.now() + 10_000; (await page.getByLabel('Handlungsfeld').inputValue()) !== '';) {
    if (Date.now() > deadline) throw new Error('the filter form was not reset');
    await page.waitForTimeout(100);
  }
  await page.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: 'Abgestimmt' }).check();
  await applyFilter(page);
  await page.waitForURL(/\?status=AGREED$/);
  await expectFocusedText(page, /^Empfehlungen 1 bis 2 von 2$/);
  await expect(references(page)).resolves.toEqual(['SB-03', 'PI-01']);

  // Paging: 21 recommendations with one word, 20 a page; the filter stays while paging.
  const { revision } = await graphql<{ revision: { fieldsOfAction: { id: string; code: string }[] } }>(
    page,
    'query ($id: ID!) { revision(id: $id) { fieldsOfAction { id code } } }',
    { id: revisionId },
  );
  const sb = revision.fieldsOfAction.find((f) => f.code === 'SB')!.id;
  for (let i = 1; i <= 21; i++) {
    await graphql(
      page,
      'mutation ($input: CreateRecommendationInput!) { createRecommendation(input: $input) { id } }',
      {
        input: {
          revisionId,
          fieldOfActionId: sb,
          title: `${PAGING_WORD} ${String(i).padStart(2, '0')}`,
          rationale: '<p>Material für offene Lernangebote.</p>',
        },
      },
    );
  }
  await page.goto(`/fortschreibungen/${revisionId}/empfehlungen?suche=${PAGING_WORD}`);
  await page.getByText('Empfehlungen 1 bis 20 von 21').waitFor();
  await expect(references(page).then((r) => r.length)).resolves.toBe(20);
  const pager = page.getByRole('navigation', { name: 'Seiten der Empfehlungsliste' });
  await pager.getByText('Seite 1 von 2').waitFor();
  await pager.getByRole('link', { name: 'Nächste Seite' }).click();
  await page.waitForURL(new RegExp(`\\?suche=${PAGING_WORD}&seite=2$`));
  await expectFocusedText(page, /^Empfehlungen 21 bis 21 von 21$/);
  await expect(references(page).then((r) => r.length)).resolves.toBe(1);
  await expect(results(page).getByRole('link').innerText()).resolves.toBe(`${PAGING_WORD} 21`);
  await expect(results(page).innerText()).resolves.toContain('Entwurf');

  // Choosing recommendations to merge: only open ones can be chosen, at least two.
  await page.goto(
    `/fortschreibungen/${revisionId}/empfehlungen?feld=${sb}&status=SUBMITTED&status=IN_REVIEW&status=AGREED`,
  );
  await expect(references(page)).resolves.toEqual(expect.arrayContaining(['SB-01', 'SB-02', 'SB-03']));
  await expect(page.getByRole('checkbox', { name: 'SB-03 zum Zusammenführen auswählen' }).count()).resolves.toBe(0);
  await page.getByRole('checkbox', { name: 'SB-01 zum Zusammenführen auswählen' }).check();
  await page.getByText('1 Empfehlung ausgewählt').waitFor();
  await page.getByRole('button', { name: 'Zusammenführen' }).click();
  await page.getByText('Bitte wählen Sie mindestens zwei Empfehlungen aus.').waitFor();
  await page.getByRole('checkbox', { name: 'SB-02 zum Zusammenführen auswählen' }).check();
  await page.getByText('2 Empfehlungen ausgewählt').waitFor();
  await expectAccessible(page, 'Empfehlungen mit Auswahl');
  const idOf = async (reference: string) =>
    (await results(page)
      .getByRole('row', { name: new RegExp(reference) })
      .getByRole('link')
      .getAttribute('href'))!
      .split('/')
      .pop();
  const [sb01, sb02] = [await idOf('SB-01'), await idOf('SB-02')];
  await page.getByRole('button', { name: 'Zusammenführen' }).click();
  await page.waitForURL(new RegExp(`/empfehlungen/zusammenfuehren\\?ids=${sb01},${sb02}$`));

  // On a phone the list fits the screen; the table scrolls in its own box.
  await page.goto(`/fortschreibungen/${revisionId}/empfehlungen`);
  await heading(page, 'Handlungsempfehlungen').waitFor();
  await page.setViewportSize({ width: 360, height: 800 });
  await results(page).waitFor();
  await expectNoSideScroll(page, 360);
  await expectAccessible(page, 'Empfehlungen (360 px)');
  await page.setViewportSize({ width: 1280, height: 900 });

  // The board: one column per status, the field chosen by keyboard and kept in the URL.
  await page.getByRole('link', { name: 'Tafel nach Status' }).click();
  await heading(page, 'Tafel der Handlungsempfehlungen').waitFor();
  let board = page.getByRole('region', { name: 'Tafel: Sprache und Bildung' });
  await column(board, /^In Prüfung \(\d+\)$/)
    .getByRole('listitem')
    .filter({ hasText: 'SB-01' })
    .waitFor();
  await column(board, /^Eingereicht \(\d+\)$/)
    .getByRole('listitem')
    .filter({ hasText: 'SB-02' })
    .waitFor();
  await column(board, /^Entwurf \(\d+\)$/)
    .getByRole('listitem')
    .filter({ hasText: `${PAGING_WORD} 21` })
    .waitFor();
  await expect(board.getByRole('heading', { name: /^Zusammengeführt/ }).count()).resolves.toBe(0);
  await page
    .getByRole('navigation', { name: 'Handlungsfelder' })
    .getByRole('link', { name: 'Arbeit und Wirtschaft' })
    .focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/empfehlungen\/tafel\?feld=[0-9a-f-]+$/);
  board = page.getByRole('region', { name: 'Tafel: Arbeit und Wirtschaft' });
  const aw01 = column(board, /^Umsetzbarkeitsprüfung \(\d+\)$/)
    .getByRole('listitem')
    .filter({ hasText: 'AW-01' });
  await expect(aw01.innerText()).resolves.toMatch(
    /AW-01\s+Anerkennungsberatung in allen Kommunen anbieten\s+1 Unterstützung · 1 Kommentar/,
  );
  await page.getByLabel('Zusammengeführte Empfehlungen anzeigen').click();
  await board.getByRole('heading', { name: /^Zusammengeführt \(0\)$/ }).waitFor();
  await page.waitForURL(/feld=[0-9a-f-]+&zusammengefuehrt=1$/);
  await expectAccessible(page, 'Tafel');
  await page.setViewportSize({ width: 360, height: 800 });
  await expectNoSideScroll(page, 360);
  await expectAccessible(page, 'Tafel (360 px)');
  await page.setViewportSize({ width: 1280, height: 900 });

  // The coverage: a picture with a summary, gaps that stand out, numbers that agree with the list.
  await page.getByRole('link', { name: 'Abdeckung nach Zielgruppen' }).click();
  await heading(page, 'Abdeckung der Zielgruppen').waitFor();
  const picture = page.getByRole('img', { name: /Abdeckungsmatrix/ });
  await expect(picture.getAttribute('aria-label')).resolves.toMatch(
    /\d+ von 24 Kombinationen aus Handlungsfeld und Zielgruppe haben keine Empfehlung/,
  );
  const gap = page.getByRole('link', {
    name: 'Wohnen und Mobilität, Menschen aus Mittel- und Südosteuropa: Lücke, keine Empfehlung – in der Liste zeigen',
  });
  await expect(gap.count()).resolves.toBe(1);
  await page.getByRole('button', { name: 'Als Tabelle anzeigen' }).click();
  const table = page.getByRole('table', { name: 'Anzahl der Handlungsempfehlungen je Handlungsfeld und Zielgruppe' });
  await expect(table.getByRole('row', { name: /Wohnen und Mobilität/ }).innerText()).resolves.toContain('0 (Lücke)');
  await expectAccessible(page, 'Abdeckung mit Tabelle');
  await page.setViewportSize({ width: 360, height: 800 });
  await expectNoSideScroll(page, 360);
  await expectAccessible(page, 'Abdeckung (360 px)');
  await page.setViewportSize({ width: 1280, height: 900 });

  // A cell's number is the number of rows its link lists.
  const cell = page.getByRole('link', {
    name: /^Sprache und Bildung, Seit 2015 geflüchtete Menschen: \d+ Empfehlungen/,
  });
  const count = Number(/: (\d+) Empfehlungen/.exec((await cell.getAttribute('aria-label'))!)![1]);
  expect(count).toBeGreaterThanOrEqual(3);
  await cell.click();
  await heading(page, 'Handlungsempfehlungen').waitFor();
  await page.waitForURL(
    /\?feld=[0-9a-f-]+&zielgruppe=[0-9a-f-]+&status=SUBMITTED&status=IN_REVIEW&status=FEASIBILITY_CHECK&status=AGREED$/,
  );
  await page.getByText(`Empfehlungen 1 bis ${count} von ${count}`).waitFor();
  await expect(references(page)).resolves.toEqual(expect.arrayContaining(['SB-01', 'SB-02', 'SB-03']));
  await page.goBack();
  await heading(page, 'Abdeckung der Zielgruppen').waitFor();
  // The gap by keyboard: the list filtered the same way is empty.
  await gap.focus();
  await page.keyboard.press('Enter');
  await heading(page, 'Handlungsempfehlungen').waitFor();
  await page.getByText('Keine Handlungsempfehlung passt zu diesem Filter.').waitFor();
  await expect(page.getByLabel('Zielgruppe').locator('option:checked').innerText()).resolves.toBe(
    'Menschen aus Mittel- und Südosteuropa',
  );
  expectNoProblems(page);
  await context.close();
});

test('a participant sees only their own on request and follows and marks their notifications', async () => {
  // The coordinator's comment and status change tell the participant, who wrote SB-01 and ZT-03.
  const coordinator = await newPage(browser);
  await signIn(coordinator.page, DEMO.coordinator);
  const revisionId = await openRecommendations(coordinator.page);
  const { recommendations } = await graphql<{ recommendations: { items: { id: string; reference: string }[] } }>(
    coordinator.page,
    'query ($id: ID!) { recommendations(revisionId: $id, limit: 1000) { items { id reference } } }',
    { id: revisionId },
  );
  const idOf = (reference: string) => recommendations.items.find((r) => r.reference === reference)!.id;
  await graphql(
    coordinator.page,
    'mutation ($id: ID!) { addRecommendationComment(id: $id, body: "Bitte Kosten ergänzen.") { id } }',
    {
      id: idOf('SB-01'),
    },
  );
  await graphql(
    coordinator.page,
    'mutation ($id: ID!) { transitionRecommendation(id: $id, action: START_FEASIBILITY_CHECK) { id } }',
    { id: idOf('ZT-03') },
  );
  await coordinator.context.close();

  const { context, page } = await newPage(browser);
  await signIn(page, DEMO.participant);
  await openRecommendations(page);
  // Participants write while the workshops run, but neither merge nor export.
  await page.getByRole('link', { name: 'Neue Handlungsempfehlung' }).waitFor();
  await expect(page.getByRole('checkbox', { name: /zum Zusammenführen auswählen/ }).count()).resolves.toBe(0);
  await expect(page.getByRole('region', { name: 'Export', exact: true }).count()).resolves.toBe(0);
  await page.getByLabel('Nur meine Empfehlungen (als Autor*in)').check();
  await applyFilter(page);
  await page.waitForURL(/\?meine=1$/);
  await expectFocusedText(page, /^Empfehlungen 1 bis \d+ von \d+$/);
  const authors = await results(page).locator('tbody tr td:nth-child(7)').allTextContents();
  expect(authors.length).toBeGreaterThan(0);
  for (const names of authors) expect(names).toContain('Yusuf Demir');
  await expect(references(page)).resolves.toEqual(expect.arrayContaining(['SB-01', 'ZT-03', 'GP-02']));
  await expectAccessible(page, 'Nur meine Empfehlungen (Teilnehmende)');

  // The header counts the unread notifications in the link's name.
  const link = page.getByRole('link', { name: /^Benachrichtigungen \d+ ungelesen$/ });
  const unreadBefore = Number(/(\d+)/.exec(await link.innerText())![1]);
  expect(unreadBefore).toBeGreaterThanOrEqual(2);
  await link.click();
  await heading(page, 'Benachrichtigungen').waitFor();
  await page.getByText(`${unreadBefore} ungelesene Benachrichtigungen`).waitFor();
  const list = page.getByRole('list', { name: 'Ihre Benachrichtigungen' });
  const comment = list.getByRole('listitem').filter({ hasText: 'Anna Koordination hat SB-01' }).first();
  await expect(comment.innerText()).resolves.toMatch(
    /^neu\s*Anna Koordination hat SB-01 „Sprachkurse mit Kinderbetreuung ausbauen“ kommentiert\./,
  );
  const status = list.getByRole('listitem').filter({ hasText: 'ZT-03' }).first();
  await expect(status.innerText()).resolves.toMatch(
    /^neu\s*Anna Koordination hat ZT-03 „Qualifizierung für Integrationslotsinnen und -lotsen“ von „In Prüfung“ auf „Umsetzbarkeitsprüfung“ gesetzt\./,
  );
  // The demo's own: an older comment, and an agreement read long ago.
  await expect(
    list.getByRole('listitem').filter({ hasText: 'Jonas Berger hat SB-01' }).first().innerText(),
  ).resolves.toMatch(/Jonas Berger hat SB-01 „Sprachkurse mit Kinderbetreuung ausbauen“ kommentiert\./);
  await expect(list.getByRole('listitem').filter({ hasText: 'SB-03' }).first().innerText()).resolves.toMatch(
    /^Anna Koordination hat SB-03 „Elterncafés an Grundschulen“ von „In Prüfung“ auf „Abgestimmt“ gesetzt\./,
  );
  await expectAccessible(page, 'Benachrichtigungen');

  // Following one marks it read.
  await status.getByRole('link').click();
  await page.waitForURL(new RegExp(`/fortschreibungen/${revisionId}/empfehlungen/${idOf('ZT-03')}$`));
  await page
    .getByRole('link', { name: `Benachrichtigungen ${unreadBefore - 1} ungelesen`, exact: true })
    .waitFor({ timeout: 10_000 });
  await page.getByRole('link', { name: `Benachrichtigungen ${unreadBefore - 1} ungelesen`, exact: true }).click();
  await heading(page, 'Benachrichtigungen').waitFor();
  await expect(status.innerText()).resolves.not.toMatch(/^neu/);
  await expect(comment.innerText()).resolves.toMatch(/^neu/);

  // Everything read at once, on a phone.
  await page.setViewportSize({ width: 360, height: 800 });
  await page.getByRole('button', { name: 'Alle als gelesen markieren' }).click();
  await page.getByText('Alle Benachrichtigungen sind als gelesen markiert.').waitFor();
  await page.getByRole('link', { name: 'Benachrichtigungen', exact: true }).waitFor();
  await expect(list.getByText('neu', { exact: true }).count()).resolves.toBe(0);
  await expectNoSideScroll(page, 360);
  await expectAccessible(page, 'Benachrichtigungen gelesen (360 px)');
  expectNoProblems(page);
  await context.close();
});

test('the views are complete in English', async () => {
  const { context, page } = await newPage(browser, { locale: 'en-GB' });
  await page.goto('/anmelden');
  await page.getByLabel('E-mail address').fill(DEMO.coordinator);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await heading(page, 'Overview').waitFor();
  await page.getByRole('link', { name: DEMO_REVISION }).first().click();
  await heading(page, DEMO_REVISION).waitFor();
  await page.getByRole('link', { name: 'Recommendations', exact: true }).click();
  await heading(page, 'Recommendations').waitFor();
  await page.getByRole('button', { name: 'Apply filter' }).waitFor();
  await expectAccessible(page, 'Recommendations (en)');
  await page.getByRole('link', { name: 'Coverage by target group' }).click();
  await heading(page, 'Coverage of target groups').waitFor();
  await page.getByRole('img', { name: /combinations of field of action and target group/ }).waitFor();
  await expectAccessible(page, 'Coverage (en)');
  await page.getByRole('link', { name: 'Notifications' }).first().click();
  await heading(page, 'Notifications').waitFor();
  await expectAccessible(page, 'Notifications (en)');
  expectNoProblems(page);
  await context.close();
});
