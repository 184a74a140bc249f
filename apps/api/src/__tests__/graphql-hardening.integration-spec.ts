import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { startTestApi, type TestApi } from '@konzeptwerk/testing';
import { GRAPHQL_LIMITS } from '../app.module';
import { SCHEMA_HEADER } from '../schema';

describe('in production', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ production: true });
  });
  afterAll(() => api?.close());

  test('introspection is off', async () => {
    const r = await api.gql('{ __schema { queryType { name } } }');
    expect(r.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.data).toBeUndefined();
  });

  test('there is no landing page and GET requests without a preflight header are refused (CSRF)', async () => {
    const page = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/<html/i);
    const csrf = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ me { account { id } } }')}`);
    expect(csrf.status).toBe(400);
    expect(await csrf.text()).toMatch(/CSRF|preflight/i);
    const form = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(form.status).toBe(400);
  });

  test('security headers: CSP, no framing, no sniffing', async () => {
    const res = await fetch(`${api.url}/healthz`);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});

describe('limits', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  test('too deep a query is refused before it runs', async () => {
    let selection = 'id';
    for (let i = 0; i < GRAPHQL_LIMITS.maxDepth; i++) selection = `predecessor { ${selection} }`;
    const r = await api.gql(`{ revision(id: "x") { ${selection} } }`);
    expect(r.errors![0].message).toMatch(/depth/i);
    expect(r.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  test('too many aliases are refused', async () => {
    const aliases = Array.from(
      { length: GRAPHQL_LIMITS.maxAliases + 1 },
      (_, i) => `a${i}: me { account { id } }`,
    ).join(' ');
    const r = await api.gql(`{ ${aliases} }`);
    expect(r.errors![0].message).toMatch(/alias/i);
  });

  test('a costly query is refused', async () => {
    const nested =
      'regions { revisions { region { revisions { phases { id kind state } fieldsOfAction { id title goals { id text } } targetGroups { id name } } } } }';
    const fields = Array.from({ length: GRAPHQL_LIMITS.maxAliases }, (_, i) => `r${i}: ${nested}`).join(' ');
    const r = await api.gql(`{ ${fields} }`);
    expect(r.errors![0].message).toMatch(/cost/i);
    expect(r.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  test('errors of GraphQL itself carry a code and a German and English message', async () => {
    const r = await api.gql('{ nosuchfield }');
    expect(r.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.errors![0].extensions!.messages!.de).toContain('Die Anfrage ist ungültig');
    const en = await api.gql('{ nosuchfield }', {}, { headers: { cookie: 'kw_lang=en' } });
    expect(en.errors![0].message).toMatch(/Cannot query field/);
  });

  test('the committed schema file is what the running API serves', () => {
    const committed = readFileSync(join(__dirname, '../../schema.graphql'), 'utf8');
    const served = printSchema(lexicographicSortSchema(api.app.get(GraphQLSchemaHost).schema));
    expect(committed).toBe(SCHEMA_HEADER + served + '\n');
  });
});
