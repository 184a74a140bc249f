import type { Browser, Page } from 'playwright-core';
import {
  DEMO,
  demoRevisionId,
  expectAccessible,
  expectNoProblems,
  graphql,
  launchBrowser,
  newPage,
  signIn,
} from './support';

/**
 * Answering a survey. The coordinator publishes a survey in all seven languages (through the API): a yes/no
 * question in Arabic and German with a conditional follow-up, a Likert scale, a field rating, a ranking, a
 * municipality and a number. An invitee answers on a 360 px phone in Arabic (the page mirrors), switches to
 * German and back, reloads and finds the answers kept, misses a required question at the end (focused and
 * marked), then submits. A member of the public starts anonymously, answers the first step by keyboard only
 * and submits; every language passes axe.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const L = (de: string, ar?: string, en?: string) => [
  { language: 'de', text: de },
  ...(ar ? [{ language: 'ar', text: ar }] : []),
  ...(en ? [{ language: 'en', text: en }] : []),
];

interface Setup {
  revisionId: string;
  surveyId: string;
  inviteToken: string;
  publicToken: string;
  questions: Record<'work' | 'job' | 'likert' | 'rating' | 'rank' | 'place' | 'age', string>;
}

/** A published, open survey of the demo revision with an invitation and the public link, as the coordinator. */
async function publishSurvey(invitee: string): Promise<Setup> {
  const { context, page } = await newPage(browser);
  await signIn(page, DEMO.coordinator);
  const revisionId = await demoRevisionId(page);
  const hour = 3_600_000;
  const { createSurvey } = await graphql<{ createSurvey: { id: string } }>(
    page,
    'mutation ($r: ID!, $input: SurveyInput!) { createSurvey(revisionId: $r, input: $input) { id } }',
    {
      r: revisionId,
      input: {
        title: L(`Zusammenleben im Kreis ${Date.now()}`, 'العيش معًا في الدائرة', 'Living together in the county'),
        intro: L('Ihre Meinung zählt.', 'رأيك مهم.', 'Your opinion counts.'),
        languages: ['de', 'en', 'uk', 'ar', 'tr', 'ru', 'ls'],
        opensAt: new Date(Date.now() - hour).toISOString(),
        closesAt: new Date(Date.now() + 48 * hour).toISOString(),
      },
    },
  );
  const surveyId = createSurvey.id;
  const section = async (title: ReturnType<typeof L>) =>
    (
      await graphql<{ saveSurveySection: { id: string } }>(
        page,
        'mutation ($s: ID!, $input: SurveySectionInput!) { saveSurveySection(surveyId: $s, input: $input) { id } }',
        { s: surveyId, input: { title } },
      )
    ).saveSurveySection.id;
  const question = async (input: Record<string, unknown>) =>
    (
      await graphql<{ saveSurveyQuestion: { id: string } }>(
        page,
        'mutation ($s: ID!, $input: SurveyQuestionInput!) { saveSurveyQuestion(surveyId: $s, input: $input) { id } }',
        { s: surveyId, input },
      )
    ).saveSurveyQuestion.id;
  const first = await section(L('Arbeit', 'العمل', 'Work'));
  const second = await section(L('Ihr Kreis', 'دائرتك', 'Your county'));
  const work = await question({
    sectionId: first,
    kind: 'SINGLE_CHOICE',
    required: true,
    text: L('Arbeiten Sie zurzeit?', 'هل تعمل حاليًا؟', 'Are you working at the moment?'),
    help: L('Auch Teilzeit zählt.', 'العمل الجزئي يُحتسب أيضًا.'),
    options: [
      { key: 'yes', label: L('Ja', 'نعم', 'Yes') },
      { key: 'no', label: L('Nein', 'لا', 'No') },
    ],
  });
  const job = await question({
    sectionId: first,
    kind: 'FREE_TEXT',
    required: true,
    text: L('In welchem Beruf?', 'في أي مهنة؟', 'In which job?'),
    condition: { questionId: work, optionKeys: ['yes'] },
  });
  const likert = await question({
    sectionId: first,
    kind: 'LIKERT',
    required: false,
    text: L('Ich fühle mich im Kreis willkommen.', 'أشعر بالترحيب في الدائرة.', 'I feel welcome in the county.'),
  });
  const rating = await question({
    sectionId: second,
    kind: 'FIELD_RATING',
    required: true,
    text: L('Wie gut ist das Angebot?', 'ما مدى جودة العروض؟', 'How good are the services?'),
  });
  const rank = await question({
    sectionId: second,
    kind: 'RANKING',
    required: false,
    text: L('Was ist Ihnen am wichtigsten?', 'ما الأهم بالنسبة لك؟', 'What matters most to you?'),
    options: [
      { key: 'sprache', label: L('Sprachkurse', 'دورات اللغة', 'Language courses') },
      { key: 'arbeit', label: L('Arbeit', 'العمل', 'Work') },
      { key: 'wohnen', label: L('Wohnen', 'السكن', 'Housing') },
    ],
  });
  const place = await question({
    sectionId: second,
    kind: 'MUNICIPALITY',
    required: false,
    text: L('Wo wohnen Sie?', 'أين تسكن؟', 'Where do you live?'),
  });
  const age = await question({
    sectionId: second,
    kind: 'NUMBER',
    required: false,
    text: L('Wie alt sind Sie?', 'كم عمرك؟', 'How old are you?'),
  });
  await graphql(page, 'mutation ($id: ID!) { publishSurvey(id: $id) { id } }', { id: surveyId });
  const { setSurveyPublicLink } = await graphql<{ setSurveyPublicLink: { publicToken: string } }>(
    page,
    'mutation ($id: ID!) { setSurveyPublicLink(id: $id, enabled: true) { publicToken } }',
    { id: surveyId },
  );
  await graphql(
    page,
    'mutation ($s: ID!, $i: [SurveyInviteeInput!]!) { inviteToSurvey(surveyId: $s, invitees: $i) { invited } }',
    {
      s: surveyId,
      i: [{ audience: 'PERSON', email: invitee, language: 'ar' }],
    },
  );
  const { revision } = await graphql<{ revision: { regionId: string } }>(
    page,
    'query ($id: ID!) { revision(id: $id) { regionId } }',
    {
      id: revisionId,
    },
  );
  const { outbox } = await graphql<{ outbox: { messages: { recipient: string; textBody: string }[] } }>(
    page,
    'query ($r: ID) { outbox(regionId: $r, limit: 200) { messages { recipient textBody } } }',
    { r: revision.regionId },
  );
  const mail = outbox.messages.find((m) => m.recipient === invitee);
  const inviteToken = decodeURIComponent(/\/umfrage\/([^\s]+)/.exec(mail!.textBody)![1]);
  await context.close();
  return {
    revisionId,
    surveyId,
    inviteToken,
    publicToken: setSurveyPublicLink.publicToken,
    questions: { work, job, likert, rating, rank, place, age },
  };
}

