// The lower bound for the recommendation list and the SUBMIT mutation: plain
// node:http + pg answering the two operations the benchmark sends, with the
// JSON the API returns after the SQL the API runs, in the same order and with
// the same parallelism. What it leaves out is what the comparison measures:
// Nest, Express, Apollo, GraphQL parsing and validation, the armor rules,
// helmet and TypeORM (query building, hydration, its save() re-reading the
// row it has just locked).
//
// The statements were copied from a trace of the API (`BENCH_TRACE=1 npm run
// bench:recommendations` prints it); run.mjs traces both servers on every run
// and fails when the API's statements differ from the ones this server runs.
//
// Scope: the list as a coordinator of the region sees it (the statuses filter
// only), and SUBMIT by the draft's only author; anything else is refused
// rather than answered with SQL nobody compared.
//
// Run by run.mjs as a child process: DATABASE_URL, PORT (0 = any free port);
// the process protocol and the authentication are bench/lib/baseline.mjs's.
import { fileURLToPath } from 'node:url';
import { groupBy, placeholders, RequestError, serveBaseline, UUID } from '../lib/baseline.mjs';

export const LIST_QUERY =
  'query RecommendationList($revisionId: ID!, $filter: RecommendationFilter, $limit: Int!, $offset: Int!) { recommendations(revisionId: $revisionId, filter: $filter, limit: $limit, offset: $offset) { total items { id reference title status supportCount commentCount fieldOfAction { id code title } authors { id displayName } organisations { id name } } } }';

export const SUBMIT_MUTATION =
  'mutation Submit($id: ID!) { transitionRecommendation(id: $id, action: SUBMIT) { id reference status statusChangedAt version } }';

// revisionAccess (libs/recommendations/src/access.ts): manager.findOne(ConceptRevision, { where: { id } }).
const REVISION_SQL = `SELECT "ConceptRevision"."id" AS "ConceptRevision_id", "ConceptRevision"."region_id" AS "ConceptRevision_region_id", "ConceptRevision"."title" AS "ConceptRevision_title", "ConceptRevision"."description" AS "ConceptRevision_description", "ConceptRevision"."predecessor_id" AS "ConceptRevision_predecessor_id", "ConceptRevision"."created_at" AS "ConceptRevision_created_at", "ConceptRevision"."updated_at" AS "ConceptRevision_updated_at", "ConceptRevision"."version" AS "ConceptRevision_version" FROM "concept_revision" "ConceptRevision" WHERE (("ConceptRevision"."id" = $1)) LIMIT 1`;

// RecommendationService.list: the query builder's getManyAndCount.
const RECOMMENDATION_COLUMNS = (alias, prefix) =>
  [
    'id',
    'revision_id',
    'field_of_action_id',
    'number',
    'reference',
    'title',
    'rationale',
    'rationale_plain',
    'terms',
    'time_horizon',
    'resources',
    'indicators',
    'all_municipalities',
    'status',
    'status_reason',
    'status_changed_at',
    'merged_into_id',
    'created_by_id',
    'created_at',
    'updated_at',
    'version',
  ]
    .map((c) => `"${alias}"."${c}" AS "${prefix}_${c}"`)
    .join(', ');

const statusList = (n) => placeholders(n, 2);
const LIST_SQL = (statuses, limit, offset) =>
  `SELECT ${RECOMMENDATION_COLUMNS('r', 'r')} FROM "recommendation" "r" INNER JOIN "field_of_action" "f" ON "f"."id" = "r"."field_of_action_id" WHERE "r"."revision_id" = $1 AND "r"."status" IN (${statusList(statuses)}) ORDER BY "f"."position" ASC, "r"."reference" ASC LIMIT ${limit} OFFSET ${offset}`;
const COUNT_SQL = (statuses) =>
  `SELECT COUNT(DISTINCT("r"."id")) AS "cnt" FROM "recommendation" "r" INNER JOIN "field_of_action" "f" ON "f"."id" = "r"."field_of_action_id" WHERE "r"."revision_id" = $1 AND "r"."status" IN (${statusList(statuses)})`;

// RecommendationResolver's DataLoaders.
const COUNT_OF = (table) =>
  `SELECT recommendation_id, count(*)::int AS n FROM ${table} WHERE recommendation_id = ANY($1) GROUP BY 1`;
const ORGANISATION_LINKS_SQL = `SELECT recommendation_id AS "recommendationId", organisation_id AS "organisationId" FROM recommendation_organisation WHERE recommendation_id = ANY($1)`;
const AUTHORS_SQL = `SELECT l.recommendation_id AS "recId", a.id, a.display_name FROM recommendation_author l JOIN account a ON a.id = l.account_id
          WHERE l.recommendation_id = ANY($1) ORDER BY l.is_creator DESC, l.created_at, a.id`;
