import { describe, expect, it } from '@jest/globals';
import { serverAudits, type AuditResult } from 'graphql-http';
import { useTenants } from '../helpers/actors.js';

// The GraphQL-over-HTTP spec's audit (graphql-http's serverAudits) against the real server,
// signed in as a member of an organization, as a client of the API would be.
const tenants = useTenants('GraphQLOverHttp');

/**
 * The SHOULD items the server does not meet, each on purpose. Apollo Server answers a document
 * that fails to parse or validate, or variables that fail to coerce, with HTTP 400 whatever the
 * Accept header; the spec's SHOULD 200 is for legacy `application/json` clients only, and ours
 * (and the tests, README "API conventions") rely on one status per failure, not one per Accept.
 */
const ACCEPTED_SHOULD_FAILURES = [
  'SHOULD use 200 status code on document parsing failure when accepting application/json',
  'SHOULD use 200 status code on document validation failure when accepting application/json',
  'SHOULD use a status code of 200 on variable coercion failure when accepting application/json',
];

describe('GraphQL over HTTP (graphql-http serverAudits)', () => {
  let results: AuditResult[];
  const failures = (level: 'MUST' | 'SHOULD') =>
    results
      .filter((result) => result.status !== 'ok' && result.name.startsWith(`${level} `))
      .map((result) => ({ name: result.name, reason: result.status === 'ok' ? '' : result.reason }));

  it('runs every audit against the real server', async () => {
    const fetchFn: typeof fetch = (input, init) => {
      const headers = new Headers(init?.headers);
      headers.set('authorization', `Bearer ${tenants.asViewer.token}`);
      headers.set('x-organization-id', tenants.org.id);
      return fetch(input, { ...init, headers });
    };
    results = [];
    // One at a time: the audits share the viewer's tenant slots, and order makes failures readable.
    for (const audit of serverAudits({ url: tenants.app.url, fetchFn })) results.push(await audit.fn());
    expect(results.length).toBeGreaterThan(40);
  });

  it('has 0 MUST failures', () => {
    expect(failures('MUST')).toEqual([]);
  });

  it('fails only the SHOULD items accepted above', () => {
    expect(failures('SHOULD').map((failure) => failure.name)).toEqual(ACCEPTED_SHOULD_FAILURES);
  });

  // The MAY items left out are GET requests: Apollo's CSRF prevention refuses a GET without a
  // preflight-forcing header (apollo-require-preflight or a non-simple content-type), which the
  // audit does not send. Queries over GET are a MAY; CSRF prevention stays.
  it('leaves out only GET-based MAY items (CSRF prevention)', () => {
    const may = results.filter((result) => result.status !== 'ok' && result.name.startsWith('MAY '));
    for (const result of may) expect(result.name).toMatch(/GET/);
  });
});
