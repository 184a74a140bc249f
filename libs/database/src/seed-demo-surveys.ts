import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DEFAULT_LIKERT, DEFAULT_ORGANISATION_TYPES } from '@konzeptwerk/surveys';

/** The demo survey's public link: /umfrage/demo-umfrage-oeffentlich */
export const DEMO_SURVEY_PUBLIC_TOKEN = 'demo-umfrage-oeffentlich';

const TITLE = {
  de: 'Befragung zur Fortschreibung des Integrationskonzepts',
  en: 'Survey on the revision of the integration concept',
  uk: 'Опитування щодо оновлення концепції інтеграції',
  ar: 'استطلاع حول تحديث مفهوم الاندماج',
  tr: 'Uyum konseptinin güncellenmesine ilişkin anket',
  ru: 'Опрос об обновлении концепции интеграции',
  ls: 'Umfrage: Wie geht Zusammenleben im Kreis besser?',
};
const INTRO = {
  de: 'Ihre Erfahrungen helfen uns, das Integrationskonzept des Kreises weiterzuentwickeln. Die Beantwortung dauert etwa zehn Minuten.',
  en: 'Your experience helps us develop the county’s integration concept. Answering takes about ten minutes.',
  uk: 'Ваш досвід допоможе нам розвивати концепцію інтеграції округу. Відповіді займуть близько десяти хвилин.',
  ar: 'تساعدنا تجاربكم على تطوير مفهوم الاندماج في المقاطعة. تستغرق الإجابة حوالي عشر دقائق.',
  tr: 'Deneyimleriniz ilçenin uyum konseptini geliştirmemize yardımcı olur. Yanıtlamak yaklaşık on dakika sürer.',
  ru: 'Ваш опыт поможет нам развивать концепцию интеграции района. Ответы займут около десяти минут.',
  ls: 'Wir wollen wissen: Was ist gut? Was fehlt? Das Ausfüllen dauert ungefähr 10 Minuten.',
};
const SECTIONS = [
  {
    de: 'Über Sie',
    en: 'About you',
    uk: 'Про вас',
    ar: 'عنك',
    tr: 'Hakkınızda',
    ru: 'О вас',
    ls: 'Über Sie',
  },
  {
    de: 'Angebote und Bedarfe',
    en: 'Services and needs',
    uk: 'Послуги та потреби',
    ar: 'الخدمات والاحتياجات',
    tr: 'Hizmetler ve ihtiyaçlar',
    ru: 'Услуги и потребности',
    ls: 'Angebote und was fehlt',
  },
];
const MISSING = [
  { key: 'sprache', de: 'Sprachkurse', en: 'Language courses', ar: 'دورات اللغة', uk: 'Мовні курси' },
  { key: 'kita', de: 'Kinderbetreuung', en: 'Child care', ar: 'رعاية الأطفال', uk: 'Догляд за дітьми' },
  { key: 'wohnen', de: 'Wohnraum', en: 'Housing', ar: 'السكن', uk: 'Житло' },
  {
    key: 'beratung',
    de: 'Beratung in der Muttersprache',
    en: 'Counselling in one’s own language',
    ar: 'استشارة بلغتي',
  },
];

/** Free-text answers of the demo responses (the survey's last question). */
const WISHES = [
  'Mehr Sprachkurse am Abend, damit Berufstätige teilnehmen können.',
  'Kinderbetreuung während der Integrationskurse.',
  'Beratung auch auf Arabisch und Ukrainisch in allen Rathäusern.',
  'Bezahlbarer Wohnraum für große Familien.',
  'Anerkennung ausländischer Abschlüsse schneller machen.',
  'Mehr Ehrenamtliche als Lotsinnen und Lotsen.',
  '',
];
/** [municipality, organisation type, likert, missing, rating of the first field] per demo response: 7 in Gütersloh, 5 in Rheda-Wiedenbrück, 2 in Halle. */
const RESPONSES: [string, string, string, string[], number][] = [
  ['Gütersloh', 'wohlfahrt', '2', ['sprache', 'kita'], 2],
  ['Gütersloh', 'migrantenorganisation', '1', ['beratung'], 1],
  ['Gütersloh', 'schule', '3', ['kita'], 3],
  ['Gütersloh', 'wohlfahrt', '2', ['wohnen'], 2],
  ['Gütersloh', 'verwaltung', '4', ['sprache'], 3],
  ['Gütersloh', 'ehrenamt', '2', ['sprache', 'beratung'], 2],
  ['Gütersloh', 'jobcenter', '3', ['kita'], 4],
  ['Rheda-Wiedenbrück', 'wohlfahrt', '2', ['sprache'], 2],
  ['Rheda-Wiedenbrück', 'schule', '1', ['kita', 'wohnen'], 1],
  ['Rheda-Wiedenbrück', 'migrantenorganisation', '2', ['beratung'], 2],
  ['Rheda-Wiedenbrück', 'verwaltung', '3', ['sprache'], 3],
  ['Rheda-Wiedenbrück', 'ehrenamt', '4', ['wohnen'], 3],
  ['Halle (Westf.)', 'wohlfahrt', '2', ['sprache'], 2],
  ['Halle (Westf.)', 'schule', '3', ['kita'], 3],
];

