import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { createApi } from '../../../apps/api/src/bootstrap';
import { CountingLogger } from './counting-logger';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface GqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: {
    message: string;
    extensions?: { code?: string; messages?: { de: string; en: string }; details?: Record<string, unknown> };
  }[];
  status: number;
  setCookie: string[];
}

export interface TestApi {
  url: string;
  app: NestExpressApplication;
  db: TestDatabase;
  ds: DataSource;
  sql: CountingLogger;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    opts?: { cookie?: string; headers?: Record<string, string> },
  ): Promise<GqlResult<T>>;
  /** Signs in and returns the session cookie to send with later requests. */
  signIn(email: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

export const TEST_PASSWORD = 'test-password-1';

/** Boots the real API (GraphQL over HTTP) on a fresh database and a random port. */
export async function startTestApi(opts: { production?: boolean } = {}): Promise<TestApi> {
  const db = await createTestDatabase();
  const sql = new CountingLogger();
  const app: NestExpressApplication = await createApi({
    databaseUrl: db.url,
    port: 0,
    production: opts.production ?? false,
    logger: false,
    dataSourceOverrides: { logging: ['query'], logger: sql },
  });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const ds = app.get(DataSource);

  const gql: TestApi['gql'] = async (query, variables = {}, o = {}) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(o.cookie ? { cookie: o.cookie } : {}),
        ...(o.headers ?? {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: never; errors?: GqlResult['errors'] };
    return { ...body, status: res.status, setCookie: res.headers.getSetCookie() };
  };

  return {
    url,
    app,
    db,
    ds,
    sql,
    gql,
    async signIn(email, password = TEST_PASSWORD) {
      const r = await gql('mutation($e:String!,$p:String!){ signIn(email:$e,password:$p){ account { id } } }', {
        e: email,
        p: password,
      });
      if (r.errors) throw new Error(`sign-in of ${email} failed: ${JSON.stringify(r.errors)}`);
      const cookie = r.setCookie.find((c) => c.startsWith('kw_session='));
      if (!cookie) throw new Error('no session cookie');
      return cookie.split(';')[0];
    },
    async close() {
      await app.close();
      await db.drop();
    },
  };
}
