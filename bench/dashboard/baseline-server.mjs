// The lower bound for the dashboard query: plain node:http + pg answering the
// one request the benchmark sends, with the same JSON the API returns and the
// same SQL the API runs for it, in the same order and with the same
// parallelism (session → grants → region → municipalities ‖ revisions →
// phases ‖ fields of action ‖ target groups). What it leaves out is exactly
// what the comparison measures: Nest, Express, Apollo, GraphQL parsing and
// validation, the armor rules, helmet and TypeORM's entity hydration.
//
// How the statements were obtained: bench/dashboard/api-server.ts starts the
// real API with a TypeORM logger (dataSourceOverrides.logger) that records
// every query; one dashboard request was traced and the statements copied
// verbatim below. run.mjs repeats that trace on every run and fails when the
// API's statements (text and parameters) differ from the ones this server
// runs, so a change in the API shows up here instead of skewing the figures.
//
// Run by run.mjs as a child process: DATABASE_URL, PORT (0 = any free port);
// reports { type: 'ready', port } over IPC and answers { type: 'trace' } and
// { type: 'stop' } like api-server.ts does. Alone: `DATABASE_URL=… node
// bench/dashboard/baseline-server.mjs`.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

// AuthService.actorForToken (libs/identity/src/auth.service.ts).
export const SESSION_SQL = `SELECT a.id, a.is_platform_admin
         FROM session s JOIN account a ON a.id = s.account_id
        WHERE s.token_hash = $1 AND s.expires_at > now()`;

export const GRANTS_SQL = `SELECT 'coordinator' AS kind, rc.region_id, NULL::uuid AS revision_id, NULL AS role,
                NULL::uuid AS municipality_id, NULL::uuid AS organisation_id
           FROM region_coordinator rc WHERE rc.account_id = $1
         UNION ALL
         SELECT 'member', r.region_id, m.revision_id, m.role::text, m.municipality_id, m.organisation_id
           FROM revision_membership m JOIN concept_revision r ON r.id = m.revision_id
          WHERE m.account_id = $1`;

// RegionService.getRegion: repository.findOneBy({ id }).
export const REGION_SQL = `SELECT "Region"."id" AS "Region_id", "Region"."name" AS "Region_name", "Region"."kind" AS "Region_kind", "Region"."created_at" AS "Region_created_at", "Region"."version" AS "Region_version" FROM "region" "Region" WHERE (("Region"."id" = $1)) LIMIT 1`;

// The DataLoader batches: repository.find({ where: { x: In(ids) }, order }), one
// placeholder per key, as TypeORM expands In().
const placeholders = (n) => Array.from({ length: n }, (_, i) => `$${i + 1}`).join(', ');

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

const SESSION_COOKIE = 'kw_session';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// `date` columns stay 'YYYY-MM-DD' strings, as TypeORM hands them to the resolvers.
const DATE_OID = 1082;
const types = {
  getTypeParser: (oid, format) => (oid === DATE_OID ? (v) => v : pg.types.getTypeParser(oid, format)),
};

function groupBy(keys, rows, keyOf) {
  const map = new Map();
  for (const row of rows) {
    const k = keyOf(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return keys.map((k) => map.get(k) ?? []);
}

function sessionToken(cookieHeader) {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

class RequestError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

/** @param {{ databaseUrl: string, poolSize?: number }} opts */
export function createBaseline({ databaseUrl, poolSize = Number(process.env.DATABASE_POOL_SIZE ?? 10) }) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize, types });
  let trace = null;
  const query = async (text, values) => {
    trace?.push({ query: text, parameters: values });
    return (await pool.query(text, values)).rows;
  };

  async function actorFor(token) {
    if (!token) return null;
    const [account] = await query(SESSION_SQL, [createHash('sha256').update(token).digest('hex')]);
    if (!account) return null;
    const grants = await query(GRANTS_SQL, [account.id]);
    return {
      id: account.id,
      isPlatformAdmin: account.is_platform_admin,
      coordinatorRegionIds: new Set(grants.filter((g) => g.kind === 'coordinator').map((g) => g.region_id)),
      memberships: grants.filter((g) => g.kind === 'member'),
    };
  }

  const canSeeRegion = (actor, regionId) =>
    actor.isPlatformAdmin ||
    actor.coordinatorRegionIds.has(regionId) ||
    actor.memberships.some((m) => m.region_id === regionId);
  const canSeeRevision = (actor, revisionId, regionId) =>
    actor.isPlatformAdmin ||
    actor.coordinatorRegionIds.has(regionId) ||
    actor.memberships.some((m) => m.revision_id === revisionId);

  async function dashboard(token, regionId) {
    const actor = await actorFor(token);
    if (!actor) throw new RequestError('UNAUTHENTICATED', 'Not signed in.');
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

  const send = (res, status, body) => {
    const json = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(json),
    });
    res.end(json);
  };

  // Requests still running when the server closes finish before the pool ends.
  const inFlight = new Set();
  const server = createServer((req, res) => {
    if (req.method !== 'POST' || req.url !== '/graphql') return send(res, 404, { errors: [{ message: 'Not found.' }] });
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const done = answer(Buffer.concat(chunks), req.headers.cookie, res);
      inFlight.add(done);
      done.finally(() => inFlight.delete(done));
    });
  });

  async function answer(raw, cookieHeader, res) {
    try {
      let body;
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        throw new RequestError('BAD_REQUEST', 'The body is not JSON.');
      }
      if (body?.query !== DASHBOARD_QUERY) throw new RequestError('BAD_REQUEST', 'Only the dashboard query is served.');
      const region = await dashboard(sessionToken(cookieHeader), body.variables?.id);
      send(res, 200, { data: { region } });
    } catch (e) {
      if (!(e instanceof RequestError)) console.error(e);
      const code = e instanceof RequestError ? e.code : 'INTERNAL';
      send(res, code === 'BAD_REQUEST' ? 400 : 200, {
        errors: [{ message: e instanceof RequestError ? e.message : 'Internal error.', extensions: { code } }],
        data: null,
      });
    }
  }

  return {
    server,
    startTrace() {
      trace = [];
    },
    stopTrace() {
      const statements = trace ?? [];
      trace = null;
      return statements;
    },
    async close() {
      const closed = new Promise((done) => server.close(done));
      server.closeAllConnections();
      await Promise.allSettled([...inFlight]);
      await closed;
      await pool.end();
    },
  };
}

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is not set');
  const baseline = createBaseline({ databaseUrl });
  await new Promise((ok) => baseline.server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', ok));
  let closing = false;
  const close = async () => {
    if (closing) return;
    closing = true;
    await baseline.close().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGTERM', close);
  process.on('SIGINT', close);
  process.on('disconnect', close);
  process.on('message', (msg) => {
    if (msg?.type === 'stop') close();
    if (msg?.type !== 'trace') return;
    if (msg.on) baseline.startTrace();
    else process.send?.({ type: 'trace', statements: baseline.stopTrace() });
  });
  const { port } = baseline.server.address();
  if (process.send) process.send({ type: 'ready', port });
  else console.log(`baseline listening on http://127.0.0.1:${port}/graphql`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
