// The lower bound for the dashboard query: plain node:http + pg answering the
// one request the benchmark sends, with the same JSON the API returns and the
// same SQL the API runs for it, in the same order and with the same
// parallelism (session → grants → region → municipalities ‖ revisions →
// phases ‖ fields of action ‖ target groups). What it leaves out is exactly
// what the comparison measures: Nest, Express, Apollo, GraphQL parsing and
// validation, the armor rules, helmet and TypeORM's entity hydration.
//
// How the statements were obtained: bench/lib/api-server.ts starts the
// real API with a TypeORM logger (dataSourceOverrides.logger) that records
// every query; one dashboard request was traced and the statements copied
// verbatim below. run.mjs repeats that trace on every run and fails when the
// API's statements (text and parameters) differ from the ones this server
// runs, so a change in the API shows up here instead of skewing the figures.
//
// Run by run.mjs as a child process: DATABASE_URL, PORT (0 = any free port);
// the process protocol and the authentication are bench/lib/baseline.mjs's.
// Alone: `DATABASE_URL=… node bench/dashboard/baseline-server.mjs`.
import { fileURLToPath } from 'node:url';
import { groupBy, placeholders, RequestError, serveBaseline, UUID } from '../lib/baseline.mjs';

// RegionService.getRegion: repository.findOneBy({ id }).
export const REGION_SQL = `SELECT "Region"."id" AS "Region_id", "Region"."name" AS "Region_name", "Region"."kind" AS "Region_kind", "Region"."created_at" AS "Region_created_at", "Region"."version" AS "Region_version" FROM "region" "Region" WHERE (("Region"."id" = $1)) LIMIT 1`;

// The DataLoader batches: repository.find({ where: { x: In(ids) }, order }).

export const MUNICIPALITIES_SQL = (n) =>
  `SELECT "Municipality"."id" AS "Municipality_id", "Municipality"."region_id" AS "Municipality_region_id", "Municipality"."name" AS "Municipality_name", "Municipality"."kind" AS "Municipality_kind" FROM "municipality" "Municipality" WHERE (("Municipality"."region_id" IN (${placeholders(n)}))) ORDER BY "Municipality"."name" ASC`;

export const REVISIONS_SQL = (n) =>
  `SELECT "ConceptRevision"."id" AS "ConceptRevision_id", "ConceptRevision"."region_id" AS "ConceptRevision_region_id", "ConceptRevision"."title" AS "ConceptRevision_title", "ConceptRevision"."description" AS "ConceptRevision_description", "ConceptRevision"."predecessor_id" AS "ConceptRevision_predecessor_id", "ConceptRevision"."created_at" AS "ConceptRevision_created_at", "ConceptRevision"."updated_at" AS "ConceptRevision_updated_at", "ConceptRevision"."version" AS "ConceptRevision_version" FROM "concept_revision" "ConceptRevision" WHERE (("ConceptRevision"."region_id" IN (${placeholders(n)}))) ORDER BY "ConceptRevision"."created_at" DESC`;

export const PHASES_SQL = (n) =>
  `SELECT "Phase"."id" AS "Phase_id", "Phase"."revision_id" AS "Phase_revision_id", "Phase"."kind" AS "Phase_kind", "Phase"."position" AS "Phase_position", "Phase"."state" AS "Phase_state", "Phase"."planned_start" AS "Phase_planned_start", "Phase"."planned_end" AS "Phase_planned_end", "Phase"."activated_at" AS "Phase_activated_at", "Phase"."closed_at" AS "Phase_closed_at", "Phase"."version" AS "Phase_version" FROM "phase" "Phase" WHERE (("Phase"."revision_id" IN (${placeholders(n)}))) ORDER BY "Phase"."position" ASC`;

export const FIELDS_OF_ACTION_SQL = (n) =>
  `SELECT "FieldOfAction"."id" AS "FieldOfAction_id", "FieldOfAction"."revision_id" AS "FieldOfAction_revision_id", "FieldOfAction"."title" AS "FieldOfAction_title", "FieldOfAction"."code" AS "FieldOfAction_code", "FieldOfAction"."description" AS "FieldOfAction_description", "FieldOfAction"."position" AS "FieldOfAction_position", "FieldOfAction"."version" AS "FieldOfAction_version" FROM "field_of_action" "FieldOfAction" WHERE (("FieldOfAction"."revision_id" IN (${placeholders(n)}))) ORDER BY "FieldOfAction"."position" ASC, "FieldOfAction"."title" ASC`;

