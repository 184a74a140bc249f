import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import {
  seedFixtures,
  startTestApi,
  TEST_PASSWORD,
  type Fixtures,
  type FixtureRole,
  type TestApi,
} from '@konzeptwerk/testing';

/**
 * Every query and mutation, asked by every role. Expected outcomes are
 * written per role; a coordinator of region B asking for data of region A
 * gets the same NOT_FOUND as for an id that does not exist.
 */
type Role = FixtureRole | 'anonymous';
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'TOKEN_INVALID';

const ROLES: Role[] = [
  'anonymous',
  'admin',
  'coordinatorA',
  'coordinatorB',
  'participant',
  'reviewer',
  'implementer',
  'observer',
  'outsider',
];
const MEMBERS: Role[] = ['participant', 'reviewer', 'implementer', 'observer'];

const pattern = (base: Partial<Record<Role, Outcome>>, rest: Outcome): Record<Role, Outcome> =>
  Object.fromEntries(ROLES.map((r) => [r, base[r] ?? rest])) as Record<Role, Outcome>;
const forMembers = (o: Outcome) => Object.fromEntries(MEMBERS.map((m) => [m, o]));

const PUBLIC = (o: Outcome) => pattern({}, o);
const SIGNED_IN = pattern({ anonymous: 'UNAUTHENTICATED' }, 'ok');
const ADMIN_ONLY = pattern({ anonymous: 'UNAUTHENTICATED', admin: 'ok' }, 'FORBIDDEN');
const READ_A = pattern(
  { anonymous: 'UNAUTHENTICATED', admin: 'ok', coordinatorA: 'ok', ...forMembers('ok') },
  'NOT_FOUND',
);
const OVERSEE_A = pattern(
  { anonymous: 'UNAUTHENTICATED', admin: 'ok', coordinatorA: 'ok', ...forMembers('FORBIDDEN') },
  'NOT_FOUND',
);
const COORDINATE_A = pattern(
  { anonymous: 'UNAUTHENTICATED', admin: 'FORBIDDEN', coordinatorA: 'ok', ...forMembers('FORBIDDEN') },
  'NOT_FOUND',
);

interface Case {
  expect: Record<Role, Outcome>;
  /** Builds the operation, creating a fresh target where the operation consumes one. */
  op: (f: Fixtures, api: TestApi) => Promise<{ query: string; variables?: Record<string, unknown> }>;
}

const q = (query: string, variables?: Record<string, unknown>) => Promise.resolve({ query, variables });
const one = async (api: TestApi, sql: string, params: unknown[]) =>
  ((await api.ds.query(sql, params)) as { id: string }[])[0].id;
const version = async (api: TestApi, table: string, id: string) =>
  ((await api.ds.query(`SELECT version FROM ${table} WHERE id = $1`, [id])) as { version: number }[])[0].version;
/** Puts the phases of revision A into the states an operation needs, so every role meets the same situation. */
const phaseStates = async (api: TestApi, f: Fixtures, inventory: string, survey: string) => {
  await api.ds.query(`UPDATE phase SET state = $2 WHERE id = $1`, [f.phasesA.INVENTORY, inventory]);
  await api.ds.query(`UPDATE phase SET state = $2 WHERE id = $1`, [f.phasesA.SURVEY, survey]);
  return f.phasesA.SURVEY;
};
const freshItem = (table: string, cols: string, values: string) => async (api: TestApi, f: Fixtures) =>
  one(api, `INSERT INTO ${table} (revision_id, ${cols}, position, version) VALUES ($1, ${values}, 1, 1) RETURNING id`, [
    f.revisionA,
  ]);
const freshField = freshItem('field_of_action', 'title, code', `'Feld', 'FE'`);

/** Authors may edit; other members of the revision may not; drafts stay out of sight. */
const AUTHOR_A = pattern(
  {
    anonymous: 'UNAUTHENTICATED',
    admin: 'FORBIDDEN',
    coordinatorA: 'ok',
    ...forMembers('FORBIDDEN'),
    participant: 'ok',
  },
  'NOT_FOUND',
);
const PARTICIPANT_A = pattern(
  {
    anonymous: 'UNAUTHENTICATED',
    admin: 'FORBIDDEN',
    coordinatorA: 'FORBIDDEN',
    ...forMembers('FORBIDDEN'),
    participant: 'ok',
  },
  'NOT_FOUND',
);
const WRITERS_A = pattern(
  {
    anonymous: 'UNAUTHENTICATED',
    admin: 'FORBIDDEN',
    coordinatorA: 'ok',
    ...forMembers('FORBIDDEN'),
    participant: 'ok',
  },
  'NOT_FOUND',
);
const DISCUSS_A = pattern(
  {
    anonymous: 'UNAUTHENTICATED',
    admin: 'FORBIDDEN',
    coordinatorA: 'ok',
    ...forMembers('ok'),
    observer: 'FORBIDDEN',
  },
  'NOT_FOUND',
);

const IMPLEMENTER_A = pattern(
  {
    anonymous: 'UNAUTHENTICATED',
    admin: 'FORBIDDEN',
    coordinatorA: 'FORBIDDEN',
    ...forMembers('FORBIDDEN'),
    implementer: 'ok',
  },
  'NOT_FOUND',
);

let fieldA: string | null = null;
/** A field of action of revision A, made once. */
const recField = async (api: TestApi, f: Fixtures) =>
  (fieldA ??= await one(
    api,
    `INSERT INTO field_of_action (revision_id, title, code, position, version) VALUES ($1, 'Sprache', 'SP', 9, 1) RETURNING id`,
    [f.revisionA],
  ));
/** A fresh recommendation of revision A in the given status, written by `author`. */
const freshRecommendation = async (api: TestApi, f: Fixtures, status: string, author: FixtureRole = 'participant') => {
  const field = await recField(api, f);
  const authorId = f.accounts[author].id;
  // Numbered after whatever createRecommendation has added to the field meanwhile.
  const id = await one(
    api,
    `INSERT INTO recommendation (revision_id, field_of_action_id, number, reference, title, rationale, rationale_plain, terms, status, created_by_id, version)
     SELECT $1, $2, n, 'SP-' || CASE WHEN n < 10 THEN '0' ELSE '' END || n, 'Sprachcafés', '<p>Begründung</p>', 'Begründung', '{sprachcaf}', $3, $4, 1
       FROM (SELECT coalesce(max(number), 0) + 1 AS n FROM recommendation WHERE revision_id = $1 AND reference LIKE 'SP-%') x
     RETURNING id`,
    [f.revisionA, field, status, authorId],
  );
  await api.ds.query(
    `INSERT INTO recommendation_author (recommendation_id, account_id, is_creator) VALUES ($1, $2, true)`,
    [id, authorId],
  );
  await api.ds.query(
    `INSERT INTO recommendation_version (recommendation_id, number, row_version, snapshot, author_id) VALUES ($1, 1, 1, $2, $3)`,
    [
      id,
      JSON.stringify({
        title: 'Sprachcafés',
        rationale: '<p>Begründung</p>',
        fieldOfAction: 'SP Sprache',
        targetGroups: [],
        municipalities: [],
        organisations: [],
        timeHorizon: null,
        resources: null,
        indicators: null,
      }),
      authorId,
    ],
  );
  return id;
};
const workshopsRunning = (api: TestApi, f: Fixtures) =>
  api.ds.query(`UPDATE phase SET state = 'ACTIVE' WHERE id = $1`, [f.phasesA.WORKSHOPS]);

