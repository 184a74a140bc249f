import type { Browser, Locator, Page } from 'playwright-core';
import {
  DEMO,
  DEMO_PASSWORD,
  DEMO_REVISION,
  expectAccessible,
  expectNoProblems,
  heading,
  launchBrowser,
  newPage,
  signIn,
} from './support';

/**
 * The recommendations workbench with the demo data: a participant writes a
 * recommendation by keyboard, sees the similar SB-01 suggested, saves and
 * submits it; the coordinator merges ZT-01 and ZT-02; a coordinator and a
 * participant edit PI-02 at the same time and the later one resolves the
 * conflict without losing a word; the coordinator does not adopt WM-01, with
 * a reason asked in a dialog; a participant supports and discusses and names
 * a co-author; the feasibility answers show to the coordinator (in English, on
 * a phone) and to the implementing actor; a reviewer gets no form. Every page
 * passes axe.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Signs in and answers the address of the demo revision's recommendations. */
async function recommendationsBase(page: Page, email: string): Promise<string> {
  await signIn(page, email);
  await page.getByRole('link', { name: DEMO_REVISION }).first().click();
  await heading(page, DEMO_REVISION).waitFor();
  const revision = new URL(page.url()).pathname;
  expect(revision).toMatch(/^\/fortschreibungen\/[0-9a-f-]+$/);
  return `${revision}/empfehlungen`;
}

/** The ids of demo recommendations by reference, asked through the API as the signed-in person. */
async function idsOf(page: Page, base: string, references: string[]): Promise<string[]> {
  const revisionId = base.split('/')[2];
  const response = await page.request.post('/graphql', {
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    data: {
      query: `query($id: ID!) { recommendations(revisionId: $id, limit: 200) { items { id reference } } }`,
      variables: { id: revisionId },
    },
  });
  const items = (await response.json()).data.recommendations.items as { id: string; reference: string }[];
  return references.map((reference) => {
    const found = items.find((i) => i.reference === reference);
    if (!found) throw new Error(`no ${reference} in the demo data`);
    return found.id;
  });
}

/** Waits (up to 5 s) until the element has focus: the editor takes it in the next animation frame. */
async function expectFocused(page: Page, element: Locator) {
  const handle = await element.elementHandle();
  await page.waitForFunction((el) => !!el && el === el.ownerDocument.activeElement, handle, { timeout: 5_000 });
}

/** The option of a select whose text starts with the given code, e.g. "SB – Sprache und Bildung". */
async function chooseField(page: Page, label: string, code: string) {
  const select = page.getByLabel(label, { exact: true });
  const options = await select.locator('option').allTextContents();
  const option = options.find((o) => o.startsWith(`${code} –`));
  expect(option).toBeDefined();
  await select.selectOption({ label: option! });
}

