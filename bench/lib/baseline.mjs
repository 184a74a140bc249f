// What every raw baseline server shares: a pg pool whose statements can be
// traced, the API's authentication (the kw_session cookie hashed with SHA-256,
// then the session and grants queries, as AuthService.actorForToken runs
// them), GraphQL-shaped answers over node:http, and the process protocol the
// runners speak ({ type: 'ready', port }, { type: 'trace' }, { type: 'stop' }).
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
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

const SESSION_COOKIE = 'kw_session';
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// `date` columns stay 'YYYY-MM-DD' strings, as TypeORM hands them to the resolvers.
const DATE_OID = 1082;
const types = {
  getTypeParser: (oid, format) => (oid === DATE_OID ? (v) => v : pg.types.getTypeParser(oid, format)),
};

/** A GraphQL error with a code, answered like the API answers it. */
export class RequestError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

export function groupBy(keys, rows, keyOf) {
  const map = new Map();
  for (const row of rows) {
    const k = keyOf(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return keys.map((k) => map.get(k) ?? []);
}

/** `$1, $2, …`: one placeholder per key, as TypeORM expands In(). */
export const placeholders = (n, from = 1) => Array.from({ length: n }, (_, i) => `$${i + from}`).join(', ');

function sessionToken(cookieHeader) {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

/**
 * A baseline server. `operations` maps a query text to
 * `(ctx, variables) => data` (answered without a session too when the
 * function has `anonymous = true`), where ctx has `actor` (null without a session),
 * `query(text, values)` on the pool and `transaction(fn)` running fn with a
 * `query` of one pooled connection between BEGIN and COMMIT.
 */
export function createBaseline({ databaseUrl, poolSize = Number(process.env.DATABASE_POOL_SIZE ?? 10), operations }) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize, types });
  let trace = null;
  const query = async (text, values = []) => {
    trace?.push({ query: text, parameters: values });
    return (await pool.query(text, values)).rows;
  };
  const transaction = async (fn) => {
    const client = await pool.connect();
    const q = async (text, values = []) => {
      trace?.push({ query: text, parameters: values });
      return (await client.query(text, values)).rows;
    };
    try {
      await q('START TRANSACTION');
      const result = await fn(q);
      await q('COMMIT');
      return result;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
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

  const send = (res, status, body) => {
    const json = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(json),
    });
    res.end(json);
  };

  async function answer(raw, cookieHeader, res) {
    try {
      let body;
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        throw new RequestError('BAD_REQUEST', 'The body is not JSON.');
      }
      const operation = operations[body?.query];
      if (!operation) throw new RequestError('BAD_REQUEST', 'This operation is not served here.');
      const actor = await actorFor(sessionToken(cookieHeader));
      if (!actor && !operation.anonymous) throw new RequestError('UNAUTHENTICATED', 'Not signed in.');
      send(res, 200, { data: await operation({ actor, query, transaction }, body.variables ?? {}) });
    } catch (e) {
      if (!(e instanceof RequestError)) console.error(e);
      const code = e instanceof RequestError ? e.code : 'INTERNAL';
      send(res, code === 'BAD_REQUEST' ? 400 : 200, {
        errors: [{ message: e instanceof RequestError ? e.message : 'Internal error.', extensions: { code } }],
        data: null,
      });
    }
  }

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

/** Runs a baseline as a runner's child process (or alone, printing its address). */
export async function serveBaseline(operations) {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is not set');
  const baseline = createBaseline({ databaseUrl, operations });
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