/** A fresh conference of revision A: open for registration, one workshop, its privacy notice. */
const freshConference = async (api: TestApi, f: Fixtures) => {
  const id = await one(
    api,
    `INSERT INTO conference (revision_id, title, starts_at, ends_at, venue, capacity, registration_opens_at, registration_closes_at, version)
     VALUES ($1, 'Integrationskonferenz', date_trunc('hour', now()) + interval '10 days', date_trunc('hour', now()) + interval '10 days 6 hours',
             'Kreishaus', 100, now() - interval '1 day', now() + interval '5 days', 1) RETURNING id`,
    [f.revisionA],
  );
  const text = await one(
    api,
    `INSERT INTO conference_privacy_text (conference_id, version, text_de, text_en) VALUES ($1, 1, 'Datenschutz', 'Privacy') RETURNING id`,
    [id],
  );
  const joinCode = `M${Math.random().toString(36).slice(2, 9).toUpperCase()}`;
  const session = await one(
    api,
    `INSERT INTO workshop_session (conference_id, title, slot_starts_at, slot_ends_at, room, capacity, join_code, version)
     SELECT $1, 'Workshop', starts_at + interval '1 hour', starts_at + interval '3 hours', 'Raum 1', 20, $2, 1 FROM conference WHERE id = $1
     RETURNING id`,
    [id, joinCode],
  );
  return { id, text, session, joinCode };
};
/** A confirmed registration of a fresh conference, with the token of its cancellation link. */
const freshRegistration = async (api: TestApi, f: Fixtures) => {
  const c = await freshConference(api, f);
  const token = `token-${Math.random().toString(36).slice(2)}-${Date.now()}`;
  const id = await one(
    api,
    `INSERT INTO registration (conference_id, name, email, email_key, role, status, privacy_text_id, consented_at, cancel_token_hash, version)
     VALUES ($1, 'Eva', 'eva@example.org', $2, 'CITIZEN', 'CONFIRMED', $3, now(), encode(sha256(convert_to($4, 'UTF8')), 'hex'), 1) RETURNING id`,
    [c.id, `eva-${token}@example.org`, c.text, token],
  );
  return { ...c, registration: id, token };
};
/** A card on a fresh conference's workshop board. */
const freshCard = async (api: TestApi, f: Fixtures, kind = 'SOLUTION_APPROACH') => {
  const c = await freshConference(api, f);
  const card = await one(
    api,
    `INSERT INTO workshop_contribution (session_id, kind, text, idempotency_key, version) VALUES ($1, $2, 'Sprachcafés mit Kinderbetreuung', 'k', 1) RETURNING id`,
    [c.session, kind],
  );
  return { ...c, card };
};
/** A photo of the whole day on a fresh conference, uploaded by coordinator A. */
const freshPhoto = async (api: TestApi, f: Fixtures) => {
  const c = await freshConference(api, f);
  const photo = await one(
    api,
    `INSERT INTO conference_photo (conference_id, caption, content_type, content, byte_size, width, height, uploaded_by_id)
     VALUES ($1, 'Flipchart', 'image/png', '\\x89504e47'::bytea, 4, 1, 1, $2) RETURNING id`,
    [c.id, f.accounts.coordinatorA.id],
  );
  return { ...c, photo };
};
/** A fresh revision of region A with the same members as revision A (a revision has one concept draft). */
const freshRevision = async (api: TestApi, f: Fixtures) => {
  const id = await one(
    api,
    `INSERT INTO concept_revision (region_id, title, version) VALUES ($1, 'Fortschreibung', 1) RETURNING id`,
    [f.regionA],
  );
  await api.ds.query(
    `INSERT INTO revision_membership (revision_id, account_id, role, municipality_id, organisation_id)
     SELECT $1, account_id, role, municipality_id, organisation_id FROM revision_membership WHERE revision_id = $2`,
    [id, f.revisionA],
  );
  return id;
};
/** A concept draft with one chapter added by hand ("Alt."), in a fresh revision. */
const freshDraft = async (api: TestApi, f: Fixtures) => {
  const revisionId = await freshRevision(api, f);
  const draft = await one(
    api,
    `INSERT INTO concept_draft (revision_id, title, version) VALUES ($1, 'Entwurf', 1) RETURNING id`,
    [revisionId],
  );
  const section = await one(
    api,
    `INSERT INTO concept_section (draft_id, position, kind, title, body, version) VALUES ($1, 0, 'CUSTOM', 'Kapitel', '<p>Alt.</p>', 1) RETURNING id`,
    [draft],
  );
  return { revisionId, draft, section };
};
/** A frozen version of a fresh draft. */
const freshVersion = async (api: TestApi, f: Fixtures) => {
  const d = await freshDraft(api, f);
  const sections = JSON.stringify([{ id: d.section, parentId: null, level: 1, title: 'Kapitel', html: '<p>Alt.</p>' }]);
  const version = await one(
    api,
    `INSERT INTO draft_version (draft_id, number, sections, frozen_by_id) VALUES ($1, 1, $2, $3) RETURNING id`,
    [d.draft, sections, f.accounts.coordinatorA.id],
  );
  return { ...d, version };
};
/** An open review round of a fresh version, sent to the reviewer's municipality. */
const freshRound = async (api: TestApi, f: Fixtures) => {
  const v = await freshVersion(api, f);
  const round = await one(
    api,
    `INSERT INTO review_round (draft_id, revision_id, version_id, number, deadline, created_by_id, version)
     VALUES ($1, $2, $3, 1, now() + interval '14 days', $4, 1) RETURNING id`,
    [v.draft, v.revisionId, v.version, f.accounts.coordinatorA.id],
  );
  await api.ds.query(
    `INSERT INTO review_municipality (round_id, municipality_id, deadline) VALUES ($1, $2, now() + interval '14 days')`,
    [round, f.municipalityA],
  );
  return { ...v, round };
};
/** The reviewer's comment on "Alt." in a fresh round, proposing "Neu." */
const freshReviewComment = async (api: TestApi, f: Fixtures) => {
  const r = await freshRound(api, f);
  const comment = await one(
    api,
    `INSERT INTO review_comment (round_id, municipality_id, author_id, section_id, section_title, anchor, text, proposed_text, version)
     VALUES ($1, $2, $3, $4, 'Kapitel', '{"quote":"Alt.","prefix":"","suffix":"","start":0,"end":4}', 'Bitte ändern.', 'Neu.', 1) RETURNING id`,
    [r.round, f.municipalityA, f.accounts.reviewer.id, r.section],
  );
  return { ...r, comment };
};
/** A fresh version made final, adopted by the Kreistag, and published if asked. */
const freshPublication = async (api: TestApi, f: Fixtures, published = false) => {
  const v = await freshVersion(api, f);
  const publication = await one(
    api,
    `INSERT INTO concept_publication (revision_id, version_id, finalised_at, finalised_by_id, adoption_body, adoption_date,
                                      adoption_reference, adoption_result, published_at, version)
     VALUES ($1, $2, now(), $3, 'Kreistag', '2027-03-18', 'DS 1', 'ADOPTED', ${published ? 'now()' : 'NULL'}, 1) RETURNING id`,
    [v.revisionId, v.version, f.accounts.coordinatorA.id],
  );
  return { ...v, publication };
};
/** An indicator of revision A with one value, for Gütersloh… of region A. */
const freshIndicator = async (api: TestApi, f: Fixtures) => {
  const indicator = await one(
    api,
    `INSERT INTO indicator (revision_id, name, unit, source, version) VALUES ($1, $2, 'Personen', 'IT.NRW', 1) RETURNING id`,
    [f.revisionA, `Indikator ${Math.random().toString(36).slice(2)}`],
  );
  const value = await one(
    api,
    `INSERT INTO indicator_value (indicator_id, municipality_id, year, value, version) VALUES ($1, $2, 2024, 10, 1) RETURNING id`,
    [indicator, f.municipalityA],
  );
  return { indicator, value };
};
/** An offer of the implementer's organisation (the Jobcenter) in a field of revision A. */
const freshOffer = async (api: TestApi, f: Fixtures) =>
  one(
    api,
    `INSERT INTO offer (revision_id, organisation_id, kind, title, field_of_action_ids, languages, version)
     VALUES ($1, $2, 'COURSE', 'Berufssprachkurs', ARRAY[$3::uuid], '{de}', 1) RETURNING id`,
    [f.revisionA, f.organisationA, await recField(api, f)],
  );
/** A need of revision A. */
const freshNeed = async (api: TestApi, f: Fixtures) =>
  one(
    api,
    `INSERT INTO need (revision_id, field_of_action_id, title, version) VALUES ($1, $2, 'Kinderbetreuung', 1) RETURNING id`,
    [f.revisionA, await recField(api, f)],
  );
/** Coordinators, and the members of the providing organisation (the implementer's Jobcenter). */
const KEEP_OFFER = pattern(
  {
    anonymous: 'UNAUTHENTICATED',
    admin: 'FORBIDDEN',
    coordinatorA: 'ok',
    ...forMembers('FORBIDDEN'),
    implementer: 'ok',
  },
  'NOT_FOUND',
);
const IN_ROUND = pattern({ anonymous: 'UNAUTHENTICATED', coordinatorA: 'ok', reviewer: 'ok' }, 'NOT_FOUND');
const COORDINATE_ROUND = pattern(
  { anonymous: 'UNAUTHENTICATED', coordinatorA: 'ok', reviewer: 'FORBIDDEN' },
  'NOT_FOUND',
);
const REVIEW_IN_ROUND = pattern(
  { anonymous: 'UNAUTHENTICATED', coordinatorA: 'FORBIDDEN', reviewer: 'ok' },
  'NOT_FOUND',
);
/** A fresh meeting of the workshop phase in revision A. */
const freshMeeting = async (api: TestApi, f: Fixtures) =>
  one(
    api,
    `INSERT INTO workshop_meeting (revision_id, field_of_action_id, title, starts_at, version) VALUES ($1, $2, 'Treffen', now(), 1) RETURNING id`,
    [f.revisionA, await recField(api, f)],
  );
const WORKSHOP_INPUT = '{title:"Workshop 2", slotStartsAt:$s, slotEndsAt:$e, room:"Raum 2", capacity:10}';
const slotTimes = async (api: TestApi, conferenceId: string) => {
  const [row] = (await api.ds.query(
    `SELECT starts_at + interval '2 hours' AS s, starts_at + interval '4 hours' AS e FROM conference WHERE id = $1`,
    [conferenceId],
  )) as { s: Date; e: Date }[];
  return { s: row.s.toISOString(), e: row.e.toISOString() };
};

