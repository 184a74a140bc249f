import type { Browser, Locator, Page } from 'playwright-core';
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
 * Survey results, findings and interviews: the coordinator publishes a survey
 * with a public link, ten people answer it anonymously, and the results page
 * shows the response and each question as a picture named with its key
 * figure and as a table; a breakdown by municipality combines the groups
 * under five. A free-text answer is coded and becomes a finding, which the
 * findings page lists under its field of action; an interview is recorded, a
 * marked passage of its notes backs the finding, and the finding is cited as
 * the origin of a recommendation. A participant reads the findings without
 * any form and without the interviews. Axe in every state.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const SUFFIX = Date.now().toString(36);
const TITLE = `Umfrage Integrationsarbeit ${SUFFIX}`;
const FINDING = `Lange Wartezeiten auf Integrationskurse ${SUFFIX}`;
const WAITING = 'Die Wartezeiten auf einen Integrationskurs sind in Gütersloh länger als sechs Monate.';
const DAYCARE = 'Es fehlen Kita-Plätze für Kinder geflüchteter Familien.';
const PSEUDONYM = `I-${SUFFIX.slice(-4)}`;
const PASSAGE = 'Im Kurs in Verl warten viele seit dem Frühjahr auf einen Platz.';
const NOTES = `Gespräch in der Beratungsstelle.\n${PASSAGE}\nDie Kinderbetreuung während des Kurses fehlt.`;
const de = (text: string) => [{ language: 'de', text }];

/** Who answers what: five from Gütersloh, the others from places with fewer than five answers each. */
const PEOPLE = [
  { place: 'Gütersloh', choice: 'gut', text: WAITING },
  { place: 'Gütersloh', choice: 'gut' },
  { place: 'Gütersloh', choice: 'gut' },
  { place: 'Gütersloh', choice: 'gut' },
  { place: 'Gütersloh', choice: 'mittel' },
  { place: 'Verl', choice: 'gut', text: DAYCARE },
  { place: 'Verl', choice: 'gut' },
  { place: 'Rietberg', choice: 'mittel' },
  { place: 'Rietberg', choice: 'mittel' },
  { place: 'Harsewinkel', choice: 'schlecht' },
];

interface Setup {
  revisionId: string;
  surveyId: string;
  field: { id: string; title: string };
  weakField: { id: string; title: string };
  targetGroup: { id: string; name: string };
  recommendation: { id: string; reference: string; title: string };
}

