import type { Browser } from 'playwright-core';
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
 * Abstimmung of the demo's concept draft, version 1, with the municipalities.
 * The reviewer of Rheda-Wiedenbrück opens round 1 from the revision's
 * navigation, selects a paragraph of the chapter "Einleitung" and comments on
 * it with a proposed wording (the API quotes exactly the selected text), then
 * gives the statement "Zustimmung mit Anmerkungen"; the page fits a phone.
 * The coordinator sees the statement on the status board (picture and
 * table), answers the comment as "berücksichtigt", takes the proposal over
 * and builds the Abwägungstabelle as XLSX; the table lists the row. A version
 * frozen afterwards, compared with version 1, shows the proposal in <ins>
 * and the old paragraph in <del>; it goes to Gütersloh in a new round,
 * started through the form. Every state passes axe.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** The first paragraph of the demo's introduction (the concept-draft journey edits the second one). */
const PARAGRAPH =
  'Der Kreis Gütersloh schreibt sein Integrationskonzept fort. Grundlage sind eine Befragung, die Integrationskonferenz und die Workshops in den Handlungsfeldern.';
const PROPOSAL = 'Kreis und Kommunen haben das Konzept gemeinsam neu gefasst.';
const COMMENT = 'Bitte betonen Sie, dass die Kommunen das Konzept mitgestaltet haben.';
const STATEMENT = 'Wir stimmen zu und bitten, unsere Anmerkung zur Einleitung zu berücksichtigen.';

interface RoundAnswer {
  reviewRound: {
    comments: { id: string; quote: string | null; proposedText: string | null; sectionTitle: string }[];
  };
}