/** A survey of revision A with a section and a single-choice question; published and open with a public link on request. */
const freshSurvey = async (api: TestApi, f: Fixtures, published = false) => {
  const token = `pub-${Math.random().toString(36).slice(2)}-${Date.now()}`;
  const id = await one(
    api,
    `INSERT INTO survey (revision_id, title, languages, status, opens_at, closes_at, public_token, version)
     VALUES ($1, '{"de":"Umfrage"}', '{de,en}', $2, now() - interval '1 day', now() + interval '10 days', $3, 1) RETURNING id`,
    [f.revisionA, published ? 'PUBLISHED' : 'DRAFT', token],
  );
  const section = await one(
    api,
    `INSERT INTO survey_section (survey_id, position, title) VALUES ($1, 0, '{"de":"Teil 1"}') RETURNING id`,
    [id],
  );
  const question = await one(
    api,
    `INSERT INTO survey_question (survey_id, section_id, position, kind, required, text, options)
     VALUES ($1, $2, 0, 'SINGLE_CHOICE', false, '{"de":"Frage"}',
             '[{"key":"a","label":{"de":"A"}},{"key":"b","label":{"de":"B"}}]') RETURNING id`,
    [id, section],
  );
  return { id, section, question, publicToken: token };
};
const freshInvitation = async (api: TestApi, f: Fixtures) => {
  const survey = await freshSurvey(api, f, true);
  const token = `inv-${Math.random().toString(36).slice(2)}-${Date.now()}`;
  const id = await one(
    api,
    `INSERT INTO survey_invitation (survey_id, email, audience, token) VALUES ($1, $2, 'ORGANISATION', $3) RETURNING id`,
    [survey.id, `${token}@example.org`, token],
  );
  return { ...survey, invitation: id, token };
};