const FIELDS_SQL = (n) =>
  `SELECT "FieldOfAction"."id" AS "FieldOfAction_id", "FieldOfAction"."revision_id" AS "FieldOfAction_revision_id", "FieldOfAction"."title" AS "FieldOfAction_title", "FieldOfAction"."code" AS "FieldOfAction_code", "FieldOfAction"."description" AS "FieldOfAction_description", "FieldOfAction"."position" AS "FieldOfAction_position", "FieldOfAction"."version" AS "FieldOfAction_version" FROM "field_of_action" "FieldOfAction" WHERE (("FieldOfAction"."id" IN (${placeholders(n)})))`;
const ORGANISATIONS_SQL = (n) =>
  `SELECT "Organisation"."id" AS "Organisation_id", "Organisation"."region_id" AS "Organisation_region_id", "Organisation"."name" AS "Organisation_name", "Organisation"."type" AS "Organisation_type", "Organisation"."contact_email" AS "Organisation_contact_email", "Organisation"."version" AS "Organisation_version" FROM "organisation" "Organisation" WHERE (("Organisation"."id" IN (${placeholders(n)})))`;

// RecommendationService.transition.
const LOCK_SQL = `SELECT ${RECOMMENDATION_COLUMNS('Recommendation', 'Recommendation')} FROM "recommendation" "Recommendation" WHERE (("Recommendation"."id" = $1)) LIMIT 1 FOR UPDATE`;
const AUTHOR_EXISTS_SQL = `SELECT 1 AS "row_exists" FROM (SELECT 1 AS dummy_column) "dummy_table" WHERE EXISTS (SELECT 1 FROM "recommendation_author" "RecommendationAuthor" WHERE (("RecommendationAuthor"."recommendation_id" = $1) AND ("RecommendationAuthor"."account_id" = $2))) LIMIT 1`;
const WRITING_PHASE_SQL = `SELECT COUNT(1) AS "cnt" FROM "phase" "Phase" WHERE (((("Phase"."revision_id" = $1) AND ("Phase"."kind" = $2) AND ("Phase"."state" = $3))) OR ((("Phase"."revision_id" = $4) AND ("Phase"."kind" = $5) AND ("Phase"."state" = $6))))`;
// TypeORM's save() reads the entity again before it updates it.
const RELOAD_SQL = `SELECT ${RECOMMENDATION_COLUMNS('Recommendation', 'Recommendation')} FROM "recommendation" "Recommendation" WHERE "Recommendation"."id" = $1`;
const UPDATE_STATUS_SQL = `UPDATE "recommendation" SET "status" = $1, "status_changed_at" = $2, "version" = "version" + 1, "updated_at" = CURRENT_TIMESTAMP WHERE "id" = $3 RETURNING "updated_at", "version"`;
const AUDIT_SQL = `INSERT INTO "audit_entry"("id", "region_id", "revision_id", "actor_id", "action", "entity_type", "entity_id", "before", "after", "reason", "created_at") VALUES (DEFAULT, $1, $2, $3, $4, $5, $6, $7, $8, $9, DEFAULT) RETURNING "id", "created_at"`;
const FOLLOWERS_SQL = `SELECT DISTINCT a.id, a.email FROM account a
      WHERE a.id <> $2 AND (a.id IN (SELECT account_id FROM recommendation_author WHERE recommendation_id = ANY($1))
         OR a.id IN (SELECT account_id FROM recommendation_support WHERE recommendation_id = ANY($1)))
      ORDER BY a.id`;

const STATUSES = new Set(['DRAFT', 'SUBMITTED', 'IN_REVIEW', 'FEASIBILITY_CHECK', 'AGREED', 'NOT_ADOPTED', 'MERGED']);
const notFound = () => new RequestError('NOT_FOUND', 'Not found.');

const canSeeRevision = (actor, revisionId, regionId) =>
  actor.isPlatformAdmin ||
  actor.coordinatorRegionIds.has(regionId) ||
  actor.memberships.some((m) => m.revision_id === revisionId);

async function revisionAccess(query, actor, revisionId) {
  const [revision] = UUID.test(revisionId) ? await query(REVISION_SQL, [revisionId]) : [];
  if (!revision || !canSeeRevision(actor, revision.ConceptRevision_id, revision.ConceptRevision_region_id)) {
    throw notFound();
  }
  return {
    revisionId: revision.ConceptRevision_id,
    regionId: revision.ConceptRevision_region_id,
    isCoordinator: actor.coordinatorRegionIds.has(revision.ConceptRevision_region_id),
  };
}