const root = (page: Page) =>
  page.evaluate('({ lang: document.documentElement.lang, dir: document.documentElement.dir })') as Promise<{
    lang: string;
    dir: string;
  }>;
const focusedQuestion = (page: Page) =>
  page.evaluate(
    "document.activeElement && document.activeElement.closest('[data-question]')?.dataset.question",
  ) as Promise<string | undefined>;
const noSidewaysScroll = async (page: Page, width: number) =>
  expect(page.evaluate('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(width);
const status = (page: Page) => page.locator('.survey-save-status');
const language = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

test('an invitee answers in Arabic on a phone, switches languages, resumes after a reload, is shown what is missing and submits', async () => {
  const setup = await publishSurvey(`umfrage-${Date.now()}@example.org`);
  const { context, page } = await newPage(browser, { width: 360 });
  await page.goto(`/umfrage/${encodeURIComponent(setup.inviteToken)}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await language(page, 'العربية').click();
  await page.getByRole('heading', { level: 1, name: 'العيش معًا في الدائرة' }).waitFor();
  expect(await root(page)).toEqual({ lang: 'ar', dir: 'rtl' });
  expect(await page.locator('.survey-respond').getAttribute('dir')).toBe('rtl');
  await page.getByText('القسم 1 من 2').waitFor();
  await noSidewaysScroll(page, 360);
  await expectAccessible(page, 'Umfrage, Arabisch');

  // The follow-up appears only with "yes"; the help text describes the group; required is said in words.
  const work = page.getByRole('group', { name: /هل تعمل حاليًا؟/ });
  expect(await work.textContent()).toContain('سؤال إلزامي');
  expect(await page.getByRole('textbox', { name: /في أي مهنة؟/ }).count()).toBe(0);
  await work.getByRole('radio', { name: 'نعم' }).check();
  const job = page.getByRole('textbox', { name: /في أي مهنة؟/ });
  await job.fill('ممرضة');
  await page
    .getByRole('group', { name: /أشعر بالترحيب/ })
    .getByRole('radio', { name: 'أوافق', exact: true })
    .check();
  await status(page).getByText('تم الحفظ').waitFor();
  await expectAccessible(page, 'Umfrage, Arabisch, beantwortet');

  // German and back: the answers stay, the texts and the direction change.
  await language(page, 'Deutsch').click();
  await page.getByRole('heading', { level: 1, name: /Zusammenleben im Kreis/ }).waitFor();
  expect(await root(page)).toEqual({ lang: 'de', dir: 'ltr' });
  expect(await page.getByRole('radio', { name: 'Ja' }).isChecked()).toBe(true);
  expect(await page.getByRole('textbox', { name: /In welchem Beruf\?/ }).inputValue()).toBe('ممرضة');
  expect(await page.getByRole('radio', { name: 'Stimme eher zu' }).isChecked()).toBe(true);
  await status(page).getByText('Gespeichert').waitFor();
  await language(page, 'العربية').click();
  expect(await root(page)).toEqual({ lang: 'ar', dir: 'rtl' });
  expect(await page.getByRole('radio', { name: 'نعم' }).isChecked()).toBe(true);
  await status(page).getByText('تم الحفظ').waitFor();

  // A reload: the saved answers and the last language come back from the server.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'العيش معًا في الدائرة' }).waitFor();
  expect(await root(page)).toEqual({ lang: 'ar', dir: 'rtl' });
  expect(await page.getByRole('radio', { name: 'نعم' }).isChecked()).toBe(true);
  expect(await page.getByRole('textbox', { name: /في أي مهنة؟/ }).inputValue()).toBe('ممرضة');

  // The second step: a ranking moved by its buttons (announced), a place; the required rating left out.
  await page.getByRole('button', { name: 'التالي' }).click();
  await page.getByText('القسم 2 من 2').waitFor();
  await page.getByRole('button', { name: 'نقل السكن إلى الأعلى' }).click();
  await page.getByText('السكن الآن في المرتبة 2 من 3.').waitFor({ state: 'attached' });
  expect(await page.evaluate('document.activeElement.textContent')).toContain('نقل السكن إلى الأعلى');
  await page.getByRole('combobox', { name: /أين تسكن؟/ }).selectOption({ label: 'Gütersloh' });
  await page.getByRole('spinbutton', { name: /كم عمرك؟/ }).fill('34');
  await noSidewaysScroll(page, 360);
  await expectAccessible(page, 'Umfrage, Arabisch, Abschnitt 2');
  await page.getByRole('button', { name: 'متابعة إلى الملخص' }).click();
  await page.getByRole('heading', { level: 2, name: 'الملخص' }).waitFor();
  await page.getByText('1. دورات اللغة; 2. السكن; 3. العمل').waitFor();
  await expectAccessible(page, 'Umfrage, Arabisch, Zusammenfassung');

  // Submitting without the required rating: nothing is sent, the question is focused and marked.
  await page.getByRole('button', { name: 'إرسال الإجابات' }).click();
  await page.getByRole('alert').getByText('أسئلة إلزامية لم تتم الإجابة عنها بعد: 1.', { exact: false }).waitFor();
  await page.getByText('القسم 2 من 2').waitFor();
  expect(await focusedQuestion(page)).toBe(setup.questions.rating);
  const rating = page.locator(`[data-question="${setup.questions.rating}"]`);
  expect(await rating.getAttribute('aria-invalid')).toBe('true');
  await rating.getByText('يرجى الإجابة عن هذا السؤال الإلزامي.').waitFor();
  await expectAccessible(page, 'Umfrage, Arabisch, Pflichtfrage fehlt');
  await rating.getByRole('group', { name: 'Sprache und Bildung' }).getByRole('radio', { name: '4' }).check();
  expect(await rating.getAttribute('aria-invalid')).toBeNull();
  await page.getByRole('button', { name: 'متابعة إلى الملخص' }).click();
  await page.getByRole('button', { name: 'إرسال الإجابات' }).click();
  await page.getByText('تم إرسال إجاباتك. شكرًا لمشاركتك.').waitFor();
  await expectAccessible(page, 'Umfrage, Arabisch, Dank');

  // The link now explains instead of showing the form.
  await page.reload();
  await page.getByText('تم إرسال هذه الإجابات مسبقًا').waitFor();
  expect(await page.getByRole('button', { name: 'إرسال الإجابات' }).count()).toBe(0);
  expectNoProblems(page);
  await context.close();
}, 180_000);

/** Presses Tab until the focused element matches (a script over `el`), at most `max` times. */
async function tabTo(page: Page, test: string, max = 30): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`(el => Boolean(${test}))(document.activeElement)`)) return;
  }
  throw new Error(`Tab never reached ${test}`);
}

test('a member of the public starts anonymously, answers a step by keyboard, submits, and the page passes axe in every language', async () => {
  const setup = await publishSurvey(`niemand-${Date.now()}@example.org`);
  const { context, page } = await newPage(browser);
  await page.goto(`/umfrage/${encodeURIComponent(setup.publicToken)}`);
  await page.getByRole('heading', { level: 1, name: /Zusammenleben im Kreis/ }).waitFor();
  await page.getByText('Wir speichern keinen Namen und keine Adresse', { exact: false }).waitFor();
  await expectAccessible(page, 'Umfrage, Start');
  await page.getByRole('button', { name: 'Umfrage beginnen' }).click();
  await page.getByText('Abschnitt 1 von 2').waitFor();
  const kept = (await page.evaluate('JSON.stringify(Object.entries(localStorage))')) as string;
  expect(kept).toContain(setup.publicToken);

  // Every language: texts, lang and dir change; axe finds nothing.
  const names: Record<string, [string, string, string]> = {
    English: ['Section 1 of 2', 'en', 'ltr'],
    Українська: ['Розділ 1 з 2', 'uk', 'ltr'],
    العربية: ['القسم 1 من 2', 'ar', 'rtl'],
    Türkçe: ['Bölüm 1 / 2', 'tr', 'ltr'],
    Русский: ['Раздел 1 из 2', 'ru', 'ltr'],
    'Leichte Sprache': ['Teil 1 von 2', 'de', 'ltr'],
    Deutsch: ['Abschnitt 1 von 2', 'de', 'ltr'],
  };
  for (const [name, [progress, lang, dir]] of Object.entries(names)) {
    await language(page, name).click();
    await page.getByText(progress, { exact: true }).waitFor();
    expect(await root(page)).toEqual({ lang, dir });
    await expectAccessible(page, `Umfrage, ${name}`);
  }

  // Keyboard only: "Nein" by Space, the Likert scale by arrow keys, on to the next step by Enter.
  await tabTo(page, `el.type === 'radio' && el.name === 'frage-${setup.questions.work}'`);
  await page.keyboard.press('ArrowDown');
  expect(await page.getByRole('radio', { name: 'Nein' }).isChecked()).toBe(true);
  expect(await page.getByRole('textbox', { name: /In welchem Beruf\?/ }).count()).toBe(0);
  await tabTo(page, `el.type === 'radio' && el.name === 'frage-${setup.questions.likert}'`);
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  expect(await page.getByRole('radio', { name: 'Stimme eher nicht zu' }).isChecked()).toBe(true);
  await tabTo(page, `el.textContent === 'Weiter'`);
  await page.keyboard.press('Enter');
  await page.getByText('Abschnitt 2 von 2').waitFor();
  expect(await page.evaluate('document.activeElement.tagName')).toBe('H2');
  await status(page).getByText('Gespeichert').waitFor();

  // A rating and the ranking by keyboard: "Arbeit" one up, focus stays on the moved entry.
  await tabTo(page, `el.type === 'radio' && el.closest('fieldset').textContent.startsWith('Arbeit und Wirtschaft')`);
  await page.keyboard.press('Space');
  await tabTo(page, `el.textContent.includes('Arbeit nach oben')`);
  await page.keyboard.press('Enter');
  await page.getByText('Arbeit ist jetzt auf Platz 1 von 3.').waitFor({ state: 'attached' });
  // At the top its up button is disabled: focus went to its down button.
  await page.keyboard.press('Enter');
  await page.getByText('Arbeit ist jetzt auf Platz 2 von 3.').waitFor({ state: 'attached' });
  await page.getByRole('button', { name: 'Weiter zur Zusammenfassung' }).click();
  await page.getByText('1. Sprachkurse; 2. Arbeit; 3. Wohnen').waitFor();
  await page.getByRole('button', { name: 'Antworten abschicken' }).click();
  await page.getByText('Ihre Antworten wurden abgeschickt.', { exact: false }).waitFor();

  // The same browser comes back to the link: it resumes the submitted response, not a new one.
  await page.reload();
  await page.getByText('Diese Antworten wurden bereits abgeschickt', { exact: false }).waitFor();
  await expectAccessible(page, 'Umfrage, bereits abgeschickt');
  expectNoProblems(page);
  await context.close();
}, 180_000);

test('the coordinator previews the survey in German and Arabic: the same form, nothing saved', async () => {
  const setup = await publishSurvey(`vorschau-${Date.now()}@example.org`);
  const { context, page } = await newPage(browser);
  await signIn(page, DEMO.coordinator);
  await page.goto(`/fortschreibungen/${setup.revisionId}/umfragen/${setup.surveyId}/vorschau`);
  await page.getByRole('heading', { level: 1, name: /Zusammenleben im Kreis/ }).waitFor();
  await page.getByText('Nichts wird gespeichert oder abgeschickt', { exact: false }).waitFor();
  await expectAccessible(page, 'Vorschau');
  await language(page, 'العربية').click();
  expect(await root(page)).toEqual({ lang: 'ar', dir: 'rtl' });
  await page.getByRole('radio', { name: 'نعم' }).check();
  await page.getByRole('textbox', { name: /في أي مهنة؟/ }).waitFor();
  await expectAccessible(page, 'Vorschau, Arabisch');
  expect(await status(page).count()).toBe(0);

  // The end checks the required questions like a submission, but sends nothing.
  await page.getByRole('button', { name: 'التالي' }).click();
  await page.getByRole('button', { name: 'متابعة إلى الملخص' }).click();
  await page.getByRole('button', { name: 'إرسال الإجابات' }).click();
  await page.getByText('القسم 1 من 2').waitFor();
  expect(await focusedQuestion(page)).toBe(setup.questions.job);
  await page.getByRole('textbox', { name: /في أي مهنة؟/ }).fill('طبيب');
  await page.getByRole('button', { name: 'التالي' }).click();
  await page
    .locator(`[data-question="${setup.questions.rating}"]`)
    .getByRole('group', { name: 'Arbeit und Wirtschaft' })
    .getByRole('radio', { name: '2' })
    .check();
  await page.getByRole('button', { name: 'متابعة إلى الملخص' }).click();
  await page.getByRole('button', { name: 'إرسال الإجابات' }).click();
  await page.getByText('In der Vorschau wird nichts abgeschickt', { exact: false }).waitFor();

  // Leaving the preview gives the app its own language and direction back.
  expect(await page.getByRole('link', { name: 'Zurück zur Umfrage' }).getAttribute('href')).toBe(
    `/fortschreibungen/${setup.revisionId}/umfragen/${setup.surveyId}`,
  );
  await page.getByRole('link', { name: 'Übersicht' }).click();
  await page.getByRole('heading', { level: 1, name: 'Übersicht' }).waitFor();
  expect(await root(page)).toEqual({ lang: 'de', dir: '' });
  expectNoProblems(page);
  await context.close();
});