const CASES: Record<string, Case> = {
  // Queries
  me: { expect: PUBLIC('ok'), op: () => q('{ me { account { id } } }') },
  regions: { expect: SIGNED_IN, op: () => q('{ regions { id } }') },
  region: {
    expect: READ_A,
    op: (f) =>
      q(
        'query($id:ID!){ region(id:$id){ id municipalities { id } organisations { id municipalities { id } } revisions { id } } }',
        { id: f.regionA },
      ),
  },
  revision: {
    expect: READ_A,
    op: (f) =>
      q(
        'query($id:ID!){ revision(id:$id){ id region { id } phases { id } fieldsOfAction { id goals { id } } guidingGoals { id } guidelines { id } targetGroups { id } predecessor { id } } }',
        { id: f.revisionA },
      ),
  },
  auditLog: {
    expect: OVERSEE_A,
    op: (f) => q('query($id:ID){ auditLog(revisionId:$id){ total } }', { id: f.revisionA }),
  },
  outbox: { expect: OVERSEE_A, op: (f) => q('query($id:ID){ outbox(regionId:$id){ total } }', { id: f.regionA }) },
  invitations: {
    expect: COORDINATE_A,
    op: (f) => q('query($id:ID!){ invitations(revisionId:$id){ id } }', { id: f.revisionA }),
  },
  members: {
    expect: COORDINATE_A,
    op: (f) => q('query($id:ID!){ members(revisionId:$id){ id } }', { id: f.revisionA }),
  },
  invitation: { expect: PUBLIC('TOKEN_INVALID'), op: () => q('{ invitation(token:"no-such-token"){ email } }') },
  // Mutations: identity
  signIn: {
    expect: PUBLIC('ok'),
    op: (f) =>
      q('mutation($e:String!,$p:String!){ signIn(email:$e,password:$p){ account { id } } }', {
        e: f.accounts.outsider.email,
        p: TEST_PASSWORD,
      }),
  },
  signOut: { expect: PUBLIC('ok'), op: () => q('mutation{ signOut }') },
  requestPasswordReset: {
    expect: PUBLIC('ok'),
    op: () => q('mutation{ requestPasswordReset(email:"nobody@example.org") }'),
  },
  resetPassword: {
    expect: PUBLIC('TOKEN_INVALID'),
    op: () => q('mutation{ resetPassword(token:"x", password:"long-enough-password"){ account { id } } }'),
  },
  acceptInvitation: {
    expect: PUBLIC('TOKEN_INVALID'),
    op: () =>
      q(
        'mutation{ acceptInvitation(input:{token:"x", displayName:"X", password:"long-enough-password"}){ account { id } } }',
      ),
  },
  inviteCoordinator: {
    expect: ADMIN_ONLY,
    op: (f) =>
      q('mutation($r:ID!){ inviteCoordinator(regionId:$r, email:"new-coordinator@example.org"){ id } }', {
        r: f.regionA,
      }),
  },
  inviteMember: {
    expect: COORDINATE_A,
    op: (f) =>
      q('mutation($r:ID!){ inviteMember(input:{revisionId:$r, email:"new@example.org", role:PARTICIPANT}){ id } }', {
        r: f.revisionA,
      }),
  },
  revokeInvitation: {
    expect: COORDINATE_A,
    op: async (f, api) => {
      const id = await one(
        api,
        `INSERT INTO invitation (token_hash, email, role, region_id, revision_id, expires_at) VALUES (md5(random()::text), 'x@example.org', 'PARTICIPANT', $1, $2, now() + interval '1 day') RETURNING id`,
        [f.regionA, f.revisionA],
      );
      return { query: 'mutation($id:ID!){ revokeInvitation(id:$id){ id } }', variables: { id } };
    },
  },
  removeMember: {
    expect: COORDINATE_A,
    op: async (f, api) => {
      const account = await one(
        api,
        `INSERT INTO account (email, display_name, password_hash) VALUES (md5(random()::text) || '@example.org', 'M', 'x') RETURNING id`,
        [],
      );
      const id = await one(
        api,
        `INSERT INTO revision_membership (revision_id, account_id, role) VALUES ($1, $2, 'OBSERVER') RETURNING id`,
        [f.revisionA, account],
      );
      return { query: 'mutation($id:ID!){ removeMember(id:$id) }', variables: { id } };
    },
  },
  // Mutations: regions
  createRegion: {
    expect: ADMIN_ONLY,
    op: () =>
      q(
        'mutation($n:String!){ createRegion(input:{name:$n, kind:KREIS, municipalities:[{name:"A", kind:STADT}]}){ id } }',
        { n: `Kreis ${Math.random()}` },
      ),
  },
  updateRegion: {
    expect: ADMIN_ONLY,
    op: async (f, api) => ({
      query:
        'mutation($id:ID!,$v:Int!){ updateRegion(input:{id:$id, version:$v, name:"Kreis Gütersloh", kind:KREIS}){ id } }',
      variables: { id: f.regionA, v: await version(api, 'region', f.regionA) },
    }),
  },
  addMunicipality: {
    expect: ADMIN_ONLY,
    op: (f) =>
      q('mutation($r:ID!,$n:String!){ addMunicipality(regionId:$r, input:{name:$n, kind:GEMEINDE}){ id } }', {
        r: f.regionA,
        n: `Gemeinde ${Math.random()}`,
      }),
  },
  removeMunicipality: {
    expect: ADMIN_ONLY,
    op: async (f, api) => ({
      query: 'mutation($id:ID!){ removeMunicipality(id:$id) }',
      variables: {
        id: await one(
          api,
          `INSERT INTO municipality (region_id, name, kind) VALUES ($1, md5(random()::text), 'GEMEINDE') RETURNING id`,
          [f.regionA],
        ),
      },
    }),
  },
  saveOrganisation: {
    expect: COORDINATE_A,
    op: (f) =>
      q(
        'mutation($r:ID!,$n:String!,$m:ID!){ saveOrganisation(input:{regionId:$r, name:$n, type:NETWORK, municipalityIds:[$m]}){ id } }',
        { r: f.regionA, n: `Netzwerk ${Math.random()}`, m: f.municipalityA },
      ),
  },
  deleteOrganisation: {
    expect: COORDINATE_A,
    op: async (f, api) => ({
      query: 'mutation($id:ID!){ deleteOrganisation(id:$id) }',
      variables: {
        id: await one(
          api,
          `INSERT INTO organisation (region_id, name, type, version) VALUES ($1, md5(random()::text), 'OTHER', 1) RETURNING id`,
          [f.regionA],
        ),
      },
    }),
  },
  // Mutations: revisions and phases
  createRevision: {
    expect: COORDINATE_A,
    op: (f) => q('mutation($r:ID!){ createRevision(input:{regionId:$r, title:"Neu"}){ id } }', { r: f.regionA }),
  },
  updateRevision: {
    expect: COORDINATE_A,
    op: async (f, api) => ({
      query:
        'mutation($id:ID!,$v:Int!){ updateRevision(input:{id:$id, version:$v, title:"Fortschreibung 2026"}){ id } }',
      variables: { id: f.revisionA, v: await version(api, 'concept_revision', f.revisionA) },
    }),
  },
  planPhase: {
    expect: COORDINATE_A,
    op: async (f, api) => ({
      query:
        'mutation($id:ID!,$v:Int!){ planPhase(input:{phaseId:$id, version:$v, plannedStart:"2027-01-01", plannedEnd:"2027-02-01"}){ id } }',
      variables: { id: f.phasesA.CONFERENCE, v: await version(api, 'phase', f.phasesA.CONFERENCE) },
    }),
  },
  activatePhase: {
    expect: COORDINATE_A,
    op: async (f, api) => ({
      query: 'mutation($id:ID!){ activatePhase(phaseId:$id){ state } }',
      variables: { id: await phaseStates(api, f, 'ACTIVE', 'PLANNED') },
    }),
  },
  closePhase: {
    expect: COORDINATE_A,
    op: async (f, api) => ({
      query: 'mutation($id:ID!){ closePhase(phaseId:$id){ state } }',
      variables: { id: await phaseStates(api, f, 'CLOSED', 'ACTIVE') },
    }),
  },
  reopenPhase: {
    expect: COORDINATE_A,
    op: async (f, api) => ({
      query: 'mutation($id:ID!){ reopenPhase(phaseId:$id, reason:"Nachträge aus den Interviews"){ state } }',
      variables: { id: await phaseStates(api, f, 'CLOSED', 'CLOSED') },
    }),
  },
  saveFieldOfAction: {
    expect: COORDINATE_A,
    op: (f) =>
      q('mutation($r:ID!){ saveFieldOfAction(input:{revisionId:$r, title:"Gesundheit", code:"GP"}){ id } }', {
        r: f.revisionA,
      }),
  },
  deleteFieldOfAction: {
    expect: COORDINATE_A,
    op: async (f, api) => ({
      query: 'mutation($id:ID!){ deleteFieldOfAction(id:$id) }',
      variables: { id: await freshField(api, f) },
    }),
  },
  saveGoal: {
    expect: COORDINATE_A,
    op: (f) =>
      q('mutation($r:ID!){ saveGoal(input:{revisionId:$r, text:"Teilhabe für alle"}){ id } }', { r: f.revisionA }),
  },
  deleteGoal: {
    expect: COORDINATE_A,
    op: async (f, api) => ({
      query: 'mutation($id:ID!){ deleteGoal(id:$id) }',
      variables: { id: await freshItem('goal', 'text', `'Ziel'`)(api, f) },
    }),
  },
  saveGuideline: {
    expect: COORDINATE_A,
    op: (f) =>
      q('mutation($r:ID!){ saveGuideline(input:{revisionId:$r, title:"Vielfalt"}){ id } }', { r: f.revisionA }),
  },
  deleteGuideline: {
    expect: COORDINATE_A,
    op: async (f, api) => ({
      query: 'mutation($id:ID!){ deleteGuideline(id:$id) }',
      variables: { id: await freshItem('guideline', 'title', `'Leitlinie'`)(api, f) },
    }),
  },
  saveTargetGroup: {
    expect: COORDINATE_A,
    op: (f) =>
      q('mutation($r:ID!){ saveTargetGroup(input:{revisionId:$r, name:"Geflüchtete"}){ id } }', { r: f.revisionA }),
  },
  deleteTargetGroup: {
    expect: COORDINATE_A,
    op: async (f, api) => ({
      query: 'mutation($id:ID!){ deleteTargetGroup(id:$id) }',
      variables: { id: await freshItem('target_group', 'name', `'Gruppe'`)(api, f) },
    }),
  },
  // Recommendations workbench
  recommendations: {
    expect: READ_A,
    op: (f) =>
      q('query($r:ID!){ recommendations(revisionId:$r){ total items { id authors { id } } } }', { r: f.revisionA }),
  },
  recommendation: {
    expect: READ_A,
    op: async (f, api) => ({
      query:
        'query($id:ID!){ recommendation(id:$id){ id comments { comment { id } } versions { number } evidence { id } } }',
      variables: { id: await freshRecommendation(api, f, 'SUBMITTED') },
    }),
  },
  similarRecommendations: {
    expect: READ_A,
    op: (f) =>
      q('query($r:ID!){ similarRecommendations(revisionId:$r, title:"Sprachcafés"){ score } }', { r: f.revisionA }),
  },
  recommendationCoverage: {
    expect: READ_A,
    op: (f) => q('query($r:ID!){ recommendationCoverage(revisionId:$r){ count } }', { r: f.revisionA }),
  },
  recommendationDiff: {
    expect: READ_A,
    op: async (f, api) => ({
      query: 'query($id:ID!){ recommendationDiff(id:$id, from:1, to:1){ field } }',
      variables: { id: await freshRecommendation(api, f, 'SUBMITTED') },
    }),
  },
  coAuthorCandidates: {
    expect: WRITERS_A,
    op: (f) => q('query($r:ID!){ coAuthorCandidates(revisionId:$r){ id } }', { r: f.revisionA }),
  },
  createRecommendation: {
    expect: WRITERS_A,
    op: async (f, api) => {
      await workshopsRunning(api, f);
      return {
        query:
          'mutation($r:ID!,$f:ID!){ createRecommendation(input:{revisionId:$r, fieldOfActionId:$f, title:"Sprachcafés", rationale:"<p>x</p>"}){ id } }',
        variables: { r: f.revisionA, f: await recField(api, f) },
      };
    },
  },
  updateRecommendation: {
    expect: AUTHOR_A,
    op: async (f, api) => {
      await workshopsRunning(api, f);
      return {
        query:
          'mutation($id:ID!,$f:ID!){ updateRecommendation(input:{id:$id, version:1, fieldOfActionId:$f, title:"Sprachcafés überall", rationale:"<p>x</p>"}){ id } }',
        variables: { id: await freshRecommendation(api, f, 'SUBMITTED'), f: await recField(api, f) },
      };
    },
  },
  transitionRecommendation: {
    expect: COORDINATE_A,
    op: async (f, api) => ({
      query: 'mutation($id:ID!){ transitionRecommendation(id:$id, action:START_REVIEW){ status } }',
      variables: { id: await freshRecommendation(api, f, 'SUBMITTED') },
    }),
  },
  mergeRecommendations: {
    expect: COORDINATE_A,
    op: async (f, api) => ({
      query:
        'mutation($s:[ID!]!,$f:ID!){ mergeRecommendations(input:{sourceIds:$s, fieldOfActionId:$f, title:"Zusammen", rationale:"<p>x</p>"}){ id } }',
      variables: {
        s: [await freshRecommendation(api, f, 'IN_REVIEW'), await freshRecommendation(api, f, 'IN_REVIEW')],
        f: await recField(api, f),
      },
    }),
  },
  addCoAuthor: {
    expect: AUTHOR_A,
    op: async (f, api) => ({
      query: 'mutation($id:ID!,$a:ID!){ addCoAuthor(id:$id, accountId:$a){ id } }',
      variables: { id: await freshRecommendation(api, f, 'SUBMITTED'), a: f.accounts.participant.id },
    }),
  },
  removeCoAuthor: {
    expect: AUTHOR_A,
    op: async (f, api) => {
      const id = await freshRecommendation(api, f, 'SUBMITTED');
      // A co-author who is none of the roles asking, so nobody asks about themselves.
      await api.ds.query(`INSERT INTO recommendation_author (recommendation_id, account_id) VALUES ($1, $2)`, [
        id,
        f.accounts.outsider.id,
      ]);
      return {
        query: 'mutation($id:ID!,$a:ID!){ removeCoAuthor(id:$id, accountId:$a){ id } }',
        variables: { id, a: f.accounts.outsider.id },
      };
    },
  },
  supportRecommendation: {
    expect: PARTICIPANT_A,
    op: async (f, api) => ({
      query: 'mutation($id:ID!){ supportRecommendation(id:$id){ supportCount } }',
      variables: { id: await freshRecommendation(api, f, 'SUBMITTED', 'coordinatorA') },
    }),
  },
  withdrawSupport: {
    expect: PARTICIPANT_A,
    op: async (f, api) => ({
      query: 'mutation($id:ID!){ withdrawSupport(id:$id){ supportCount } }',
      variables: { id: await freshRecommendation(api, f, 'SUBMITTED', 'coordinatorA') },
    }),
  },
  addRecommendationComment: {
    expect: DISCUSS_A,
    op: async (f, api) => ({
      query: 'mutation($id:ID!){ addRecommendationComment(id:$id, body:"Gute Idee"){ id authorName } }',
      variables: { id: await freshRecommendation(api, f, 'SUBMITTED') },
    }),
  },
  addEvidence: {
    expect: AUTHOR_A,
    op: async (f, api) => ({
      query:
        'mutation($id:ID!){ addEvidence(id:$id, input:{kind:FINDING, label:"Umfrage: Sprachkurse fehlen"}){ id } }',
      variables: { id: await freshRecommendation(api, f, 'SUBMITTED') },
    }),
  },
  removeEvidence: {
    expect: AUTHOR_A,
    op: async (f, api) => {
      const id = await freshRecommendation(api, f, 'SUBMITTED');
      const link = await one(
        api,
        `INSERT INTO evidence_link (recommendation_id, kind, label) VALUES ($1, 'FINDING', 'Umfrage') RETURNING id`,
        [id],
      );
      return { query: 'mutation($id:ID!){ removeEvidence(linkId:$id) }', variables: { id: link } };
    },
  },
  // Feasibility checks with the implementing organisations
  requestFeasibility: {
    expect: COORDINATE_A,
    op: async (f, api) => ({
      query: 'mutation($i:RequestFeasibilityInput!){ requestFeasibility(input:$i){ created request { id deadline } } }',
      variables: {
        i: {
          revisionId: f.revisionA,
          recommendationIds: [await freshRecommendation(api, f, 'IN_REVIEW')],
          organisationIds: [f.organisationA],
          deadline: new Date(Date.now() + 14 * 86_400_000).toISOString(),
        },
      },
    }),
  },
  answerFeasibility: {
    expect: IMPLEMENTER_A,
    op: async (f, api) => {
      const rec = await freshRecommendation(api, f, 'FEASIBILITY_CHECK');
      const request = await one(
        api,
        `INSERT INTO feasibility_request (revision_id, deadline, reminder_days_before) VALUES ($1, now() + interval '7 days', '{1}') RETURNING id`,
        [f.revisionA],
      );
      const check = await one(
        api,
        `INSERT INTO feasibility_check (request_id, recommendation_id, organisation_id, version) VALUES ($1, $2, $3, 1) RETURNING id`,
        [request, rec, f.organisationA],
      );
      return {
        query: 'mutation($id:ID!){ answerFeasibility(input:{checkId:$id, answer:FEASIBLE, version:1}){ answer } }',
        variables: { id: check },
      };
    },
  },
  feasibilityMatrix: {
    expect: COORDINATE_A,
    op: (f) =>
      q('query($r:ID!){ feasibilityMatrix(revisionId:$r){ cells { answer } organisations { id } } }', {
        r: f.revisionA,
      }),
  },
  myFeasibilityChecks: {
    expect: pattern(
      {
        anonymous: 'UNAUTHENTICATED',
        admin: 'FORBIDDEN',
        coordinatorA: 'ok',
        ...forMembers('FORBIDDEN'),
        implementer: 'ok',
      },
      'NOT_FOUND',
    ),
    op: (f) =>
      q('query($r:ID!){ myFeasibilityChecks(revisionId:$r){ id recommendation { reference } } }', { r: f.revisionA }),
  },
  // Exports of a revision's recommendations
  exportRecommendations: {
    expect: COORDINATE_A,
    op: (f) =>
      q('mutation($r:ID!){ exportRecommendations(revisionId:$r, format:XLSX){ id status } }', { r: f.revisionA }),
  },
  dataExports: {
    expect: COORDINATE_A,
    op: (f) => q('query($r:ID!){ dataExports(revisionId:$r){ id downloadUrl } }', { r: f.revisionA }),
  },
  dataExport: {
    expect: pattern({ anonymous: 'UNAUTHENTICATED', coordinatorA: 'ok' }, 'NOT_FOUND'),
    op: async (f, api) => ({
      query: 'query($id:ID!){ dataExport(id:$id){ id status processed total } }',
      variables: {
        id: await one(
          api,
          `INSERT INTO data_export (region_id, revision_id, kind, format, requested_by_id) VALUES ($1, $2, 'recommendations', 'CSV', $3) RETURNING id`,
          [f.regionA, f.revisionA, f.accounts.coordinatorA.id],
        ),
      },
    }),
  },
  // In-app notifications: everyone reads their own
  notifications: { expect: SIGNED_IN, op: () => q('{ notifications { unread items { id } } }') },
  markNotificationsRead: { expect: SIGNED_IN, op: () => q('mutation{ markNotificationsRead }') },

  // Integrationskonferenz: planned by the coordinators, registration open to everyone
  conferences: {
    expect: READ_A,
    op: (f) => q('query($r:ID!){ conferences(revisionId:$r){ id } }', { r: f.revisionA }),
  },
  conference: {
    expect: READ_A,
    op: async (f, api) => q('query($id:ID!){ conference(id:$id){ id } }', { id: (await freshConference(api, f)).id }),
  },
  publicConference: {
    expect: PUBLIC('ok'),
    op: async (f, api) =>
      q('query($id:ID!){ publicConference(id:$id){ id } }', { id: (await freshConference(api, f)).id }),
  },
  createConference: {
    expect: COORDINATE_A,
    op: (f) =>
      q(
        `mutation($r:ID!,$s:DateTime!,$e:DateTime!,$o:DateTime!,$c:DateTime!){ createConference(input:{revisionId:$r, title:"Konferenz", startsAt:$s, endsAt:$e, venue:"Kreishaus", capacity:10, registrationOpensAt:$o, registrationClosesAt:$c, privacyTextDe:"x", privacyTextEn:"x"}){ id } }`,
        {
          r: f.revisionA,
          s: new Date(Date.now() + 10 * 86_400_000).toISOString(),
          e: new Date(Date.now() + 10 * 86_400_000 + 6 * 3_600_000).toISOString(),
          o: new Date(Date.now() - 86_400_000).toISOString(),
          c: new Date(Date.now() + 5 * 86_400_000).toISOString(),
        },
      ),
  },
  updateConference: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q('mutation($id:ID!){ updateConference(input:{id:$id, version:1, capacity:120}){ id } }', {
        id: (await freshConference(api, f)).id,
      }),
  },
  setConferencePrivacyText: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q('mutation($c:ID!){ setConferencePrivacyText(conferenceId:$c, textDe:"Neu", textEn:"New"){ version } }', {
        c: (await freshConference(api, f)).id,
      }),
  },
  addWorkshop: {
    expect: COORDINATE_A,
    op: async (f, api) => {
      const c = await freshConference(api, f);
      return {
        query: `mutation($c:ID!,$s:DateTime!,$e:DateTime!){ addWorkshop(conferenceId:$c, input:${WORKSHOP_INPUT}){ id } }`,
        variables: { c: c.id, ...(await slotTimes(api, c.id)) },
      };
    },
  },
  updateWorkshop: {
    expect: COORDINATE_A,
    op: async (f, api) => {
      const c = await freshConference(api, f);
      return {
        query: `mutation($id:ID!,$s:DateTime!,$e:DateTime!){ updateWorkshop(id:$id, version:1, input:${WORKSHOP_INPUT}){ id } }`,
        variables: { id: c.session, ...(await slotTimes(api, c.id)) },
      };
    },
  },
  register: {
    expect: PUBLIC('ok'),
    op: async (f, api) =>
      q(
        'mutation($c:ID!,$e:String!){ register(input:{conferenceId:$c, name:"Eva", email:$e, role:CITIZEN, preferences:[], privacyTextVersion:1, consent:true}){ status } }',
        { c: (await freshConference(api, f)).id, e: `eva-${Date.now()}-${Math.random()}@example.org` },
      ),
  },
  cancelRegistration: {
    expect: PUBLIC('ok'),
    op: async (f, api) =>
      q('mutation($t:String!){ cancelRegistration(token:$t){ cancelledNow } }', {
        t: (await freshRegistration(api, f)).token,
      }),
  },
  cancelRegistrationById: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q('mutation($id:ID!){ cancelRegistrationById(id:$id){ id } }', {
        id: (await freshRegistration(api, f)).registration,
      }),
  },
  registrations: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q('query($c:ID!){ registrations(conferenceId:$c){ id } }', { c: (await freshRegistration(api, f)).id }),
  },
  assignWorkshops: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q('mutation($c:ID!){ assignWorkshops(conferenceId:$c){ slots { registrants } } }', {
        c: (await freshRegistration(api, f)).id,
      }),
  },
  assignmentReport: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q('query($c:ID!){ assignmentReport(conferenceId:$c){ slots { registrants } } }', {
        c: (await freshRegistration(api, f)).id,
      }),
  },
  workshopPlaces: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q('query($c:ID!){ workshopPlaces(conferenceId:$c){ registrationId } }', {
        c: (await freshRegistration(api, f)).id,
      }),
  },
  setWorkshopPlace: {
    expect: COORDINATE_A,
    op: async (f, api) => {
      const r = await freshRegistration(api, f);
      return q('mutation($r:ID!,$s:ID!){ setWorkshopPlace(registrationId:$r, sessionId:$s){ manual } }', {
        r: r.registration,
        s: r.session,
      });
    },
  },
  clearWorkshopPlace: {
    expect: COORDINATE_A,
    op: async (f, api) => {
      const r = await freshRegistration(api, f);
      return q('mutation($r:ID!,$s:ID!){ clearWorkshopPlace(registrationId:$r, sessionId:$s) }', {
        r: r.registration,
        s: r.session,
      });
    },
  },
  checkIn: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q('mutation($r:ID!){ checkIn(registrationId:$r){ checkedInAt } }', {
        r: (await freshRegistration(api, f)).registration,
      }),
  },
  // Concept draft: everyone of the revision reads it, the coordinators write and freeze it
  conceptDraft: {
    expect: READ_A,
    op: async (f, api) =>
      q('query($r:ID!){ conceptDraft(revisionId:$r){ id } }', { r: (await freshDraft(api, f)).revisionId }),
  },
  createConceptDraft: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q('mutation($r:ID!){ createConceptDraft(revisionId:$r){ id } }', { r: await freshRevision(api, f) }),
  },
  addConceptSection: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q('mutation($d:ID!){ addConceptSection(draftId:$d, input:{title:"Neu", body:"<p>Text</p>"}){ id } }', {
        d: (await freshDraft(api, f)).draft,
      }),
  },
  updateConceptSection: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q('mutation($id:ID!){ updateConceptSection(id:$id, version:1, input:{title:"Neu", body:"<p>Text</p>"}){ id } }', {
        id: (await freshDraft(api, f)).section,
      }),
  },
  deleteConceptSection: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q('mutation($id:ID!){ deleteConceptSection(id:$id) }', { id: (await freshDraft(api, f)).section }),
  },
  moveConceptSection: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q('mutation($id:ID!){ moveConceptSection(id:$id, direction:1){ id } }', {
        id: (await freshDraft(api, f)).section,
      }),
  },
  freezeConceptVersion: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q('mutation($d:ID!){ freezeConceptVersion(draftId:$d){ id } }', { d: (await freshDraft(api, f)).draft }),
  },
  draftVersion: {
    expect: READ_A,
    op: async (f, api) =>
      q('query($id:ID!){ draftVersion(id:$id){ id sections { id } } }', { id: (await freshVersion(api, f)).version }),
  },
  compareDraftVersions: {
    expect: READ_A,
    op: async (f, api) => {
      const { version } = await freshVersion(api, f);
      return q('query($a:ID!){ compareDraftVersions(fromId:$a, toId:$a){ changed } }', { a: version });
    },
  },
  // Review rounds: the coordinators run them, the reviewers of the municipalities asked take part
  reviewRounds: {
    expect: READ_A,
    op: async (f, api) =>
      q('query($r:ID!){ reviewRounds(revisionId:$r){ id } }', { r: (await freshRound(api, f)).revisionId }),
  },
  reviewRound: {
    expect: IN_ROUND,
    op: async (f, api) =>
      q('query($id:ID!){ reviewRound(id:$id){ id comments { id } statements { id } } }', {
        id: (await freshRound(api, f)).round,
      }),
  },
  openReviewRound: {
    expect: IN_ROUND,
    op: async (f, api) =>
      q('mutation($id:ID!){ openReviewRound(id:$id){ id } }', { id: (await freshRound(api, f)).round }),
  },
  startReviewRound: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q(
        'mutation($v:ID!,$m:ID!,$d:DateTime!){ startReviewRound(input:{versionId:$v, municipalityIds:[$m], deadline:$d}){ id } }',
        {
          v: (await freshVersion(api, f)).version,
          m: f.municipalityA,
          d: new Date(Date.now() + 14 * 86_400_000).toISOString(),
        },
      ),
  },
  closeReviewRound: {
    expect: COORDINATE_ROUND,
    op: async (f, api) =>
      q('mutation($id:ID!){ closeReviewRound(id:$id, version:1){ id } }', { id: (await freshRound(api, f)).round }),
  },
  extendReviewDeadline: {
    expect: COORDINATE_ROUND,
    op: async (f, api) =>
      q(
        'mutation($r:ID!,$m:ID!,$d:DateTime!){ extendReviewDeadline(roundId:$r, municipalityId:$m, deadline:$d){ deadline } }',
        {
          r: (await freshRound(api, f)).round,
          m: f.municipalityA,
          d: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        },
      ),
  },
  exportConsiderationTable: {
    expect: COORDINATE_ROUND,
    op: async (f, api) =>
      q('mutation($r:ID!){ exportConsiderationTable(roundId:$r, format:XLSX){ id } }', {
        r: (await freshRound(api, f)).round,
      }),
  },
  addReviewComment: {
    expect: REVIEW_IN_ROUND,
    op: async (f, api) => {
      const r = await freshRound(api, f);
      return q(
        'mutation($r:ID!,$s:ID!){ addReviewComment(input:{roundId:$r, sectionId:$s, start:0, end:3, text:"Bitte ändern."}){ id } }',
        {
          r: r.round,
          s: r.section,
        },
      );
    },
  },
  giveReviewStatement: {
    expect: REVIEW_IN_ROUND,
    op: async (f, api) =>
      q('mutation($r:ID!){ giveReviewStatement(roundId:$r, kind:APPROVED){ id } }', {
        r: (await freshRound(api, f)).round,
      }),
  },
  answerReviewComment: {
    expect: COORDINATE_ROUND,
    op: async (f, api) =>
      q('mutation($id:ID!){ answerReviewComment(id:$id, version:1, disposition:ACCEPTED){ id } }', {
        id: (await freshReviewComment(api, f)).comment,
      }),
  },
  applyReviewProposal: {
    expect: COORDINATE_ROUND,
    op: async (f, api) =>
      q('mutation($id:ID!){ applyReviewProposal(id:$id){ proposalAppliedAt } }', {
        id: (await freshReviewComment(api, f)).comment,
      }),
  },
  // Finalisation and publication: the coordinators decide, everyone reads what is published
  conceptPublication: {
    expect: READ_A,
    op: async (f, api) =>
      q('query($r:ID!){ conceptPublication(revisionId:$r){ id recommendationCount } }', {
        r: (await freshPublication(api, f)).revisionId,
      }),
  },
  finaliseConceptVersion: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q('mutation($v:ID!){ finaliseConceptVersion(versionId:$v){ id } }', { v: (await freshVersion(api, f)).version }),
  },
  recordConceptAdoption: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q(
        'mutation($id:ID!){ recordConceptAdoption(id:$id, version:1, input:{body:"Kreistag", date:"2027-03-18", reference:"DS 2", result:ADOPTED}){ id } }',
        { id: (await freshPublication(api, f)).publication },
      ),
  },
  publishConcept: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q('mutation($id:ID!){ publishConcept(id:$id, version:1){ id } }', {
        id: (await freshPublication(api, f)).publication,
      }),
  },
  buildConceptDocuments: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q('mutation($id:ID!){ buildConceptDocuments(id:$id){ id } }', {
        id: (await freshPublication(api, f, true)).publication,
      }),
  },
  publishedConcepts: { expect: PUBLIC('ok'), op: () => q('{ publishedConcepts { revisionId } }') },
  publishedConcept: {
    expect: PUBLIC('ok'),
    op: async (f, api) =>
      q(
        'query($r:ID!){ publishedConcept(revisionId:$r){ title sections { id } recommendations { reference } documents { url } } }',
        {
          r: (await freshPublication(api, f, true)).revisionId,
        },
      ),
  },
  // Inventory: everyone of the revision reads the indicators, the coordinators keep them
  indicators: {
    expect: READ_A,
    op: (f) =>
      q('query($r:ID!){ indicators(revisionId:$r){ id values { year value municipalityName } } }', { r: f.revisionA }),
  },
  indicator: {
    expect: READ_A,
    op: async (f, api) =>
      q('query($id:ID!){ indicator(id:$id){ id } }', { id: (await freshIndicator(api, f)).indicator }),
  },
  createIndicator: {
    expect: COORDINATE_A,
    op: (f) =>
      q(
        'mutation($r:ID!,$n:String!){ createIndicator(revisionId:$r, input:{name:$n, unit:"%", source:"Zensus"}){ id } }',
        {
          r: f.revisionA,
          n: `Anteil ${Math.random().toString(36).slice(2)}`,
        },
      ),
  },
  updateIndicator: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q(
        'mutation($id:ID!,$n:String!){ updateIndicator(id:$id, version:1, input:{name:$n, unit:"%", source:"Zensus"}){ id } }',
        {
          id: (await freshIndicator(api, f)).indicator,
          n: `Anteil ${Math.random().toString(36).slice(2)}`,
        },
      ),
  },
  deleteIndicator: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q('mutation($id:ID!){ deleteIndicator(id:$id) }', { id: (await freshIndicator(api, f)).indicator }),
  },
  correctIndicatorValue: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q('mutation($id:ID!){ correctIndicatorValue(id:$id, version:1, value:11){ value } }', {
        id: (await freshIndicator(api, f)).value,
      }),
  },
  // Offers, networks, needs: everyone of the revision reads them; the Wegweiser is public
  offers: { expect: READ_A, op: (f) => q('query($r:ID!){ offers(revisionId:$r){ id } }', { r: f.revisionA }) },
  networks: { expect: READ_A, op: (f) => q('query($r:ID!){ networks(revisionId:$r){ id } }', { r: f.revisionA }) },
  needs: { expect: READ_A, op: (f) => q('query($r:ID!){ needs(revisionId:$r){ id } }', { r: f.revisionA }) },
  offerGaps: {
    expect: READ_A,
    op: (f) => q('query($r:ID!){ offerGaps(revisionId:$r){ offers } }', { r: f.revisionA }),
  },
  wegweiser: {
    expect: PUBLIC('ok'),
    op: (f) => q('query($r:ID!){ wegweiser(revisionId:$r){ title } }', { r: f.revisionA }),
  },
  saveOffer: {
    expect: KEEP_OFFER,
    op: async (f, api) =>
      q(
        'mutation($r:ID!,$o:ID!,$f:ID!){ saveOffer(revisionId:$r, input:{organisationId:$o, kind:COURSE, title:"Kurs", municipalityIds:[], fieldOfActionIds:[$f], targetGroupIds:[], languages:["de"]}){ id } }',
        { r: f.revisionA, o: f.organisationA, f: await recField(api, f) },
      ),
  },
  confirmOffer: {
    expect: KEEP_OFFER,
    op: async (f, api) => q('mutation($id:ID!){ confirmOffer(id:$id){ id } }', { id: await freshOffer(api, f) }),
  },
  deleteOffer: {
    expect: KEEP_OFFER,
    op: async (f, api) => q('mutation($id:ID!){ deleteOffer(id:$id) }', { id: await freshOffer(api, f) }),
  },
  saveNetwork: {
    expect: COORDINATE_A,
    op: (f) =>
      q('mutation($r:ID!,$n:String!){ saveNetwork(revisionId:$r, input:{name:$n, memberOrganisationIds:[]}){ id } }', {
        r: f.revisionA,
        n: `Netzwerk ${Math.random().toString(36).slice(2)}`,
      }),
  },
  saveNeed: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q('mutation($r:ID!,$f:ID!){ saveNeed(revisionId:$r, input:{fieldOfActionId:$f, title:"Bedarf"}){ id } }', {
        r: f.revisionA,
        f: await recField(api, f),
      }),
  },
  deleteNeed: {
    expect: COORDINATE_A,
    op: async (f, api) => q('mutation($id:ID!){ deleteNeed(id:$id) }', { id: await freshNeed(api, f) }),
  },
  deleteNetwork: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q('mutation($id:ID!){ deleteNetwork(id:$id) }', {
        id: await one(api, `INSERT INTO network (revision_id, name, version) VALUES ($1, $2, 1) RETURNING id`, [
          f.revisionA,
          `Netzwerk ${Math.random().toString(36).slice(2)}`,
        ]),
      }),
  },
  linkNeedToRecommendation: {
    expect: AUTHOR_A,
    op: async (f, api) =>
      q('mutation($n:ID!,$r:ID!){ linkNeedToRecommendation(needId:$n, recommendationId:$r){ id } }', {
        n: await freshNeed(api, f),
        r: await freshRecommendation(api, f, 'SUBMITTED'),
      }),
  },
  // Conference documentation: built by a job for the coordinators; flip-chart photos
  exportConferenceDocumentation: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q('mutation($c:ID!){ exportConferenceDocumentation(conferenceId:$c, format:PDF){ id status } }', {
        c: (await freshConference(api, f)).id,
      }),
  },
  conferenceDocumentationExports: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q('query($c:ID!){ conferenceDocumentationExports(conferenceId:$c){ id } }', {
        c: (await freshConference(api, f)).id,
      }),
  },
  conferencePhotos: {
    expect: READ_A,
    op: async (f, api) =>
      q('query($c:ID!){ conferencePhotos(conferenceId:$c){ id caption } }', { c: (await freshPhoto(api, f)).id }),
  },
  deleteConferencePhoto: {
    expect: pattern({ anonymous: 'UNAUTHENTICATED', coordinatorA: 'ok' }, 'NOT_FOUND'),
    op: async (f, api) =>
      q('mutation($id:ID!){ deleteConferencePhoto(id:$id) }', { id: (await freshPhoto(api, f)).photo }),
  },
  // Workshop phase: everyone of the revision reads the meetings, the coordinators keep them
  workshopMeetings: {
    expect: READ_A,
    op: (f) => q('query($r:ID!){ workshopMeetings(revisionId:$r){ id } }', { r: f.revisionA }),
  },
  createWorkshopMeeting: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q(
        'mutation($r:ID!,$f:ID!){ createWorkshopMeeting(revisionId:$r, input:{fieldOfActionId:$f, title:"Treffen", startsAt:"2026-04-15T14:00:00Z"}){ id } }',
        { r: f.revisionA, f: await recField(api, f) },
      ),
  },
  updateWorkshopMeeting: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q(
        'mutation($id:ID!,$f:ID!){ updateWorkshopMeeting(id:$id, version:1, input:{fieldOfActionId:$f, title:"Treffen 2", startsAt:"2026-04-15T14:00:00Z"}){ id } }',
        { id: await freshMeeting(api, f), f: await recField(api, f) },
      ),
  },
  deleteWorkshopMeeting: {
    expect: COORDINATE_A,
    op: async (f, api) => q('mutation($id:ID!){ deleteWorkshopMeeting(id:$id) }', { id: await freshMeeting(api, f) }),
  },
  // Workshop boards: members of the revision (and guests with the code); moderators edit
  joinWorkshop: {
    expect: PUBLIC('ok'),
    op: async (f, api) =>
      q('mutation($c:String!){ joinWorkshop(code:$c){ sessionId } }', { c: (await freshConference(api, f)).joinCode }),
  },
  workshopBoard: {
    expect: READ_A,
    op: async (f, api) =>
      q('query($s:ID!){ workshopBoard(sessionId:$s){ title } }', { s: (await freshConference(api, f)).session }),
  },
  addWorkshopContribution: {
    expect: READ_A,
    op: async (f, api) =>
      q(
        'mutation($s:ID!){ addWorkshopContribution(input:{sessionId:$s, kind:CHALLENGE, text:"Zu wenige Kitaplätze", idempotencyKey:"k1"}){ id } }',
        { s: (await freshConference(api, f)).session },
      ),
  },
  voteContribution: {
    expect: READ_A,
    op: async (f, api) =>
      q('mutation($id:ID!){ voteContribution(id:$id){ votes } }', { id: (await freshCard(api, f)).card }),
  },
  editContribution: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q('mutation($id:ID!){ editContribution(input:{id:$id, version:1, cluster:"Kita"}){ cluster } }', {
        id: (await freshCard(api, f)).card,
      }),
  },
  contributionToRecommendation: {
    expect: WRITERS_A,
    op: async (f, api) => {
      await workshopsRunning(api, f);
      return q('mutation($id:ID!,$f:ID!){ contributionToRecommendation(id:$id, fieldOfActionId:$f){ id } }', {
        id: (await freshCard(api, f)).card,
        f: await recField(api, f),
      });
    },
  },
  // Surveys: built, published and sent by the coordinators; answered without an account by link
  surveys: { expect: COORDINATE_A, op: (f) => q('query($r:ID!){ surveys(revisionId:$r){ id } }', { r: f.revisionA }) },
  copyableSurveys: {
    expect: COORDINATE_A,
    op: (f) => q('query($r:ID!){ copyableSurveys(revisionId:$r){ id } }', { r: f.revisionA }),
  },
  survey: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q('query($id:ID!){ survey(id:$id){ id sections { id } } }', { id: (await freshSurvey(api, f)).id }),
  },
  surveyInvitations: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q('query($id:ID!){ surveyInvitations(surveyId:$id){ id } }', { id: (await freshSurvey(api, f)).id }),
  },
  createSurvey: {
    expect: COORDINATE_A,
    op: (f) =>
      q(
        'mutation($r:ID!){ createSurvey(revisionId:$r, input:{title:[{language:"de", text:"Umfrage"}], languages:["de"]}){ id } }',
        {
          r: f.revisionA,
        },
      ),
  },
  updateSurvey: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q(
        'mutation($id:ID!){ updateSurvey(id:$id, version:1, input:{title:[{language:"de", text:"Neu"}], languages:["de","ar"]}){ id } }',
        { id: (await freshSurvey(api, f)).id },
      ),
  },
  publishSurvey: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q('mutation($id:ID!){ publishSurvey(id:$id){ status } }', { id: (await freshSurvey(api, f)).id }),
  },
  setSurveyPublicLink: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q('mutation($id:ID!){ setSurveyPublicLink(id:$id, enabled:false){ id } }', {
        id: (await freshSurvey(api, f)).id,
      }),
  },
  copySurvey: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q('mutation($s:ID!,$r:ID!){ copySurvey(sourceId:$s, revisionId:$r){ id } }', {
        s: (await freshSurvey(api, f)).id,
        r: f.revisionA,
      }),
  },
  deleteSurvey: {
    expect: COORDINATE_A,
    op: async (f, api) => q('mutation($id:ID!){ deleteSurvey(id:$id) }', { id: (await freshSurvey(api, f)).id }),
  },
  saveSurveySection: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q('mutation($id:ID!){ saveSurveySection(surveyId:$id, input:{title:[{language:"de", text:"Teil 2"}]}){ id } }', {
        id: (await freshSurvey(api, f)).id,
      }),
  },
  deleteSurveySection: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q('mutation($id:ID!){ deleteSurveySection(id:$id) }', { id: (await freshSurvey(api, f)).section }),
  },
  moveSurveySection: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q('mutation($id:ID!){ moveSurveySection(id:$id, position:0){ id } }', {
        id: (await freshSurvey(api, f)).section,
      }),
  },
  saveSurveyQuestion: {
    expect: COORDINATE_A,
    op: async (f, api) => {
      const s = await freshSurvey(api, f);
      return q(
        'mutation($id:ID!,$s:ID!){ saveSurveyQuestion(surveyId:$id, input:{sectionId:$s, kind:LIKERT, required:true, text:[{language:"de", text:"Wie?"}]}){ id } }',
        { id: s.id, s: s.section },
      );
    },
  },
  deleteSurveyQuestion: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q('mutation($id:ID!){ deleteSurveyQuestion(id:$id) }', { id: (await freshSurvey(api, f)).question }),
  },
  moveSurveyQuestion: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q('mutation($id:ID!){ moveSurveyQuestion(id:$id, position:0){ id } }', {
        id: (await freshSurvey(api, f)).question,
      }),
  },
  inviteToSurvey: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q(
        'mutation($id:ID!){ inviteToSurvey(surveyId:$id, invitees:[{email:"akteur@example.org", audience:ORGANISATION}]){ invited } }',
        { id: (await freshSurvey(api, f, true)).id },
      ),
  },
  deleteSurveyInvitation: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q('mutation($id:ID!){ deleteSurveyInvitation(id:$id) }', { id: (await freshInvitation(api, f)).invitation }),
  },
  respondentSurvey: {
    expect: PUBLIC('ok'),
    op: async (f, api) =>
      q('query($t:String!){ respondentSurvey(token:$t){ surveyId isPublicLink } }', {
        t: (await freshSurvey(api, f, true)).publicToken,
      }),
  },
  startSurveyResponse: {
    expect: PUBLIC('ok'),
    op: async (f, api) =>
      q('mutation($t:String!){ startSurveyResponse(publicToken:$t, language:"ar") }', {
        t: (await freshSurvey(api, f, true)).publicToken,
      }),
  },
  saveSurveyAnswers: {
    expect: PUBLIC('ok'),
    op: async (f, api) => {
      const s = await freshInvitation(api, f);
      return q(
        'mutation($t:String!,$q:ID!){ saveSurveyAnswers(token:$t, language:"de", answers:[{questionId:$q, choice:"a"}]){ savedAt } }',
        { t: s.token, q: s.question },
      );
    },
  },
  submitSurveyResponse: {
    expect: PUBLIC('ok'),
    op: async (f, api) => {
      const s = await freshInvitation(api, f);
      return q(
        'mutation($t:String!,$q:ID!){ submitSurveyResponse(token:$t, language:"de", answers:[{questionId:$q, choice:"b"}]){ submittedAt } }',
        { t: s.token, q: s.question },
      );
    },
  },
  // Survey export: a job for the coordinators
  exportSurveyResponses: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q('mutation($s:ID!){ exportSurveyResponses(surveyId:$s, format:CSV){ id status } }', {
        s: (await freshSurvey(api, f, true)).id,
      }),
  },
  surveyResponseExports: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q('query($s:ID!){ surveyResponseExports(surveyId:$s){ id } }', { s: (await freshSurvey(api, f)).id }),
  },
  // Survey results, interviews, findings
  surveyResults: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q('query($s:ID!){ surveyResults(surveyId:$s){ submitted } }', { s: (await freshSurvey(api, f, true)).id }),
  },
  surveyBreakdown: {
    expect: COORDINATE_A,
    op: async (f, api) => {
      const s = await freshSurvey(api, f, true);
      return q('query($s:ID!,$q:ID!){ surveyBreakdown(surveyId:$s, questionId:$q, by:MUNICIPALITY){ suppressed } }', {
        s: s.id,
        q: s.question,
      });
    },
  },
  surveyFreeTexts: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q('query($s:ID!){ surveyFreeTexts(surveyId:$s){ text } }', { s: (await freshSurvey(api, f, true)).id }),
  },
  codeSurveyAnswer: {
    expect: COORDINATE_A,
    op: async (f, api) => {
      const s = await freshSurvey(api, f, true);
      const response = await one(
        api,
        `INSERT INTO survey_response (survey_id, audience, language, submitted_at) VALUES ($1, 'PUBLIC', 'de', now()) RETURNING id`,
        [s.id],
      );
      await api.ds.query(`INSERT INTO survey_answer (response_id, question_id, value) VALUES ($1, $2, $3)`, [
        response,
        s.question,
        JSON.stringify({ choice: 'other', other: 'Sprachcafé' }),
      ]);
      return q(
        'mutation($r:ID!,$q:ID!,$f:ID!){ codeSurveyAnswer(responseId:$r, questionId:$q, fieldOfActionIds:[$f], targetGroupIds:[]){ responseId } }',
        { r: response, q: s.question, f: await recField(api, f) },
      );
    },
  },
  interviews: {
    expect: COORDINATE_A,
    op: (f) => q('query($r:ID!){ interviews(revisionId:$r){ id } }', { r: f.revisionA }),
  },
  saveInterview: {
    expect: COORDINATE_A,
    op: (f) =>
      q(
        'mutation($r:ID!){ saveInterview(revisionId:$r, input:{heldOn:"2026-01-10", category:PROFESSIONAL, pseudonym:"I-01", consentGiven:true, consentTextVersion:"2026-01", notes:"Zu wenige Kitaplätze.", fieldOfActionIds:[], targetGroupIds:[]}){ id } }',
        { r: f.revisionA },
      ),
  },
  deleteInterview: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q('mutation($id:ID!){ deleteInterview(id:$id) }', {
        id: await one(
          api,
          `INSERT INTO interview (revision_id, held_on, category, pseudonym, consent_given, consent_text_version, notes, version)
           VALUES ($1, '2026-01-10', 'PROFESSIONAL', 'I-01', true, '2026-01', 'Zu wenige Kitaplätze.', 1) RETURNING id`,
          [f.revisionA],
        ),
      }),
  },
  findings: {
    expect: READ_A,
    op: (f) => q('query($r:ID!){ findings(revisionId:$r){ id sources { id } } }', { r: f.revisionA }),
  },
  saveFinding: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q(
        'mutation($r:ID!,$f:ID!){ saveFinding(revisionId:$r, input:{fieldOfActionId:$f, title:"Kitaplätze fehlen", summary:"", targetGroupIds:[]}){ id } }',
        { r: f.revisionA, f: await recField(api, f) },
      ),
  },
  deleteFinding: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q('mutation($id:ID!){ deleteFinding(id:$id) }', {
        id: await one(
          api,
          `INSERT INTO finding (revision_id, field_of_action_id, title, version) VALUES ($1, $2, 'Kitaplätze fehlen', 1) RETURNING id`,
          [f.revisionA, await recField(api, f)],
        ),
      }),
  },
  addFindingSource: {
    expect: COORDINATE_A,
    op: async (f, api) =>
      q('mutation($f:ID!,$i:ID!){ addFindingSource(findingId:$f, interviewId:$i, excerpt:"Kitaplätze"){ id } }', {
        f: await one(
          api,
          `INSERT INTO finding (revision_id, field_of_action_id, title, version) VALUES ($1, $2, 'Kitaplätze fehlen', 1) RETURNING id`,
          [f.revisionA, await recField(api, f)],
        ),
        i: await one(
          api,
          `INSERT INTO interview (revision_id, held_on, category, pseudonym, consent_given, consent_text_version, notes, version)
           VALUES ($1, '2026-01-10', 'PROFESSIONAL', 'I-01', true, '2026-01', 'Zu wenige Kitaplätze.', 1) RETURNING id`,
          [f.revisionA],
        ),
      }),
  },
  removeFindingSource: {
    expect: COORDINATE_A,
    op: async (f, api) => {
      const finding = await one(
        api,
        `INSERT INTO finding (revision_id, field_of_action_id, title, version) VALUES ($1, $2, 'Kitaplätze fehlen', 1) RETURNING id`,
        [f.revisionA, await recField(api, f)],
      );
      const interview = await one(
        api,
        `INSERT INTO interview (revision_id, held_on, category, pseudonym, consent_given, consent_text_version, notes, version)
         VALUES ($1, '2026-01-10', 'PROFESSIONAL', 'I-01', true, '2026-01', 'Zu wenige Kitaplätze.', 1) RETURNING id`,
        [f.revisionA],
      );
      return q('mutation($id:ID!){ removeFindingSource(id:$id) }', {
        id: await one(
          api,
          `INSERT INTO finding_source (finding_id, kind, interview_id, excerpt) VALUES ($1, 'INTERVIEW', $2, 'Kitaplätze') RETURNING id`,
          [finding, interview],
        ),
      });
    },
  },
  linkFinding: {
    expect: AUTHOR_A,
    op: async (f, api) =>
      q('mutation($f:ID!,$r:ID!){ linkFinding(findingId:$f, recommendationId:$r){ id } }', {
        f: await one(
          api,
          `INSERT INTO finding (revision_id, field_of_action_id, title, version) VALUES ($1, $2, 'Kitaplätze fehlen', 1) RETURNING id`,
          [f.revisionA, await recField(api, f)],
        ),
        r: await freshRecommendation(api, f, 'SUBMITTED'),
      }),
  },
};