async function list({ actor, query }, { revisionId, filter, limit, offset }) {
  const statuses = filter?.statuses ?? [];
  const otherFilters = Object.entries(filter ?? {}).filter(
    ([k, v]) => k !== 'statuses' && v !== undefined && v !== false,
  );
  if (!statuses.length || otherFilters.length || !statuses.every((s) => STATUSES.has(s))) {
    throw new RequestError('BAD_REQUEST', 'The baseline serves the list filtered by statuses only.');
  }
  const access = await revisionAccess(query, actor, revisionId);
  if (!access.isCoordinator) throw new RequestError('BAD_REQUEST', 'The baseline serves the list of a coordinator.');
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000 || !Number.isInteger(offset) || offset < 0) {
    throw new RequestError('VALIDATION_FAILED', 'limit: 1 to 1000, offset: 0 or more');
  }
  const params = [revisionId, ...statuses];
  const rows = await query(LIST_SQL(statuses.length, limit, offset), params);
  const [{ cnt }] = await query(COUNT_SQL(statuses.length), params);
  const ids = rows.map((r) => r.r_id);
  const fieldIds = [...new Set(rows.map((r) => r.r_field_of_action_id))];
  const [supports, comments, orgLinks, authors, fields] = ids.length
    ? await Promise.all([
        query(COUNT_OF('recommendation_support'), [ids]),
        query(COUNT_OF('recommendation_comment'), [ids]),
        query(ORGANISATION_LINKS_SQL, [ids]),
        query(AUTHORS_SQL, [ids]),
        query(FIELDS_SQL(fieldIds.length), fieldIds),
      ])
    : [[], [], [], [], []];
  const linksOf = groupBy(ids, orgLinks, (l) => l.recommendationId);
  const orgIds = [...new Set(linksOf.flat().map((l) => l.organisationId))];
  const organisations = orgIds.length ? await query(ORGANISATIONS_SQL(orgIds.length), orgIds) : [];

  const supportCount = new Map(supports.map((s) => [s.recommendation_id, s.n]));
  const commentCount = new Map(comments.map((c) => [c.recommendation_id, c.n]));
  const authorsOf = groupBy(ids, authors, (a) => a.recId);
  const fieldById = new Map(fields.map((f) => [f.FieldOfAction_id, f]));
  const orgById = new Map(organisations.map((o) => [o.Organisation_id, o]));
  return {
    recommendations: {
      total: Number(cnt),
      items: rows.map((r, i) => {
        const field = fieldById.get(r.r_field_of_action_id);
        return {
          id: r.r_id,
          reference: r.r_reference,
          title: r.r_title,
          status: r.r_status,
          supportCount: supportCount.get(r.r_id) ?? 0,
          commentCount: commentCount.get(r.r_id) ?? 0,
          fieldOfAction: {
            id: field.FieldOfAction_id,
            code: field.FieldOfAction_code,
            title: field.FieldOfAction_title,
          },
          authors: authorsOf[i].map((a) => ({ id: a.id, displayName: a.display_name })),
          organisations: linksOf[i]
            .map((l) => orgById.get(l.organisationId))
            .filter(Boolean)
            .sort((a, b) => a.Organisation_name.localeCompare(b.Organisation_name, 'de'))
            .map((o) => ({ id: o.Organisation_id, name: o.Organisation_name })),
        };
      }),
    },
  };
}

async function submit({ actor, transaction }, { id }) {
  const saved = await transaction(async (q) => {
    const [rec] = UUID.test(id) ? await q(LOCK_SQL, [id]) : [];
    if (!rec) throw notFound();
    const access = await revisionAccess(q, actor, rec.Recommendation_revision_id);
    const movers = access.isCoordinator ? ['coordinator'] : [];
    if ((await q(AUTHOR_EXISTS_SQL, [id, actor.id])).length) movers.push('author');
    if (rec.Recommendation_status === 'DRAFT' && movers.length === 0) throw notFound();
    if (movers.length === 0) throw new RequestError('FORBIDDEN', 'Forbidden.');
    if (rec.Recommendation_status !== 'DRAFT') {
      throw new RequestError('STATUS_TRANSITION_INVALID', 'Only a draft can be submitted.');
    }
    if (!access.isCoordinator) {
      const [{ cnt }] = await q(WRITING_PHASE_SQL, [
        access.revisionId,
        'CONFERENCE',
        'ACTIVE',
        access.revisionId,
        'WORKSHOPS',
        'ACTIVE',
      ]);
      if (Number(cnt) === 0) throw new RequestError('PHASE_NOT_ACTIVE', 'The workshop phase is not active.');
    }
    if (!rec.Recommendation_rationale_plain.trim()) {
      throw new RequestError('VALIDATION_FAILED', 'rationale: required before submitting');
    }
    const changedAt = new Date();
    await q(RELOAD_SQL, [id]);
    const [updated] = await q(UPDATE_STATUS_SQL, ['SUBMITTED', changedAt.toISOString(), id]);
    await q(AUDIT_SQL, [
      access.regionId,
      access.revisionId,
      actor.id,
      'recommendation.status',
      'Recommendation',
      id,
      JSON.stringify({ status: 'DRAFT' }),
      JSON.stringify({ status: 'SUBMITTED' }),
      null,
    ]);
    const followers = await q(FOLLOWERS_SQL, [[id], actor.id]);
    if (followers.length) throw new RequestError('BAD_REQUEST', 'The baseline submits drafts without followers only.');
    return { rec, changedAt, version: updated.version };
  });
  return {
    transitionRecommendation: {
      id: saved.rec.Recommendation_id,
      reference: saved.rec.Recommendation_reference,
      status: 'SUBMITTED',
      statusChangedAt: saved.changedAt.toISOString(),
      version: saved.version,
    },
  };
}

export const operations = { [LIST_QUERY]: list, [SUBMIT_MUTATION]: submit };

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  serveBaseline(operations).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