/**
 * The demo revision's survey: published and open, in all seven languages, with a public link, three personal
 * invitations and fourteen submitted responses (enough for charts and breakdowns); one interview, and a
 * finding for “Sprache und Bildung” drawn from an answer and the interview.
 */
export async function seedDemoSurveys(
  tx: EntityManager,
  ids: {
    revision: string;
    fields: Map<string, { id: string; title: string }>;
    municipalities: Map<string, string>;
  },
): Promise<void> {
  const one = async (sql: string, params: unknown[]) => ((await tx.query(sql, params)) as { id: string }[])[0].id;
  const survey = await one(
    `INSERT INTO survey (revision_id, title, intro, languages, status, opens_at, closes_at, reminder_days_before, public_token, version)
     VALUES ($1, $2, $3, '{de,en,uk,ar,tr,ru,ls}', 'PUBLISHED', now() - interval '14 days', now() + interval '21 days', '{7,2}', $4, 1)
     RETURNING id`,
    [ids.revision, TITLE, INTRO, DEMO_SURVEY_PUBLIC_TOKEN],
  );
  const sections: string[] = [];
  for (const [i, title] of SECTIONS.entries())
    sections.push(
      await one(`INSERT INTO survey_section (survey_id, position, title) VALUES ($1, $2, $3) RETURNING id`, [
        survey,
        i,
        title,
      ]),
    );
  const question = (
    section: number,
    position: number,
    kind: string,
    required: boolean,
    text: object,
    options: unknown[] = [],
    allowOther = false,
  ) =>
    one(
      `INSERT INTO survey_question (survey_id, section_id, position, kind, required, text, options, allow_other)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [survey, sections[section], position, kind, required, text, JSON.stringify(options), allowOther],
    );
  const type = await question(
    0,
    0,
    'ORGANISATION_TYPE',
    false,
    {
      de: 'Für welche Art von Organisation antworten Sie?',
      en: 'What kind of organisation are you answering for?',
      ar: 'لأي نوع من المنظمات تجيب؟',
      uk: 'Від імені якої організації ви відповідаєте?',
    },
    DEFAULT_ORGANISATION_TYPES,
  );
  const place = await question(0, 1, 'MUNICIPALITY', true, {
    de: 'In welcher Kommune leben oder arbeiten Sie?',
    en: 'In which municipality do you live or work?',
    uk: 'У якій громаді ви живете або працюєте?',
    ar: 'في أي بلدية تعيش أو تعمل؟',
    tr: 'Hangi belediyede yaşıyor veya çalışıyorsunuz?',
    ru: 'В каком муниципалитете вы живёте или работаете?',
    ls: 'In welcher Stadt oder Gemeinde wohnen oder arbeiten Sie?',
  });
  const likert = await question(
    1,
    0,
    'LIKERT',
    true,
    {
      de: 'Die Beratungsangebote im Kreis sind bekannt.',
      en: 'People know the counselling services in the county.',
      uk: 'Консультаційні послуги в окрузі відомі.',
      ar: 'خدمات الاستشارة في المقاطعة معروفة.',
      tr: 'İlçedeki danışmanlık hizmetleri biliniyor.',
      ru: 'Консультационные услуги в районе известны.',
      ls: 'Die Menschen kennen die Beratungs·stellen im Kreis.',
    },
    DEFAULT_LIKERT,
  );
  const rating = await question(1, 1, 'FIELD_RATING', false, {
    de: 'Wie gut ist die Lage in diesen Handlungsfeldern?',
    en: 'How good is the situation in these fields of action?',
    uk: 'Наскільки добра ситуація в цих сферах?',
    ar: 'ما مدى جودة الوضع في هذه المجالات؟',
    tr: 'Bu alanlarda durum ne kadar iyi?',
    ru: 'Насколько хороша ситуация в этих сферах?',
    ls: 'Wie gut klappt es in diesen Bereichen?',
  });
  const missing = await question(
    1,
    2,
    'MULTIPLE_CHOICE',
    false,
    {
      de: 'Welche Unterstützung fehlt am meisten?',
      en: 'Which support is missing most?',
      uk: 'Якої підтримки найбільше бракує?',
      ar: 'ما هو الدعم الأكثر نقصًا؟',
      tr: 'En çok hangi destek eksik?',
      ru: 'Какой поддержки не хватает больше всего?',
      ls: 'Welche Hilfe fehlt am meisten?',
    },
    MISSING.map(({ key, ...label }) => ({ key, label })),
    true,
  );
  const wish = await question(1, 3, 'FREE_TEXT', false, {
    de: 'Was sollte das Integrationskonzept unbedingt aufgreifen?',
    en: 'What should the integration concept take up in any case?',
    uk: 'Що обов’язково має врахувати концепція інтеграції?',
    ar: 'ما الذي يجب أن يتناوله مفهوم الاندماج بالتأكيد؟',
    tr: 'Uyum konsepti mutlaka neyi ele almalı?',
    ru: 'Что обязательно должна учесть концепция интеграции?',
    ls: 'Was ist Ihnen besonders wichtig?',
  });

  const [firstField] = [...ids.fields.values()];
  let firstAnswer: { response: string; text: string } | null = null;
  for (const [i, [municipality, orgType, agreement, needs, firstRating]] of RESPONSES.entries()) {
    const response = await one(
      `INSERT INTO survey_response (survey_id, audience, token_hash, language, municipality_id, respondent_type, started_at, updated_at, submitted_at)
       VALUES ($1, 'PUBLIC', $2, $3, $4, $5, now() - make_interval(days => $6 + 1), now() - make_interval(days => $6), now() - make_interval(days => $6))
       RETURNING id`,
      [
        survey,
        randomBytes(32).toString('hex'),
        i % 4 === 1 ? 'ar' : 'de',
        ids.municipalities.get(municipality),
        orgType,
        i % 10,
      ],
    );
    const answers: [string, object][] = [
      [type, { choice: orgType }],
      [place, { municipalityId: ids.municipalities.get(municipality) }],
      [likert, { choice: agreement }],
      [rating, { ratings: { [firstField.id]: firstRating } }],
      [missing, { choices: needs }],
    ];
    const text = WISHES[i % WISHES.length];
    if (text) answers.push([wish, { text }]);
    for (const [questionId, value] of answers)
      await tx.query(`INSERT INTO survey_answer (response_id, question_id, value) VALUES ($1, $2, $3)`, [
        response,
        questionId,
        value,
      ]);
    if (text && !firstAnswer) firstAnswer = { response, text };
  }
  for (const [email, name, audience, language] of [
    ['beratung@caritas-guetersloh.example', 'Caritasverband', 'ORGANISATION', 'de'],
    ['info@integrationsrat-gt.example', 'Integrationsrat Gütersloh', 'ORGANISATION', 'tr'],
    ['familie.haddad@example.org', null, 'PERSON', 'ar'],
  ])
    await tx.query(
      `INSERT INTO survey_invitation (survey_id, email, name, audience, language, token) VALUES ($1, $2, $3, $4, $5, $6)`,
      [survey, email, name, audience, language, randomBytes(24).toString('base64url')],
    );

  const interview = await one(
    `INSERT INTO interview (revision_id, held_on, category, pseudonym, consent_given, consent_text_version, notes, field_of_action_ids, target_group_ids, version)
     VALUES ($1, (now() - interval '10 days')::date, 'PERSON_WITH_MIGRATION_HISTORY', 'I-01', true, '2026-09', $2, $3, '{}', 1) RETURNING id`,
    [
      ids.revision,
      'Seit zwei Jahren in Gütersloh. Der Integrationskurs lag vormittags, während die Kinder keinen Kitaplatz hatten. Ohne Kinderbetreuung konnte ich den Kurs nicht besuchen. Die Beratung im Rathaus war freundlich, aber nur auf Deutsch.',
      [firstField.id],
    ],
  );
  const finding = await one(
    `INSERT INTO finding (revision_id, field_of_action_id, title, summary, target_group_ids, version)
     VALUES ($1, $2, 'Kurse scheitern an fehlender Kinderbetreuung', $3, '{}', 1) RETURNING id`,
    [
      ids.revision,
      firstField.id,
      'Eltern, vor allem Mütter, brechen Sprachkurse ab oder beginnen sie nicht, weil es keine Betreuung für ihre Kinder gibt.',
    ],
  );
  await tx.query(
    `INSERT INTO finding_source (finding_id, kind, interview_id, excerpt) VALUES ($1, 'INTERVIEW', $2, $3)`,
    [finding, interview, 'Ohne Kinderbetreuung konnte ich den Kurs nicht besuchen.'],
  );
  if (firstAnswer)
    await tx.query(
      `INSERT INTO finding_source (finding_id, kind, response_id, question_id, excerpt) VALUES ($1, 'SURVEY_ANSWER', $2, $3, $4)`,
      [finding, firstAnswer.response, wish, firstAnswer.text],
    );
}