let api: TestApi;
let f: Fixtures;
const cookies: Partial<Record<Role, string>> = {};

beforeAll(async () => {
  api = await startTestApi();
  f = await seedFixtures(api.ds, TEST_PASSWORD);
  for (const role of ROLES) if (role !== 'anonymous') cookies[role] = await api.signIn(f.accounts[role].email);
});
afterAll(() => api?.close());

test('the matrix covers every query and mutation of the schema', () => {
  const schema = buildSchema(readFileSync(join(__dirname, '../../schema.graphql'), 'utf8'));
  const operations = [
    ...Object.keys(schema.getQueryType()!.getFields()),
    ...Object.keys(schema.getMutationType()!.getFields()),
  ].sort();
  expect(Object.keys(CASES).sort()).toEqual(operations);
});

describe.each(Object.entries(CASES))('%s', (name, c) => {
  test.each(ROLES)('as %s', async (role) => {
    const { query, variables } = await c.op(f, api);
    // signOut ends the session it is sent with: use a session of its own.
    const cookie =
      role === 'anonymous' ? undefined : name === 'signOut' ? await api.signIn(f.accounts[role].email) : cookies[role];
    const r = await api.gql(query, variables, { cookie });
    const got: string = r.errors ? (r.errors[0].extensions?.code ?? 'NO_CODE') : 'ok';
    expect(got).toBe(c.expect[role]);
  });
});

test('a region of another tenant answers exactly like one that does not exist', async () => {
  const query = 'query($id:ID!){ region(id:$id){ id name } }';
  const foreign = await api.gql(query, { id: f.regionB }, { cookie: cookies.coordinatorA });
  const missing = await api.gql(
    query,
    { id: '00000000-0000-4000-8000-000000000000' },
    { cookie: cookies.coordinatorA },
  );
  expect(foreign.errors).toEqual(missing.errors);
  expect(foreign.data).toEqual(missing.data);
  const revision = await api.gql(
    'query($id:ID!){ revision(id:$id){ id } }',
    { id: f.revisionB },
    { cookie: cookies.coordinatorA },
  );
  expect(revision.errors![0].extensions!.code).toBe('NOT_FOUND');
  expect(JSON.stringify(revision)).not.toContain('Herford');
});