export const TARGET_GROUPS_SQL = (n) =>
  `SELECT "TargetGroup"."id" AS "TargetGroup_id", "TargetGroup"."revision_id" AS "TargetGroup_revision_id", "TargetGroup"."name" AS "TargetGroup_name", "TargetGroup"."description" AS "TargetGroup_description", "TargetGroup"."position" AS "TargetGroup_position", "TargetGroup"."version" AS "TargetGroup_version" FROM "target_group" "TargetGroup" WHERE (("TargetGroup"."revision_id" IN (${placeholders(n)}))) ORDER BY "TargetGroup"."position" ASC`;

/** The one operation this server answers; anything else is refused. */
export const DASHBOARD_QUERY =
  'query Dashboard($id: ID!) { region(id: $id) { id name municipalities { id name } revisions { id title description phases { id kind state plannedStart plannedEnd } fieldsOfAction { id title code } targetGroups { id name } } } }';

const canSeeRegion = (actor, regionId) =>
  actor.isPlatformAdmin ||
  actor.coordinatorRegionIds.has(regionId) ||
  actor.memberships.some((m) => m.region_id === regionId);
const canSeeRevision = (actor, revisionId, regionId) =>
  actor.isPlatformAdmin ||
  actor.coordinatorRegionIds.has(regionId) ||
  actor.memberships.some((m) => m.revision_id === revisionId);

async function dashboard({ actor, query }, regionId) {
  if (typeof regionId !== 'string' || !UUID.test(regionId) || !canSeeRegion(actor, regionId)) {
    throw new RequestError('NOT_FOUND', 'Not found.');
  }
  const [region] = await query(REGION_SQL, [regionId]);
  if (!region) throw new RequestError('NOT_FOUND', 'Not found.');
  const regionIds = [region.Region_id];
  const [municipalities, allRevisions] = await Promise.all([
    query(MUNICIPALITIES_SQL(1), regionIds),
    query(REVISIONS_SQL(1), regionIds),
  ]);
  const revisions = allRevisions.filter((r) =>
    canSeeRevision(actor, r.ConceptRevision_id, r.ConceptRevision_region_id),
  );
  const revisionIds = revisions.map((r) => r.ConceptRevision_id);
  const [phases, fields, targetGroups] = revisionIds.length
    ? await Promise.all([
        query(PHASES_SQL(revisionIds.length), revisionIds),
        query(FIELDS_OF_ACTION_SQL(revisionIds.length), revisionIds),
        query(TARGET_GROUPS_SQL(revisionIds.length), revisionIds),
      ])
    : [[], [], []];
  const phasesOf = groupBy(revisionIds, phases, (p) => p.Phase_revision_id);
  const fieldsOf = groupBy(revisionIds, fields, (f) => f.FieldOfAction_revision_id);
  const targetGroupsOf = groupBy(revisionIds, targetGroups, (t) => t.TargetGroup_revision_id);
  return {
    id: region.Region_id,
    name: region.Region_name,
    municipalities: municipalities.map((m) => ({ id: m.Municipality_id, name: m.Municipality_name })),
    revisions: revisions.map((r, i) => ({
      id: r.ConceptRevision_id,
      title: r.ConceptRevision_title,
      description: r.ConceptRevision_description,
      phases: phasesOf[i].map((p) => ({
        id: p.Phase_id,
        kind: p.Phase_kind,
        state: p.Phase_state,
        plannedStart: p.Phase_planned_start,
        plannedEnd: p.Phase_planned_end,
      })),
      fieldsOfAction: fieldsOf[i].map((f) => ({
        id: f.FieldOfAction_id,
        title: f.FieldOfAction_title,
        code: f.FieldOfAction_code,
      })),
      targetGroups: targetGroupsOf[i].map((t) => ({ id: t.TargetGroup_id, name: t.TargetGroup_name })),
    })),
  };
}

export const operations = {
  [DASHBOARD_QUERY]: async (ctx, variables) => ({ region: await dashboard(ctx, variables.id) }),
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  serveBaseline(operations).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