test('(a) a participant writes a recommendation by keyboard, sees a similar one, saves and submits it', async () => {
  const { context, page } = await newPage(browser);
  const base = await recommendationsBase(page, DEMO.participant);
  await page.goto(`${base}/neu`);
  await heading(page, 'Neue Handlungsempfehlung').waitFor();
  await expectAccessible(page, 'Neue Handlungsempfehlung');

  // Saving empty names what the API would refuse, at the fields, and focus goes to the first.
  await page.getByRole('button', { name: 'Speichern' }).click();
  const title = page.getByRole('textbox', { name: 'Titel', exact: true });
  await page.getByText('Bitte geben Sie einen Titel an.').waitFor();
  await page.getByText('Bitte wählen Sie ein Handlungsfeld.').waitFor();
  await expectFocused(page, title);
  await expect(title.getAttribute('aria-invalid')).resolves.toBe('true');
  await expectAccessible(page, 'Neue Handlungsempfehlung mit Fehlern');

  // While the title is typed, SB-01 is suggested in a polite live region.
  await title.fill('Sprachkurse für Mütter mit Betreuung der Kinder');
  const similar = page.locator('[aria-live="polite"]').filter({ hasText: 'Ähnliche Empfehlungen' });
  await similar.getByRole('heading', { name: 'Ähnliche Empfehlungen' }).waitFor();
  const suggestion = similar.getByRole('link', { name: 'SB-01 Sprachkurse mit Kinderbetreuung ausbauen' });
  await suggestion.waitFor();
  expect(await suggestion.getAttribute('href')).toMatch(new RegExp(`^${base}/[0-9a-f-]+$`));
  await similar.getByRole('listitem').filter({ hasText: 'SB-01' }).getByText('In Prüfung').waitFor();

  // The rationale by keyboard: Tab reaches the toolbar (one stop), Tab again the text.
  await title.focus();
  await page.keyboard.press('Tab');
  const bold = page.getByRole('button', { name: 'Fett' });
  await expectFocused(page, bold);
  await expect(bold.getAttribute('aria-pressed')).resolves.toBe('false');
  await page.keyboard.press('Tab');
  const rationale = page.getByRole('textbox', { name: 'Begründung' });
  await expectFocused(page, rationale);
  await page.keyboard.type('Viele Mütter können Kurse nur besuchen, wenn ihre Kinder betreut werden. ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('Wichtig');
  await page.keyboard.press('Control+b');
  await expect(bold.getAttribute('aria-pressed')).resolves.toBe('false');
  await page.keyboard.press('Enter');
  // Back to the toolbar, along it with the arrow keys, and the list switched on.
  await page.keyboard.press('Shift+Tab');
  await expectFocused(page, bold);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const bullets = page.getByRole('button', { name: 'Aufzählung' });
  await expectFocused(page, bullets);
  await page.keyboard.press('Enter');
  await expectFocused(page, rationale);
  await page.keyboard.type('Kinderbetreuung im Kursgebäude');
  await expect(bullets.getAttribute('aria-pressed')).resolves.toBe('true');
  await expect(rationale.innerHTML()).resolves.toContain('<strong>Wichtig</strong>');
  await expect(rationale.innerHTML()).resolves.toContain('<ul><li><p>Kinderbetreuung im Kursgebäude</p></li></ul>');

  await chooseField(page, 'Handlungsfeld', 'SB');
  await page.getByRole('group', { name: 'Zielgruppen' }).getByRole('checkbox').first().check();
  await page.getByRole('radio', { name: 'ausgewählte Kommunen' }).check();
  const municipalities = page.getByRole('group', { name: 'Welche Kommunen?' });
  await municipalities.getByRole('checkbox', { name: 'Gütersloh', exact: true }).check();
  await municipalities.getByRole('checkbox', { name: 'Rheda-Wiedenbrück' }).check();
  await page.getByRole('checkbox', { name: 'Volkshochschule Reckenberg-Ems' }).check();
  await page.getByRole('radio', { name: 'mittelfristig (1–3 Jahre)' }).check();
  await page.getByLabel(/^Ressourcen/).fill('Zwei Betreuungskräfte je Kurs');
  await page.getByLabel(/^Erfolgsindikatoren/).fill('Mehr Mütter schließen einen Integrationskurs ab.');
  await expectAccessible(page, 'Neue Handlungsempfehlung ausgefüllt');
  expectNoProblems(page);

  await page.getByRole('button', { name: 'Speichern' }).click();
  await heading(page, /^[A-Z]{2,4}-\d{2} Sprachkurse für Mütter mit Betreuung der Kinder$/).waitFor();
  expect(new URL(page.url()).pathname).toMatch(new RegExp(`^${base}/[0-9a-f-]+$`));
  await page.getByText('Entwurf', { exact: true }).first().waitFor();
  await page.locator('.workbench-rich-text strong').getByText('Wichtig').waitFor();
  await page.getByRole('definition').filter({ hasText: 'Gütersloh, Rheda-Wiedenbrück' }).waitFor();
  await page.getByRole('definition').filter({ hasText: 'mittelfristig (1–3 Jahre)' }).waitFor();
  await page.getByRole('definition').filter({ hasText: 'Volkshochschule Reckenberg-Ems' }).waitFor();
  await page.getByRole('region', { name: 'Autorinnen und Autoren' }).getByText('Yusuf Demir').waitFor();
  await expectAccessible(page, 'Eigene Empfehlung im Entwurf');

  await page.getByRole('button', { name: 'Einreichen' }).click();
  await page.getByRole('status').filter({ hasText: 'Neuer Status: Eingereicht.' }).waitFor();
  await page.locator('.kern-badge').filter({ hasText: 'Eingereicht' }).waitFor();
  await expect(page.getByRole('button', { name: 'Einreichen' }).count()).resolves.toBe(0);
  await page.getByRole('button', { name: 'Zurückziehen' }).waitFor();
  await expectAccessible(page, 'Eigene Empfehlung eingereicht');
  expectNoProblems(page);
  await context.close();
});

test('(b) the coordinator merges ZT-01 and ZT-02; the result lists both, ZT-01 points to it', async () => {
  const { context, page } = await newPage(browser);
  const base = await recommendationsBase(page, DEMO.coordinator);
  const [zt01, zt02] = await idsOf(page, base, ['ZT-01', 'ZT-02']);
  await page.goto(`${base}/zusammenfuehren?ids=${zt01},${zt02}`);
  await heading(page, 'Empfehlungen zusammenführen').waitFor();
  const sources = page.getByRole('region', { name: 'Die gewählten Empfehlungen' });
  await sources.getByRole('heading', { name: 'ZT-01 Offene Sprachcafés in allen Kommunen' }).waitFor();
  await sources.getByRole('heading', { name: 'ZT-02 Begegnungscafés in den Stadtteilen' }).waitFor();
  const title = page.getByRole('textbox', { name: 'Titel', exact: true });
  await expect(title.inputValue()).resolves.toBe('Offene Sprachcafés in allen Kommunen');
  await expectAccessible(page, 'Zusammenführen');

  // Side by side on a wide screen, stacked on a phone, never wider than the screen.
  const boxes = await sources
    .getByRole('listitem')
    .evaluateAll((items) => items.map((item) => item.getBoundingClientRect().top));
  expect(boxes[0]).toBe(boxes[1]);
  await page.setViewportSize({ width: 360, height: 800 });
  const stacked = await sources
    .getByRole('listitem')
    .evaluateAll((items) => items.map((item) => item.getBoundingClientRect().top));
  expect(stacked[1]).toBeGreaterThan(stacked[0]);
  await expect(page.evaluate('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(360);
  await page.setViewportSize({ width: 1280, height: 900 });

  // Compose: the second title, then reworded; the second rationale appended.
  await page.getByRole('button', { name: 'Diesen Titel übernehmen – ZT-02' }).click();
  await expect(title.inputValue()).resolves.toBe('Begegnungscafés in den Stadtteilen');
  await title.fill('Sprach- und Begegnungscafés in allen Kommunen');
  await page.getByRole('button', { name: 'Begründung anhängen – ZT-02' }).click();
  const rationale = page.getByRole('textbox', { name: 'Begründung' });
  await expect(rationale.innerText()).resolves.toContain('Offene Sprachcafés bieten Gelegenheit');
  await expect(rationale.innerText()).resolves.toContain('In Begegnungscafés treffen sich');

  const summary = page.getByRole('region', { name: 'Was übernommen wird' });
  await summary.getByText('Quellen: ZT-01, ZT-02').waitFor();
  await summary.getByText('2 Autorinnen und Autoren').waitFor();
  await summary.getByText('4 Herkunftsangaben einschließlich der Quellen').waitFor();

  await page.getByRole('button', { name: 'Zusammenführen …' }).click();
  const dialog = page.getByRole('dialog', { name: '2 Empfehlungen zusammenführen?' });
  await dialog.getByText('„Sprach- und Begegnungscafés in allen Kommunen“').waitFor();
  await expectAccessible(page, 'Zusammenführen bestätigen');
  await dialog.getByRole('button', { name: 'Zusammenführen' }).click();

  await heading(page, /^ZT-\d{2} Sprach- und Begegnungscafés in allen Kommunen$/).waitFor();
  const resultUrl = new URL(page.url()).pathname;
  expect(resultUrl).not.toContain(zt01);
  await page.locator('.kern-badge').filter({ hasText: 'In Prüfung' }).waitFor();
  const mergedFrom = page.getByRole('region', { name: 'Zusammengeführt aus' });
  await mergedFrom.getByRole('link', { name: 'ZT-01 Offene Sprachcafés in allen Kommunen' }).waitFor();
  await mergedFrom.getByRole('link', { name: 'ZT-02 Begegnungscafés in den Stadtteilen' }).waitFor();
  await expectAccessible(page, 'Zusammengeführte Empfehlung');

  await mergedFrom.getByRole('link', { name: /ZT-01/ }).click();
  await heading(page, 'ZT-01 Offene Sprachcafés in allen Kommunen').waitFor();
  await page.getByText('Diese Empfehlung wurde zusammengeführt').waitFor();
  await page.locator('.kern-badge').filter({ hasText: 'Zusammengeführt' }).waitFor();
  const onward = page.getByRole('link', { name: /Sprach- und Begegnungscafés in allen Kommunen/ });
  expect(await onward.getAttribute('href')).toBe(resultUrl);
  await expectAccessible(page, 'Quelle nach dem Zusammenführen');
  expectNoProblems(page);
  await context.close();
});

test('(c) two people edit PI-02 at once: the later one sees what changed, keeps the text and saves', async () => {
  const coordinator = await newPage(browser);
  const participant = await newPage(browser);
  const base = await recommendationsBase(coordinator.page, DEMO.coordinator);
  await recommendationsBase(participant.page, DEMO.participant);
  const [pi02] = await idsOf(coordinator.page, base, ['PI-02']);
  const edit = `${base}/${pi02}/bearbeiten`;
  for (const { page } of [coordinator, participant]) {
    await page.goto(edit);
    await heading(page, 'PI-02 bearbeiten').waitFor();
  }
  await expectAccessible(participant.page, 'PI-02 bearbeiten');

  // The coordinator saves first: a new title and resources.
  const c = coordinator.page;
  await c.getByRole('textbox', { name: 'Titel', exact: true }).fill('Mehrsprachige Informationen aller Behörden');
  await c.getByLabel(/^Ressourcen/).fill('Übersetzungsbudget der Koordination');
  await c.getByRole('button', { name: 'Speichern' }).click();
  await heading(c, 'PI-02 Mehrsprachige Informationen aller Behörden').waitFor();

  // The participant, still on the old version, changes the rationale and the resources.
  const p = participant.page;
  const rationale = p.getByRole('textbox', { name: 'Begründung' });
  await rationale.click();
  await p.keyboard.press('Control+End');
  await p.keyboard.type(' Auch Termine sollen mehrsprachig bestätigt werden.');
  await p.getByLabel(/^Ressourcen/).fill('Zwei Stellen für Sprachmittlung');
  await p.getByRole('button', { name: 'Speichern' }).click();

  const alert = p.getByRole('alert').filter({ hasText: 'Jemand anderes hat diese Empfehlung inzwischen geändert' });
  await alert.waitFor();
  await alert.getByText(/Anna Koordination hat diese Empfehlung inzwischen geändert \(Titel, Ressourcen\)/).waitFor();
  await expectFocused(p, alert);
  const titleRow = alert.getByRole('listitem').filter({ has: p.getByRole('heading', { name: 'Titel' }) });
  await titleRow.getByRole('definition').filter({ hasText: 'Mehrsprachige Informationen aller Behörden' }).waitFor();
  await titleRow.getByText('Sie hatten dieses Feld nicht geändert').waitFor();
  const resourcesRow = alert.getByRole('listitem').filter({ has: p.getByRole('heading', { name: 'Ressourcen' }) });
  await resourcesRow.getByRole('definition').filter({ hasText: 'Übersetzungsbudget der Koordination' }).waitFor();
  await resourcesRow.getByRole('definition').filter({ hasText: 'Zwei Stellen für Sprachmittlung' }).waitFor();
  await resourcesRow.getByRole('button', { name: 'Gespeicherten Wert übernehmen – Ressourcen' }).waitFor();

  // Nothing typed is lost; what only the coordinator changed is in the form now.
  await expect(rationale.innerText()).resolves.toContain('Auch Termine sollen mehrsprachig bestätigt werden.');
  await expect(p.getByLabel(/^Ressourcen/).inputValue()).resolves.toBe('Zwei Stellen für Sprachmittlung');
  await expect(p.getByRole('textbox', { name: 'Titel', exact: true }).inputValue()).resolves.toBe(
    'Mehrsprachige Informationen aller Behörden',
  );
  await expectAccessible(p, 'Bearbeitungskonflikt');

  await p.getByRole('button', { name: 'Meine Fassung speichern' }).click();
  await heading(p, 'PI-02 Mehrsprachige Informationen aller Behörden').waitFor();
  await p.getByRole('definition').filter({ hasText: 'Zwei Stellen für Sprachmittlung' }).waitFor();
  await p.getByText('Auch Termine sollen mehrsprachig bestätigt werden.').waitFor();

  // Three versions now; the first and the last compared word by word.
  const versions = p.getByRole('region', { name: 'Versionen' });
  await versions.getByText(/^Version 3 vom .*, Yusuf Demir$/).waitFor();
  await versions.getByText(/^Version 2 vom .*, Anna Koordination$/).waitFor();
  await versions.getByLabel('Ältere Version').selectOption('1');
  await versions.getByLabel('Neuere Version').selectOption('3');
  await versions.getByRole('button', { name: 'Vergleichen' }).click();
  await versions.getByText('3 Angaben haben sich geändert:').waitFor();
  const titleChange = versions
    .locator('.workbench-diff__field')
    .filter({ has: p.getByRole('heading', { name: 'Titel' }) });
  await expect(titleChange.locator('del').allTextContents()).resolves.toEqual(['[gelöscht: der Ausländerbehörde]']);
  await expect(titleChange.locator('ins').allTextContents()).resolves.toEqual(['[eingefügt: aller Behörden]']);
  await expectAccessible(p, 'Versionsvergleich');
  expectNoProblems(p);
  expectNoProblems(c);
  await coordinator.context.close();
  await participant.context.close();
});

test('(d) the coordinator does not adopt WM-01 and gives the reason in a dialog', async () => {
  const { context, page } = await newPage(browser);
  const base = await recommendationsBase(page, DEMO.coordinator);
  const [wm01] = await idsOf(page, base, ['WM-01']);
  await page.goto(`${base}/${wm01}`);
  await heading(page, 'WM-01 Mietführerschein für Geflüchtete').waitFor();
  await expectAccessible(page, 'WM-01 (Koordination)');

  const reject = page.getByRole('button', { name: 'Nicht übernehmen' });
  await reject.click();
  const dialog = page.getByRole('dialog', { name: 'WM-01: Nicht übernehmen' });
  await dialog.waitFor();
  const reason = dialog.getByRole('textbox', { name: 'Begründung' });
  await dialog.getByRole('button', { name: 'Nicht übernehmen' }).click();
  await dialog.getByText('Bitte geben Sie einen Grund an.').waitFor();
  await expectFocused(page, reason);
  await expectAccessible(page, 'Nicht übernehmen ohne Grund');

  // Escape closes the dialog and hands focus back to the button.
  await page.keyboard.press('Escape');
  await expectFocused(page, reject);
  await reject.click();
  await reason.fill('Der Kreis bietet den Kurs bereits über die Volkshochschule an.');
  await dialog.getByRole('button', { name: 'Nicht übernehmen' }).click();
  await page.getByRole('status').filter({ hasText: 'Neuer Status: Nicht übernommen.' }).waitFor();
  await expect(dialog.isVisible()).resolves.toBe(false);
  await page.locator('.kern-badge').filter({ hasText: 'Nicht übernommen' }).waitFor();
  await page.getByText('Der Kreis bietet den Kurs bereits über die Volkshochschule an.').waitFor();
  await page.getByRole('button', { name: 'Wieder öffnen' }).waitFor();
  await expectAccessible(page, 'WM-01 nicht übernommen');
  expectNoProblems(page);
  await context.close();
});

test('(e) a participant supports and discusses SB-02 and names a co-author of SB-01', async () => {
  const { context, page } = await newPage(browser);
  const base = await recommendationsBase(page, DEMO.participant);
  const [sb01, sb02] = await idsOf(page, base, ['SB-01', 'SB-02']);
  await page.goto(`${base}/${sb02}`);
  await heading(page, 'SB-02 Sprachmittlung in Kitas und Schulen sichern').waitFor();
  // Not an author: no edit link, but support and comments.
  await expect(page.getByRole('link', { name: /Bearbeiten/ }).count()).resolves.toBe(0);
  const support = page.getByRole('region', { name: 'Unterstützung' });
  await support.getByText('0 Personen unterstützen diese Empfehlung.').waitFor();
  await support.getByRole('button', { name: 'Unterstützen' }).click();
  await support.getByText('1 Person unterstützt diese Empfehlung. Sie gehören dazu.').waitFor();
  await support.getByRole('button', { name: 'Unterstützung zurückziehen' }).click();
  await support.getByText('0 Personen unterstützen diese Empfehlung.').waitFor();
  await support.getByRole('button', { name: 'Unterstützen' }).click();
  await support.getByText('1 Person unterstützt diese Empfehlung. Sie gehören dazu.').waitFor();

  const discussion = page.getByRole('region', { name: /^Diskussion/ });
  await discussion.getByText('Noch keine Kommentare.').waitFor();
  await discussion.getByRole('button', { name: 'Kommentar senden' }).click();
  const comment = discussion.getByRole('textbox', { name: 'Ihr Kommentar zu SB-02' });
  await discussion.getByText('Bitte schreiben Sie einen Text.').waitFor();
  await expectFocused(page, comment);
  await comment.fill('In Herzebrock-Clarholz gibt es dafür schon einen kleinen Pool.');
  await discussion.getByRole('button', { name: 'Kommentar senden' }).click();
  await page.getByRole('heading', { level: 2, name: 'Diskussion (1 Beitrag)' }).waitFor();
  await discussion.getByText('In Herzebrock-Clarholz gibt es dafür schon einen kleinen Pool.').waitFor();
  await expect(comment.inputValue()).resolves.toBe('');

  await discussion.getByRole('button', { name: 'Antworten' }).click();
  await discussion.getByRole('textbox', { name: 'Ihre Antwort an Yusuf Demir' }).fill('Ergänzung: auch in Verl.');
  await discussion.getByRole('button', { name: 'Antwort senden' }).click();
  await page.getByRole('heading', { level: 2, name: 'Diskussion (2 Beiträge)' }).waitFor();
  await discussion
    .getByRole('list', { name: 'Antworten an Yusuf Demir' })
    .getByText('Ergänzung: auch in Verl.')
    .waitFor();
  await page
    .getByRole('region', { name: 'Umsetzbarkeit' })
    .getByText('Die Rückmeldungen zur Umsetzbarkeit sehen die Koordination und die befragten Organisationen.')
    .waitFor();
  await expectAccessible(page, 'SB-02 mit Unterstützung und Diskussion');

  // On their own SB-01 the participant names and removes a co-author.
  await page.goto(`${base}/${sb01}`);
  await heading(page, 'SB-01 Sprachkurse mit Kinderbetreuung ausbauen').waitFor();
  const authors = page.getByRole('region', { name: 'Autorinnen und Autoren' });
  await authors.getByText('Yusuf Demir').waitFor();
  await authors.getByText('(hat sie angelegt)').waitFor();
  await authors.getByLabel('Mitautorin oder Mitautor hinzufügen').selectOption({ label: 'Mariam Haddad' });
  await authors.getByRole('button', { name: 'Hinzufügen' }).click();
  const remove = authors.getByRole('button', { name: 'Entfernen – Mariam Haddad' });
  await remove.waitFor();
  await expect(authors.getByRole('button', { name: /Entfernen – Yusuf Demir/ }).count()).resolves.toBe(0);
  await expectAccessible(page, 'SB-01 mit Mitautorin');
  await remove.click();
  await remove.waitFor({ state: 'detached' });
  await expect(authors.getByRole('listitem').filter({ hasText: 'Mariam Haddad' }).count()).resolves.toBe(0);
  await authors.getByRole('option', { name: 'Mariam Haddad' }).waitFor({ state: 'attached' });
  // The carried thread: a comment with its reply.
  await page.getByText('Das Jobcenter kann die Kinderbetreuung in Gütersloh mitfinanzieren.').waitFor();
  await page.getByText('Danke! Dann sollten wir Rheda-Wiedenbrück gleich mit aufnehmen.').waitFor();
  expectNoProblems(page);
  await context.close();
});

test('(f) in English, the coordinator reads AW-01 with its feasibility answers on a phone', async () => {
  const { context, page } = await newPage(browser, { locale: 'en-GB', width: 360 });
  await page.goto('/anmelden');
  await page.getByLabel('E-mail address').fill(DEMO.coordinator);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await heading(page, 'Overview').waitFor();
  await page.getByRole('link', { name: DEMO_REVISION }).first().click();
  await heading(page, DEMO_REVISION).waitFor();
  const base = `${new URL(page.url()).pathname}/empfehlungen`;
  const [aw01] = await idsOf(page, base, ['AW-01']);
  await page.goto(`${base}/${aw01}`);
  await heading(page, 'AW-01 Anerkennungsberatung in allen Kommunen anbieten').waitFor();
  const feasibility = page.getByRole('region', { name: 'Feasibility' });
  await feasibility
    .getByRole('listitem')
    .filter({ hasText: 'Volkshochschule Reckenberg-Ems' })
    .getByText('Umsetzbar, wenn die Kommunen Räume stellen.')
    .waitFor();
  await page.getByRole('button', { name: 'Return for revision' }).waitFor();
  await page.getByRole('region', { name: 'Versions' }).getByText('There is only one version so far.').waitFor();
  await expect(page.evaluate('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(360);
  await expectAccessible(page, 'AW-01 (coordinator, en, 360 px)');

  await page.goto(`${base}/${aw01}/bearbeiten`);
  await heading(page, 'Edit AW-01').waitFor();
  await page.getByRole('toolbar', { name: 'Formatting: Rationale' }).waitFor();
  await expect(page.evaluate('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(360);
  await expectAccessible(page, 'Edit AW-01 (en, 360 px)');
  expectNoProblems(page);
  await context.close();
});

test('(g) the Jobcenter’s implementing actor sees its own feasibility check on AW-01', async () => {
  const { context, page } = await newPage(browser);
  const base = await recommendationsBase(page, 'umsetzung@jobcenter-kreis-guetersloh.example');
  const [aw01] = await idsOf(page, base, ['AW-01']);
  await page.goto(`${base}/${aw01}`);
  await heading(page, 'AW-01 Anerkennungsberatung in allen Kommunen anbieten').waitFor();
  const feasibility = page.getByRole('region', { name: 'Umsetzbarkeit' });
  await feasibility.getByRole('listitem').filter({ hasText: 'Jobcenter Kreis Gütersloh' }).waitFor();
  // Only its own organisation's check, not the Volkshochschule's.
  await expect(feasibility.getByText('Volkshochschule Reckenberg-Ems').count()).resolves.toBe(0);
  await expect(page.getByRole('link', { name: /Bearbeiten/ }).count()).resolves.toBe(0);
  await expectAccessible(page, 'AW-01 (umsetzende Organisation)');
  expectNoProblems(page);
  await context.close();
});

test('(h) a municipal reviewer is told who writes recommendations instead of getting a form', async () => {
  const { context, page } = await newPage(browser);
  const base = await recommendationsBase(page, DEMO.reviewer);
  await page.goto(`${base}/neu`);
  await heading(page, 'Neue Handlungsempfehlung').waitFor();
  await page.getByText(/Neue Empfehlungen schreiben Teilnehmende während der Integrationskonferenz/).waitFor();
  await expect(page.getByRole('textbox', { name: 'Titel', exact: true }).count()).resolves.toBe(0);
  await expectAccessible(page, 'Neue Handlungsempfehlung (Verwaltung)');
  expectNoProblems(page);
  await context.close();
});