test('a municipality comments on the draft and the coordination weighs the comment up', async () => {
  // The reviewer.
  const reviewer = await newPage(browser);
  const page = reviewer.page;
  await signIn(page, DEMO.reviewer);
  const revisionId = await demoRevisionId(page);
  const { reviewRounds } = await graphql<{ reviewRounds: { id: string; number: number }[] }>(
    page,
    'query($r: ID!) { reviewRounds(revisionId: $r) { id number } }',
    { r: revisionId },
  );
  const roundId = reviewRounds.find((r) => r.number === 1)!.id;

  await page.goto(`/fortschreibungen/${revisionId}`);
  await page.getByRole('link', { name: 'Abstimmung', exact: true }).click();
  await heading(page, 'Abstimmung mit den Kommunen').waitFor();
  await expectAccessible(page, 'Abstimmung: Runden der Kommune');
  await page.getByRole('link', { name: 'Abstimmungsrunde 1', exact: true }).click();
  await heading(page, 'Abstimmungsrunde 1').waitFor();
  expect(page.url()).toContain(`/fortschreibungen/${revisionId}/abstimmung/${roundId}`);
  const intro = page.getByRole('region', { name: 'Einleitung', exact: true });
  await intro.getByText(PARAGRAPH).waitFor();
  await expectAccessible(page, 'Abstimmungsrunde: Text für die Kommune');

  // By keyboard, without a selection, the comment is on the whole section; cancelled here.
  const onSection = intro.getByRole('button', { name: /^Anmerkung zu diesem Abschnitt/ });
  await onSection.focus();
  await page.keyboard.press('Enter');
  await intro.getByText('Die Anmerkung gilt dem ganzen Abschnitt.').waitFor();
  await intro.getByRole('button', { name: 'Abbrechen' }).click();
  await intro.getByText('Die Anmerkung gilt dem ganzen Abschnitt.').waitFor({ state: 'detached' });

  // A real selection of the paragraph; "Anmerken" appears for it.
  await intro.locator('p', { hasText: PARAGRAPH }).selectText();
  await intro.getByRole('button', { name: /^Anmerken/ }).click();
  await intro.locator('blockquote', { hasText: PARAGRAPH }).waitFor();
  await intro.getByLabel('Ihre Anmerkung').fill(COMMENT);
  await intro.getByLabel('Vorschlag für einen neuen Wortlaut').fill(PROPOSAL);
  await expectAccessible(page, 'Abstimmungsrunde: Anmerkung zu einer Textstelle');
  await intro.getByRole('button', { name: 'Anmerkung speichern' }).click();
  await page.getByRole('status').filter({ hasText: 'Ihre Anmerkung zu „Einleitung“ ist gespeichert.' }).waitFor();
  const mine = page.getByRole('region', { name: 'Anmerkungen Ihrer Kommune' });
  await mine.getByText(COMMENT).waitFor();
  // The passage is marked in the text (CSS highlight), exactly what was selected.
  const marked = 'String([...(CSS.highlights.get("review-own") ?? [])].join("|"))';
  for (let tries = 0; (await page.evaluate(marked)) !== PARAGRAPH; tries++) {
    expect(tries).toBeLessThan(100);
    await page.waitForTimeout(50);
  }

  // The API quotes exactly what was selected: the browser counted the offsets as the server does.
  const saved = await graphql<RoundAnswer>(
    page,
    'query($id: ID!) { reviewRound(id: $id) { comments { id quote proposedText sectionTitle } } }',
    { id: roundId },
  );
  const comment = saved.reviewRound.comments.find((c) => c.proposedText === PROPOSAL)!;
  expect(comment).toMatchObject({ quote: PARAGRAPH, sectionTitle: 'Einleitung' });

  // The statement.
  const statement = page.getByRole('region', { name: 'Stellungnahme Ihrer Kommune' });
  await statement.getByRole('radio', { name: 'Zustimmung mit Anmerkungen' }).check();
  await statement.getByLabel('Begründung und Anmerkungen').fill(STATEMENT);
  await statement.getByRole('button', { name: 'Stellungnahme abgeben' }).click();
  await page.getByRole('status').filter({ hasText: 'Die Stellungnahme Ihrer Kommune ist abgegeben.' }).waitFor();
  await statement.getByText(STATEMENT).waitFor();
  expect(await statement.getByRole('radio').count()).toBe(0);
  await expectAccessible(page, 'Abstimmungsrunde: Stellungnahme abgegeben');

  // On a phone: no sideways scrolling.
  await page.setViewportSize({ width: 360, height: 800 });
  await expect(page.evaluate('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(360);
  await expectAccessible(page, 'Abstimmungsrunde der Kommune (360 px)');
  expectNoProblems(page);
  await reviewer.context.close();

  // The coordinator.
  const coordinator = await newPage(browser);
  const cp = coordinator.page;
  await signIn(cp, DEMO.coordinator);
  await cp.goto(`/fortschreibungen/${revisionId}/abstimmung`);
  await heading(cp, 'Abstimmung mit den Kommunen').waitFor();
  const board = cp.getByRole('table', { name: 'Stand der Kommunen in Abstimmungsrunde 1', exact: true });
  await board
    .getByRole('row', { name: /Rheda-Wiedenbrück/ })
    .getByText('Zustimmung mit Anmerkungen')
    .waitFor();
  await cp
    .getByRole('img', { name: /Stellungnahme abgegeben: [1-9]/ })
    .first()
    .waitFor();
  await expectAccessible(cp, 'Abstimmung: Runden mit Stand der Kommunen');

  await cp.getByRole('link', { name: 'Abstimmungsrunde 1', exact: true }).click();
  await heading(cp, 'Abstimmungsrunde 1').waitFor();
  const card = cp.getByRole('article', { name: 'Rheda-Wiedenbrück zu „Einleitung“' }).filter({ hasText: COMMENT });
  await card.getByText(PROPOSAL).waitFor();
  await expectAccessible(cp, 'Abstimmungsrunde: Anmerkungen für die Koordination');
  await card.getByRole('radio', { name: 'berücksichtigt', exact: true }).check();
  await card.getByRole('button', { name: 'Abwägung speichern' }).click();
  await card.getByRole('status').filter({ hasText: 'Die Abwägung ist gespeichert.' }).waitFor();
  await card.getByRole('button', { name: 'Vorschlag übernehmen' }).click();
  await card.getByRole('status').filter({ hasText: 'Der Vorschlag ist in den Arbeitsstand übernommen.' }).waitFor();
  await card.getByText(/^Vorschlag übernommen am/).waitFor();

  const table = cp.getByRole('table', { name: 'Abwägungstabelle der Abstimmungsrunde 1' });
  const row = table.getByRole('row').filter({ hasText: COMMENT });
  await row.getByRole('cell', { name: 'berücksichtigt', exact: true }).waitFor();
  await row.getByRole('cell', { name: PARAGRAPH }).waitFor();
  await expectAccessible(cp, 'Abstimmungsrunde: abgewogen, Vorschlag übernommen');

  // Gütersloh gets more time.
  const extension = cp.getByRole('region', { name: 'Stand der Kommunen' });
  await extension.getByLabel('Kommune', { exact: true }).selectOption({ label: 'Gütersloh' });
  await extension.getByLabel('Neue Frist').fill(`${new Date().getFullYear() + 1}-02-01T12:00`);
  await extension.getByRole('button', { name: 'Frist verlängern' }).click();
  await extension
    .getByRole('status')
    .filter({ hasText: /^Die Frist für Gütersloh endet jetzt am/ })
    .waitFor();
  await expectAccessible(cp, 'Abstimmungsrunde: Frist verlängert');

  // The coordination's page fits a phone, too: the tables scroll in their own boxes.
  await cp.setViewportSize({ width: 360, height: 800 });
  await expect(cp.evaluate('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(360);
  await cp.setViewportSize({ width: 1280, height: 900 });

  // The Abwägungstabelle as XLSX, built by the worker.
  const exportPanel = cp.getByRole('region', { name: 'Abwägungstabelle herunterladen' });
  await exportPanel.getByRole('button', { name: 'Als Excel-Datei (XLSX) erstellen' }).click();
  await exportPanel.getByText('Der Export ist fertig.', { exact: false }).waitFor({ timeout: 30_000 });
  const link = exportPanel.getByRole('link', { name: /\.xlsx herunterladen/ }).first();
  const file = await cp.request.get((await link.getAttribute('href'))!);
  expect(file.status()).toBe(200);
  expect((await file.body()).subarray(0, 2).toString()).toBe('PK');
  await expectAccessible(cp, 'Abstimmungsrunde: Abwägungstabelle exportiert');

  // The next version holds the proposal; the comparison with version 1 shows the change.
  const { conceptDraft } = await graphql<{ conceptDraft: { id: string; versions: { id: string; number: number }[] } }>(
    cp,
    'query($r: ID!) { conceptDraft(revisionId: $r) { id versions { id number } } }',
    { r: revisionId },
  );
  const v1 = conceptDraft.versions.find((v) => v.number === 1)!.id;
  const { freezeConceptVersion } = await graphql<{ freezeConceptVersion: { id: string } }>(
    cp,
    'mutation($d: ID!) { freezeConceptVersion(draftId: $d, note: "Nach der Abwägung") { id } }',
    { d: conceptDraft.id },
  );
  const { compareDraftVersions } = await graphql<{ compareDraftVersions: { html: string } }>(
    cp,
    'query($from: ID!, $to: ID!) { compareDraftVersions(fromId: $from, toId: $to) { html } }',
    { from: v1, to: freezeConceptVersion.id },
  );
  const redline = compareDraftVersions.html.replace(/<(ins|del)\s[^>]*>/g, '<$1>');
  expect(redline).toContain(`<ins>${PROPOSAL}</ins>`);
  expect(redline).toContain(`<del>${PARAGRAPH}</del>`);

  await cp.goto(`/fortschreibungen/${revisionId}/konzept/vergleich?von=${v1}&zu=${freezeConceptVersion.id}`);
  await cp.locator('ins', { hasText: PROPOSAL }).first().waitFor();
  await cp.locator('del', { hasText: PARAGRAPH }).first().waitFor();
  await expectAccessible(cp, 'Vergleich von Version 1 mit der Version nach der Abwägung');

  // The new version goes to Gütersloh in a round of its own; the form first says what is missing.
  await cp.goto(`/fortschreibungen/${revisionId}/abstimmung`);
  await cp.getByRole('button', { name: 'Neue Abstimmungsrunde starten' }).click();
  await cp.getByRole('button', { name: 'Abstimmungsrunde starten', exact: true }).click();
  await cp.getByText('Bitte wählen Sie die Version, die abgestimmt werden soll.').waitFor();
  await expect(cp.evaluate('document.activeElement?.id')).resolves.toBe('review-start-version');
  await expectAccessible(cp, 'Abstimmung: Runde starten, Angaben fehlen');
  await cp.getByLabel('Version des Konzeptentwurfs').selectOption(freezeConceptVersion.id);
  await cp.getByRole('checkbox', { name: 'Gütersloh', exact: true }).check();
  await cp.getByLabel('Frist', { exact: true }).fill(`${new Date().getFullYear() + 1}-03-01T12:00`);
  await cp.getByRole('button', { name: 'Abstimmungsrunde starten', exact: true }).click();
  const started = cp.getByRole('status').filter({ hasText: /Abstimmungsrunde \d+ ist gestartet/ });
  await started.waitFor();
  const number = /Abstimmungsrunde (\d+)/.exec((await started.textContent())!)![1];
  await cp.getByRole('table', { name: `Stand der Kommunen in Abstimmungsrunde ${number}`, exact: true }).waitFor();
  await expectAccessible(cp, 'Abstimmung: zweite Runde gestartet');
  expectNoProblems(cp);
  await coordinator.context.close();
});