/** The survey built, published and answered through the API, as the signed-in coordinator and anonymously. */
async function answeredSurvey(page: Page): Promise<Setup> {
  const revisionId = await demoRevisionId(page);
  const { revision, recommendations } = await graphql<{
    revision: {
      fieldsOfAction: { id: string; title: string; position: number }[];
      targetGroups: { id: string; name: string }[];
      region: { municipalities: { id: string; name: string }[] };
    };
    recommendations: { items: { id: string; reference: string; title: string; fieldOfActionId: string }[] };
  }>(
    page,
    `
      query ($id: ID!) {
        revision(id: $id) {
          fieldsOfAction {
            id
            title
            position
          }
          targetGroups {
            id
            name
          }
          region {
            municipalities {
              id
              name
            }
          }
        }
        recommendations(revisionId: $id, limit: 200) {
          items {
            id
            reference
            title
            fieldOfActionId
          }
        }
      }
    `,
    { id: revisionId },
  );
  const recommendation = recommendations.items[0];
  const field = revision.fieldsOfAction.find((f) => f.id === recommendation.fieldOfActionId)!;
  const weakField = revision.fieldsOfAction.find((f) => f.id !== field.id)!;
  const place = (name: string) => revision.region.municipalities.find((m) => m.name === name)!.id;

  const hour = 3_600_000;
  const { createSurvey } = await graphql<{ createSurvey: { id: string } }>(
    page,
    'mutation ($r: ID!, $input: SurveyInput!) { createSurvey(revisionId: $r, input: $input) { id } }',
    {
      r: revisionId,
      input: {
        title: de(TITLE),
        languages: ['de'],
        opensAt: new Date(Date.now() - hour).toISOString(),
        closesAt: new Date(Date.now() + 7 * 24 * hour).toISOString(),
      },
    },
  );
  const surveyId = createSurvey.id;
  const { saveSurveySection } = await graphql<{ saveSurveySection: { id: string } }>(
    page,
    'mutation ($s: ID!, $input: SurveySectionInput!) { saveSurveySection(surveyId: $s, input: $input) { id } }',
    { s: surveyId, input: { title: de('Ihre Einschätzung') } },
  );
  const question = async (input: Record<string, unknown>) =>
    (
      await graphql<{ saveSurveyQuestion: { id: string } }>(
        page,
        'mutation ($s: ID!, $input: SurveyQuestionInput!) { saveSurveyQuestion(surveyId: $s, input: $input) { id } }',
        { s: surveyId, input: { sectionId: saveSurveySection.id, required: false, ...input } },
      )
    ).saveSurveyQuestion.id;
  const qPlace = await question({
    kind: 'MUNICIPALITY',
    text: de('In welcher Kommune sind Sie tätig?'),
    required: true,
  });
  const qChoice = await question({
    kind: 'SINGLE_CHOICE',
    text: de('Wie gut ist das Angebot an Sprachkursen?'),
    options: [
      { key: 'gut', label: de('gut') },
      { key: 'mittel', label: de('mittel') },
      { key: 'schlecht', label: de('schlecht') },
    ],
  });
  const qRating = await question({ kind: 'FIELD_RATING', text: de('Wie steht es um die Handlungsfelder?') });
  const qRank = await question({
    kind: 'RANKING',
    text: de('Was ist am dringendsten?'),
    options: [
      { key: 'sprache', label: de('Sprache') },
      { key: 'arbeit', label: de('Arbeit') },
      { key: 'wohnen', label: de('Wohnen') },
    ],
  });
  const qText = await question({ kind: 'FREE_TEXT', text: de('Was sollte sich ändern?') });
  await graphql(page, 'mutation ($id: ID!) { publishSurvey(id: $id) { id } }', { id: surveyId });
  const { setSurveyPublicLink } = await graphql<{ setSurveyPublicLink: { publicToken: string } }>(
    page,
    'mutation ($id: ID!) { setSurveyPublicLink(id: $id, enabled: true) { publicToken } }',
    { id: surveyId },
  );

  for (const person of PEOPLE) {
    const { startSurveyResponse: token } = await graphql<{ startSurveyResponse: string }>(
      page,
      'mutation ($p: String!) { startSurveyResponse(publicToken: $p, language: "de") }',
      { p: setSurveyPublicLink.publicToken },
    );
    await graphql(
      page,
      'mutation ($t: String!, $a: [SurveyAnswerInput!]!) { saveSurveyAnswers(token: $t, language: "de", answers: $a) { savedAt } }',
      {
        t: token,
        a: [
          { questionId: qPlace, municipalityId: place(person.place) },
          { questionId: qChoice, choice: person.choice },
        ],
      },
    );
    await graphql(
      page,
      'mutation ($t: String!, $a: [SurveyAnswerInput!]!) { submitSurveyResponse(token: $t, language: "de", answers: $a) { submittedAt } }',
      {
        t: token,
        a: [
          {
            questionId: qRating,
            ratings: [
              { fieldOfActionId: field.id, rating: 4 },
              { fieldOfActionId: weakField.id, rating: 2 },
            ],
          },
          { questionId: qRank, order: ['sprache', 'arbeit', 'wohnen'] },
          ...(person.text ? [{ questionId: qText, text: person.text }] : []),
        ],
      },
    );
  }
  return { revisionId, surveyId, field, weakField, targetGroup: revision.targetGroups[0], recommendation };
}

/** The cells of a table's body rows, as text. */
async function bodyRows(table: Locator): Promise<string[][]> {
  const rows = table.locator('tbody tr');
  const result: string[][] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    result.push((await rows.nth(i).locator('th, td').allTextContents()).map((c) => c.trim().replace(/\s/g, ' ')));
  }
  return result;
}

/** Waits until `check` holds, asking the page again every 200 ms (a string waitForFunction is blocked by the CSP). */
async function eventually(page: Page, expression: string, what: string) {
  for (let i = 0; i < 50; i++) {
    if (await page.evaluate(expression)) return;
    await page.waitForTimeout(200);
  }
  throw new Error(`never happened: ${what}`);
}

test('the coordinator reads the results, codes an answer into a finding, records an interview and cites the finding', async () => {
  const { page } = await newPage(browser);
  await signIn(page, DEMO.coordinator);
  const setup = await answeredSurvey(page);

  await page.goto(`/fortschreibungen/${setup.revisionId}/umfragen/${setup.surveyId}/ergebnisse`);
  await heading(page, `Ergebnisse: ${TITLE}`).waitFor();

  // The response: the picture's name states the key figure, the table the same figures.
  await page
    .getByRole('img', {
      name: 'Rücklauf nach Zielgruppe: 10 abgeschlossene Antworten. Abgeschlossen: Öffentlicher Link 10.',
    })
    .waitFor();
  await expect(bodyRows(page.getByRole('table', { name: 'Rücklauf nach Zielgruppe' }))).resolves.toEqual([
    ['Öffentlicher Link', '–', '10', '10', '–'],
    ['Insgesamt', '0', '10', '10', '–'],
  ]);

  // A chart per closed question, named with its key figure, with its table.
  await page
    .getByRole('img', {
      name: /^Wie gut ist das Angebot an Sprachkursen\?: 10 Antworten; am häufigsten „gut“ mit 6 Nennungen \(60\s%\)\.$/,
    })
    .waitFor();
  await expect(
    bodyRows(page.getByRole('table', { name: 'Antworten: Wie gut ist das Angebot an Sprachkursen?' })),
  ).resolves.toEqual([
    ['gut', '6', '60 %'],
    ['mittel', '3', '30 %'],
    ['schlecht', '1', '10 %'],
  ]);
  const places = await bodyRows(page.getByRole('table', { name: 'Antworten: In welcher Kommune sind Sie tätig?' }));
  expect(places.filter((row) => row[1] !== '0')).toEqual([
    ['Gütersloh', '5', '50 %'],
    ['Harsewinkel', '1', '10 %'],
    ['Rietberg', '2', '20 %'],
    ['Verl', '2', '20 %'],
  ]);
  await page
    .getByRole('img', {
      name:
        'Wie steht es um die Handlungsfelder?: durchschnittliche Bewertung von 1 (schlecht) bis 5 (gut); ' +
        `am besten „${setup.field.title}“ mit 4, am schwächsten „${setup.weakField.title}“ mit 2.`,
    })
    .waitFor();
  const ratings = await bodyRows(
    page.getByRole('table', { name: 'Bewertungen der Handlungsfelder: Wie steht es um die Handlungsfelder?' }),
  );
  expect(ratings.find((row) => row[0] === setup.field.title)).toEqual([
    setup.field.title,
    '10',
    '4',
    '0',
    '0',
    '0',
    '10',
    '0',
  ]);
  expect(ratings.find((row) => row[0] === setup.weakField.title)).toEqual([
    setup.weakField.title,
    '10',
    '2',
    '0',
    '10',
    '0',
    '0',
    '0',
  ]);
  await page
    .getByRole('img', {
      name: 'Was ist am dringendsten?: durchschnittlicher Rang; an erster Stelle „Sprache“ mit Rang 1 im Durchschnitt.',
    })
    .waitFor();
  await expect(
    bodyRows(page.getByRole('table', { name: 'Durchschnittlicher Rang: Was ist am dringendsten?' })),
  ).resolves.toEqual([
    ['1', 'Sprache', '1'],
    ['2', 'Arbeit', '2'],
    ['3', 'Wohnen', '3'],
  ]);
  await expectAccessible(page, 'Umfrageergebnisse');

  // By municipality: only Gütersloh has five; Verl, Rietberg and Harsewinkel are combined, never shown alone.
  await page.getByLabel('Aufschlüsseln: Wie gut ist das Angebot an Sprachkursen?').selectOption({ label: 'Kommune' });
  const breakdown = page.getByRole('table', { name: 'Wie gut ist das Angebot an Sprachkursen? nach Kommune' });
  await breakdown.waitFor();
  await expect(bodyRows(breakdown)).resolves.toEqual([
    ['Gütersloh', '5', '4', '1', '0'],
    ['Weitere (zusammengefasst)', '5', '2', '2', '1'],
  ]);
  await page
    .getByText(
      '5 Befragte aus Gruppen mit weniger als 5 Personen sind unter „Weitere (zusammengefasst)“ zusammengefasst.',
    )
    .waitFor();
  await expectAccessible(page, 'Aufschlüsselung nach Kommune');

  // Every response as a CSV file: the progress is announced until the file is there to download.
  const exports = page.getByRole('region', { name: 'Antworten exportieren' });
  await exports.getByRole('button', { name: 'Als CSV exportieren' }).click();
  await exports.getByText(/Der Export ist fertig\./).waitFor({ timeout: 60_000 });
  const download = exports.getByRole('link', { name: /^umfrage.*\.csv herunterladen/ }).first();
  await download.waitFor();
  const file = await page.request.get((await download.getAttribute('href'))!);
  expect(file.status()).toBe(200);
  const csv = await file.text();
  expect(csv).toContain(WAITING);
  expect(csv).toContain(DAYCARE);
  await expectAccessible(page, 'Export der Antworten');

  // A free-text answer: coded to a field of action and a target group, then taken into a new finding.
  const answers = page.getByRole('region', { name: 'Freitextantworten' });
  await answers.getByText('2 Antworten').waitFor();
  const answer = answers.getByRole('listitem').filter({ hasText: WAITING });
  await answer.getByText('Noch nicht zugeordnet.').waitFor();
  await answer.getByRole('group', { name: 'Handlungsfelder' }).getByLabel(setup.field.title).check();
  await answer.getByRole('group', { name: 'Zielgruppen' }).getByLabel(setup.targetGroup.name).check();
  await answer.getByRole('button', { name: 'Zuordnung speichern' }).click();
  await page
    .getByRole('status')
    .getByText('Die Zuordnung der Antwort auf „Was sollte sich ändern?“ ist gespeichert.')
    .waitFor();
  await answer.getByText('Zugeordnet.').waitFor();
  await answer.getByRole('button', { name: 'In ein Ergebnis übernehmen' }).click();
  await expect(answer.getByLabel('Ergebnis', { exact: true }).inputValue()).resolves.toBe('');
  await answer.getByLabel('Handlungsfeld').selectOption({ label: setup.field.title });
  await answer.getByLabel('Titel des Ergebnisses').fill(FINDING);
  await answer.getByLabel(/^Zusammenfassung/).fill('Wer einen Kurs braucht, wartet oft ein halbes Jahr.');
  await expectAccessible(page, 'Antwort in ein Ergebnis übernehmen');
  await answer.getByRole('button', { name: 'Ergebnis anlegen' }).click();
  await page.getByRole('status').getByText(`Das Ergebnis „${FINDING}“ ist angelegt und belegt.`).waitFor();
  await answer.getByText(`Belegt die Ergebnisse: „${FINDING}“`).waitFor();
  await expectAccessible(page, 'Ergebnis aus einer Antwort angelegt');

  // The findings page lists it under its field of action, with the answer quoted.
  await page
    .getByRole('navigation', { name: 'Bereiche dieser Fortschreibung' })
    .getByRole('link', { name: 'Ergebnisse und Interviews' })
    .click();
  await heading(page, 'Ergebnisse und Interviews').waitFor();
  const fieldSection = page.getByRole('region', { name: setup.field.title, exact: true });
  const finding = fieldSection.getByRole('article', { name: FINDING });
  await finding.getByText('1 Quelle').waitFor();
  await finding.getByText('Umfrageantwort').waitFor();
  await finding.locator('blockquote').getByText(WAITING).waitFor();
  await finding.getByText(`Zielgruppen: ${setup.targetGroup.name}`).waitFor();
  await expectAccessible(page, 'Ergebnisse und Interviews');

  // An interview: refused without consent, then recorded with it.
  const interviews = page.getByRole('region', { name: 'Flankierende Interviews' });
  await interviews.getByRole('button', { name: 'Interview erfassen' }).click();
  const form = interviews.locator('form').filter({ has: page.getByRole('button', { name: 'Interview speichern' }) });
  await form.getByLabel('Interviewte Person', { exact: true }).selectOption({ label: 'Fachkraft' });
  await form.getByLabel('Pseudonym', { exact: true }).fill(PSEUDONYM);
  await form.getByLabel('Version des Einwilligungstextes').fill('2026-09');
  await form.getByLabel(/^Notizen/).fill(NOTES);
  await form.getByRole('group', { name: 'Handlungsfelder' }).getByLabel(setup.field.title).check();
  await form.getByRole('button', { name: 'Interview speichern' }).click();
  await form.getByText('Ohne Einwilligung wird kein Interview erfasst.').waitFor();
  await eventually(page, 'document.activeElement?.type === "checkbox"', 'focus on the consent');
  await expectAccessible(page, 'Interview ohne Einwilligung');
  await form.getByLabel('Die interviewte Person hat in die Verarbeitung eingewilligt.').check();
  await form.getByRole('button', { name: 'Interview speichern' }).click();
  await page.getByRole('status').getByText(`Das Interview ${PSEUDONYM} ist gespeichert.`).waitFor();
  const interview = interviews.getByRole('article', { name: new RegExp(`^Interview ${PSEUDONYM} vom `) });
  await interview.getByText('Fachkraft · Einwilligung erteilt (Text 2026-09)').waitFor();

  // A passage marked in the notes backs the finding.
  await page.evaluate(`(() => {
    const notes = document.querySelector('[aria-label="Notizen zum Interview ${PSEUDONYM}"]');
    const node = notes.firstChild;
    const start = node.textContent.indexOf(${JSON.stringify(PASSAGE)});
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + ${PASSAGE.length});
    const selection = document.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  })()`);
  await interview
    .getByRole('button', { name: new RegExp(`^Passage aus Interview ${PSEUDONYM} in ein Ergebnis übernehmen`) })
    .click();
  await expect(interview.getByLabel('Zitat').inputValue()).resolves.toBe(PASSAGE);
  await interview.getByLabel('Ergebnis', { exact: true }).selectOption({ label: `${setup.field.title}: ${FINDING}` });
  await expectAccessible(page, 'Passage in ein Ergebnis übernehmen');
  await interview.getByRole('button', { name: 'Zum Ergebnis hinzufügen' }).click();
  await page.getByRole('status').getByText(`Die Quelle ist dem Ergebnis „${FINDING}“ hinzugefügt.`).waitFor();
  await finding.getByText('2 Quellen').waitFor();
  await finding.getByText(`Interview ${PSEUDONYM}`).waitFor();
  await finding.locator('blockquote').getByText(PASSAGE).waitFor();

  // Cited as the origin of a recommendation of its field.
  const label = `${setup.recommendation.reference} ${setup.recommendation.title}`;
  await finding.getByLabel(`„${FINDING}“ als Herkunft einer Empfehlung nennen`).selectOption({ label });
  await finding.getByRole('button', { name: 'Als Herkunft verknüpfen' }).click();
  await page
    .getByRole('status')
    .getByText(`„${FINDING}“ ist als Herkunft von ${setup.recommendation.reference} verknüpft.`)
    .waitFor();
  const { recommendation } = await graphql<{ recommendation: { evidence: { kind: string; label: string }[] } }>(
    page,
    'query ($id: ID!) { recommendation(id: $id) { evidence { kind label } } }',
    { id: setup.recommendation.id },
  );
  expect(recommendation.evidence).toContainEqual({ kind: 'FINDING', label: FINDING });
  await expectAccessible(page, 'Ergebnis als Herkunft verknüpft');
  expectNoProblems(page);

  // A participant reads the findings with their sources, but keeps nothing and sees no interviews.
  const participant = await newPage(browser);
  const reader = participant.page;
  await signIn(reader, DEMO.participant);
  await reader.goto(`/fortschreibungen/${setup.revisionId}/ergebnisse`);
  await heading(reader, 'Ergebnisse und Interviews').waitFor();
  const read = reader
    .getByRole('region', { name: setup.field.title, exact: true })
    .getByRole('article', { name: FINDING });
  await read.locator('blockquote').getByText(WAITING).waitFor();
  await read.locator('blockquote').getByText(PASSAGE).waitFor();
  await expect(reader.getByRole('button', { name: 'Neues Ergebnis' }).count()).resolves.toBe(0);
  await expect(read.getByRole('button').count()).resolves.toBe(0);
  await expect(reader.getByRole('region', { name: 'Flankierende Interviews' }).count()).resolves.toBe(0);
  await expectAccessible(reader, 'Ergebnisse und Interviews (Teilnahme)');
  expectNoProblems(reader);
  await participant.context.close();
}, 480_000);
