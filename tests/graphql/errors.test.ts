import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pino from 'pino';
import { signAccessToken } from '../../src/auth/jwt.js';
import { loadConfig } from '../../src/config.js';
import { createServer, type AppServer } from '../../src/server.js';
import { startTestApp, TEST_JWT_SECRET, type Actor, type GraphQLResponse, type TestApp } from '../helpers/app.js';
import { createOrganization, type TestOrganization } from '../helpers/organizations.js';

const CONTACTS_PAGE = /* GraphQL */ `
  query ($first: Int, $last: Int) {
    contacts(first: $first, last: $last) {
      totalCount
    }
  }
`;
const CREATE_COMPANY = /* GraphQL */ `
  mutation ($input: CreateCompanyInput!) {
    createCompany(input: $input) {
      company {
        id
        name
      }
    }
  }
`;
const CREATE_CONTACT = /* GraphQL */ `
  mutation ($input: CreateContactInput!) {
    createContact(input: $input) {
      contact {
        id
      }
    }
  }
`;
const UPDATE_CONTACT = /* GraphQL */ `
  mutation ($input: UpdateContactInput!) {
    updateContact(input: $input) {
      contact {
        id
        firstName
      }
    }
  }
`;
const DELETE_CONTACT = /* GraphQL */ `
  mutation ($input: IdInput!) {
    deleteContact(input: $input) {
      contact {
        id
      }
    }
  }
`;
const NODE = /* GraphQL */ `
  query ($id: ID!) {
    node(id: $id) {
      id
      __typename
    }
  }
`;
const CREATE_DEAL = /* GraphQL */ `
  mutation ($input: CreateDealInput!) {
    createDeal(input: $input) {
      deal {
        id
        value
      }
    }
  }
`;
const CREATE_ACTIVITY = /* GraphQL */ `
  mutation ($input: CreateActivityInput!) {
    createActivity(input: $input) {
      activity {
        id
      }
    }
  }
`;
const NESTED_PAGE = /* GraphQL */ `
  query {
    deals(first: 5) {
      edges {
        node {
          id
          activities(first: 500) {
            totalCount
            edges {
              node {
                id
              }
            }
          }
        }
      }
    }
  }
`;

const globalId = (typename: string, id: string) => Buffer.from(`${typename}:${id}`).toString('base64');
const MISSING_UUID = '00000000-0000-4000-8000-000000000000';
const codes = (response: GraphQLResponse) => (response.errors ?? []).map((error) => error.extensions?.code);

/** What no client-visible error may contain: SQL, ORM/driver names, stack frames. */
const LEAKS = [
  /\bSELECT\b/i,
  /\bINSERT\b/i,
  /\bUPDATE\s+"?\w+"?\s+SET\b/i,
  /\bDELETE FROM\b/i,
  /prisma/i,
  /invocation/i,
  /\bpg\b/,
  /node_modules/,
  /\n\s+at /,
  /\.ts:\d+/,
  /\bconstraint\b/i,
  /violates/i,
];

function expectNoLeak(response: GraphQLResponse) {
  for (const error of response.errors ?? []) {
    for (const leak of LEAKS) expect(error.message).not.toMatch(leak);
    expect(error.extensions?.stacktrace).toBeUndefined();
    expect(error.extensions?.exception).toBeUndefined();
  }
}

/** Exactly one error with `code`; no data for the operation; nothing internal in the message. */
function expectError(response: GraphQLResponse, code: string, message?: RegExp) {
  expect(codes(response)).toEqual([code]);
  if (message) expect(response.errors![0]!.message).toMatch(message);
  expectNoLeak(response);
}

const countRows = async (app: TestApp, table: string, orgId: string) =>
  (await app.owner.query(`SELECT count(*)::int AS n FROM ${table} WHERE org_id = $1`, [orgId])).rows[0].n as number;

describe('error contract', () => {
  let app: TestApp;
  let org: TestOrganization;
  let admin: Actor;
  let contactId: string;
  let companyId: string;
  /** Every response of this file, for the leak sweep at the end. */
  const seen: GraphQLResponse[] = [];
  const query = async (text: string, variables?: Record<string, unknown>, actor?: Actor) => {
    const response = await (actor ?? admin).query(text, variables);
    seen.push(response);
    return response;
  };

  beforeAll(async () => {
    app = await startTestApp();
    org = await createOrganization(app, 'Errors');
    // An ADMIN may call every operation used here, so the errors below are never FORBIDDEN.
    admin = org.admin;
    const company = await admin.query(CREATE_COMPANY, { input: { name: 'Acme' } });
    companyId = company.data.createCompany.company.id;
    const contact = await admin.query(CREATE_CONTACT, { input: { firstName: 'Ada', lastName: 'Lovelace', companyId } });
    contactId = contact.data.createContact.contact.id;
    const deal = await admin.query(CREATE_DEAL, { input: { deal: { name: 'Deal', value: '10.00' }, contactId } });
    expect(deal.errors).toBeUndefined();
  });
  afterAll(async () => app?.close());

  describe('request-level errors', () => {
    it('a syntax error → GRAPHQL_PARSE_FAILED (HTTP 400)', async () => {
      const response = await query('{ contacts { totalCount ');
      expectError(response, 'GRAPHQL_PARSE_FAILED', /Syntax Error/);
      expect(response.status).toBe(400);
      expect(response.data ?? null).toBeNull();
    });

    it('an unknown field → GRAPHQL_VALIDATION_FAILED (HTTP 400)', async () => {
      const response = await query('{ contacts { totalCount nope } }');
      expectError(response, 'GRAPHQL_VALIDATION_FAILED', /nope/);
      expect(response.status).toBe(400);
      expect(response.data ?? null).toBeNull();
    });

    it('an unknown argument → GRAPHQL_VALIDATION_FAILED', async () => {
      expectError(await query('{ contacts(top: 5) { totalCount } }'), 'GRAPHQL_VALIDATION_FAILED', /top/);
    });

    it('a wrong variable type → BAD_USER_INPUT naming the variable', async () => {
      expectError(await query(CONTACTS_PAGE, { first: 'ten' }), 'BAD_USER_INPUT', /\$first/);
    });
  });

  describe('page size', () => {
    it('contacts(first: 101) → BAD_USER_INPUT naming the limit', async () => {
      const response = await query('{ contacts(first: 101) { totalCount } }');
      expectError(response, 'BAD_USER_INPUT', /\b100\b/);
      expect(response.errors![0]!.message).toMatch(/first/);
      expect(response.data ?? null).toBeNull();
    });

    it('the same through a variable', async () => {
      expectError(await query(CONTACTS_PAGE, { first: 101 }), 'BAD_USER_INPUT', /\b100\b/);
      expectError(await query(CONTACTS_PAGE, { first: -1 }), 'BAD_USER_INPUT', /\b100\b/);
    });

    it('the same for `last`', async () => {
      expectError(await query(CONTACTS_PAGE, { last: 1000 }), 'BAD_USER_INPUT', /last.*\b100\b/);
    });

    it('a nested connection over the limit → BAD_USER_INPUT naming the nested field', async () => {
      const response = await query(NESTED_PAGE);
      expectError(response, 'BAD_USER_INPUT', /activities.*\b100\b/);
      expect(response.data ?? null).toBeNull();
    });

    it('first: 100 is allowed', async () => {
      const response = await query(CONTACTS_PAGE, { first: 100 });
      expect(response.errors).toBeUndefined();
      expect(response.data.contacts.totalCount).toBe(1);
    });

    it('a page-size error is a client error: HTTP 400, not 500', async () => {
      expect((await query('{ contacts(first: 101) { totalCount } }')).status).toBe(400);
      expect((await query(NESTED_PAGE)).status).toBe(400);
    });
  });

  describe('ids', () => {
    it('an id that is not a global id → BAD_USER_INPUT', async () => {
      expectError(await query(DELETE_CONTACT, { input: { id: 'garbage' } }), 'BAD_USER_INPUT', /not a valid Contact id/);
      expectError(await query(UPDATE_CONTACT, { input: { id: '!!!', firstName: 'X' } }), 'BAD_USER_INPUT', /not a valid Contact id/);
      expectError(await query(NODE, { id: 'garbage!!' }), 'BAD_USER_INPUT');
    });

    it('a global id whose key is not a uuid → BAD_USER_INPUT (mutations)', async () => {
      expectError(await query(DELETE_CONTACT, { input: { id: globalId('Contact', 'not-a-uuid') } }), 'BAD_USER_INPUT', /Contact id/);
      expectError(await query(DELETE_CONTACT, { input: { id: globalId('Contact', "1' OR '1'='1") } }), 'BAD_USER_INPUT', /Contact id/);
    });

    it('a global id whose key is not a uuid → BAD_USER_INPUT (node)', async () => {
      const response = await query(NODE, { id: globalId('Contact', 'not-a-uuid') });
      expectError(response, 'BAD_USER_INPUT');
      expect(response.data?.node ?? null).toBeNull();
    });

    it('a valid id of the wrong type (a Company id as a contact id) → BAD_USER_INPUT', async () => {
      expectError(await query(UPDATE_CONTACT, { input: { id: companyId, firstName: 'X' } }), 'BAD_USER_INPUT', /not a valid Contact id/);
      expectError(await query(DELETE_CONTACT, { input: { id: companyId } }), 'BAD_USER_INPUT', /not a valid Contact id/);
      // …and the other way round, as a reference inside an input.
      expectError(
        await query(CREATE_CONTACT, { input: { firstName: 'X', lastName: 'Y', companyId: contactId } }),
        'BAD_USER_INPUT',
        /companyId/,
      );
      const row = await app.owner.query('SELECT first_name, deleted_at FROM contacts WHERE org_id = $1', [org.id]);
      expect(row.rows).toEqual([{ first_name: 'Ada', deleted_at: null }]);
    });

    it('node with a valid id returns the record; with a well-formed id of a missing record, no record (null or NOT_FOUND)', async () => {
      const found = await query(NODE, { id: companyId });
      expect(found.errors).toBeUndefined();
      expect(found.data.node).toEqual({ id: companyId, __typename: 'Company' });
      const missing = await query(NODE, { id: globalId('Contact', MISSING_UUID) });
      expect(missing.data?.node ?? null).toBeNull();
      if (missing.errors) expectError(missing, 'NOT_FOUND');
    });

    it('update or delete of a nonexistent id → NOT_FOUND', async () => {
      const updated = await query(UPDATE_CONTACT, { input: { id: globalId('Contact', MISSING_UUID), firstName: 'X' } });
      expectError(updated, 'NOT_FOUND', /not found/);
      expect(updated.data ?? null).toBeNull();
      expectError(await query(DELETE_CONTACT, { input: { id: globalId('Contact', MISSING_UUID) } }), 'NOT_FOUND', /not found/);
    });

    it("another organization's record is NOT_FOUND, not FORBIDDEN (its existence is not revealed)", async () => {
      const other = await createOrganization(app, 'ErrorsOther');
      const theirs = await other.admin.query(CREATE_CONTACT, { input: { firstName: 'Their', lastName: 'Contact' } });
      const theirId = theirs.data.createContact.contact.id;
      expectError(await query(UPDATE_CONTACT, { input: { id: theirId, firstName: 'Hacked' } }), 'NOT_FOUND');
      expectError(await query(DELETE_CONTACT, { input: { id: theirId } }), 'NOT_FOUND');
      const row = await app.owner.query('SELECT first_name, deleted_at FROM contacts WHERE org_id = $1', [other.id]);
      expect(row.rows).toEqual([{ first_name: 'Their', deleted_at: null }]);
    });
  });

  describe('scalars', () => {
    const cases = [
      ['Decimal', 'mutation { createDeal(input: { deal: { name: "Bad value", value: "12,50" } }) { deal { id } } }'],
      ['Decimal (too many decimals)', 'mutation { createDeal(input: { deal: { name: "Bad value", value: "1.234" } }) { deal { id } } }'],
      ['Date', 'mutation { createDeal(input: { deal: { name: "Bad date", expectedCloseDate: "2026-02-30" } }) { deal { id } } }'],
      ['DateTime', 'mutation { createActivity(input: { type: NOTE, subject: "Bad time", occurredAt: "yesterday" }) { activity { id } } }'],
    ];

    it.each(cases)('an invalid %s literal → BAD_USER_INPUT naming the scalar', async (scalar, text) => {
      const response = await query(text);
      expectError(response, 'BAD_USER_INPUT', new RegExp(scalar.split(' ')[0]!));
      expect(response.data ?? null).toBeNull();
    });

    it.each([
      ['Decimal', CREATE_DEAL, { input: { deal: { name: 'Bad value', value: 'abc' } } }],
      ['Date', CREATE_DEAL, { input: { deal: { name: 'Bad date', expectedCloseDate: '31/01/2026' } } }],
      ['DateTime', CREATE_ACTIVITY, { input: { type: 'NOTE', subject: 'Bad time', occurredAt: '2026-13-45T99:00:00Z' } }],
    ] as [string, string, Record<string, unknown>][])(
      'an invalid %s variable → BAD_USER_INPUT naming the scalar',
      async (scalar, text, variables) => {
        const response = await query(text, variables as Record<string, unknown>);
        expectError(response, 'BAD_USER_INPUT', new RegExp(scalar));
        expect(response.data ?? null).toBeNull();
      },
    );

    it('nothing was written by the invalid scalar requests', async () => {
      expect(await countRows(app, 'deals', org.id)).toBe(1);
      expect(await countRows(app, 'activities', org.id)).toBe(0);
    });

    it('a valid Decimal round-trips exactly', async () => {
      const response = await query(CREATE_DEAL, { input: { deal: { name: 'Exact', value: '123456789012.34' } } });
      expect(response.errors).toBeUndefined();
      expect(response.data.createDeal.deal.value).toBe('123456789012.34');
    });
  });

  describe('internal errors', () => {
    // A database error the API does not translate: a trigger added behind its back raising a
    // plain exception (SQLSTATE P0001) that quotes the row's value.
    const BOOM = 'Trigger an internal error';
    const ISSUER = 'https://issuer.example.test/';
    const AUDIENCE = 'clientflow-errors-test';
    let production: AppServer;
    let productionUrl: string;
    const postProduction = async (body: unknown, actor: Actor = admin): Promise<GraphQLResponse> => {
      const response = await fetch(productionUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          // Production requires iss and aud (RFC 8725): the same person, with a token for this API.
          authorization: `Bearer ${await signAccessToken(TEST_JWT_SECRET, { sub: actor.subject, email: actor.email }, { issuer: ISSUER, audience: AUDIENCE })}`,
          'x-organization-id': org.id,
        },
        body: JSON.stringify(body),
      });
      const result = { status: response.status, ...((await response.json()) as object) } as GraphQLResponse;
      seen.push(result);
      return result;
    };

    beforeAll(async () => {
      await app.owner.query(`CREATE FUNCTION public.companies_boom() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.name = '${BOOM}' THEN RAISE EXCEPTION 'boom: %', NEW.name; END IF; RETURN NEW; END $$`);
      await app.owner.query(
        'CREATE TRIGGER companies_boom BEFORE INSERT ON companies FOR EACH ROW EXECUTE FUNCTION public.companies_boom()',
      );
      // The same server as startTestApp builds, on the same database, but with NODE_ENV=production.
      const config = loadConfig({
        NODE_ENV: 'production',
        AUTH_JWT_SECRET: TEST_JWT_SECRET,
        AUTH_ISSUER: ISSUER,
        AUTH_AUDIENCE: AUDIENCE,
        SMTP_URL: 'smtp://127.0.0.1:2525',
        DATABASE_URL: process.env.TEST_ADMIN_DATABASE_URL!,
        LOG_LEVEL: 'silent',
      });
      expect(config.NODE_ENV).toBe('production');
      production = await createServer({ config, database: app.database, logger: pino({ level: 'silent' }) });
      productionUrl = `http://127.0.0.1:${await production.listen(0, '127.0.0.1')}/graphql`;
    });
    afterAll(async () => {
      await production?.stop();
      await app?.owner.query('DROP TRIGGER IF EXISTS companies_boom ON companies');
      await app?.owner.query('DROP FUNCTION IF EXISTS public.companies_boom()');
    });

    it('in production an unmapped database error is exactly "Internal server error", with no details', async () => {
      const response = await postProduction({ query: CREATE_COMPANY, variables: { input: { name: BOOM } } });
      expect(response.errors).toHaveLength(1);
      const [error] = response.errors!;
      expect(error!.message).toBe('Internal server error');
      expect(error!.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      expect(response.data ?? null).toBeNull();
      expect(JSON.stringify(response)).not.toMatch(/companies|boom|trigger|P0001|prisma|SQL|INSERT/i);
      expect(await app.owner.query('SELECT 1 FROM companies WHERE name = $1', [BOOM]).then((r) => r.rowCount)).toBe(0);
    });

    it('the same request on the development server is an INTERNAL_SERVER_ERROR too (details allowed there)', async () => {
      const response = await admin.query(CREATE_COMPANY, { input: { name: BOOM } });
      expect(codes(response)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(response.errors![0]!.message).toMatch(/^Internal server error/);
      expect(response.data ?? null).toBeNull();
    });

    it('in production client errors keep their code and message', async () => {
      expectError(await postProduction({ query: '{ contacts(first: 101) { totalCount } }' }), 'BAD_USER_INPUT', /\b100\b/);
      expectError(
        await postProduction({ query: UPDATE_CONTACT, variables: { input: { id: globalId('Contact', MISSING_UUID), firstName: 'X' } } }),
        'NOT_FOUND',
      );
      expectError(
        await postProduction({ query: DELETE_CONTACT, variables: { input: { id: contactId } } }, org.viewer),
        'FORBIDDEN',
        /ADMIN/,
      );
      expectError(await postProduction({ query: '{ contacts { totalCount ' }), 'GRAPHQL_PARSE_FAILED');
    });

    it('in production a malformed node id is a client error, not a masked internal one', async () => {
      expectError(await postProduction({ query: NODE, variables: { id: globalId('Contact', 'not-a-uuid') } }), 'BAD_USER_INPUT');
    });

    it('in production introspection is disabled', async () => {
      const response = await postProduction({ query: '{ __schema { queryType { name } } }' });
      expect(codes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(response.errors![0]!.message).toMatch(/introspection/i);
      expect(response.data ?? null).toBeNull();
    });

    it('in production a successful request still works (the masking is not in the way)', async () => {
      const response = await postProduction({ query: '{ contacts(first: 5) { totalCount } }' });
      expect(response.errors).toBeUndefined();
      expect(response.data.contacts.totalCount).toBe(1);
    });
  });

  it('no error message of this file contained SQL, ORM or driver names, or a stack trace (client errors)', () => {
    const clientErrors = seen.filter((response) => !codes(response).includes('INTERNAL_SERVER_ERROR'));
    expect(clientErrors.length).toBeGreaterThan(20);
    for (const response of clientErrors) expectNoLeak(response);
  });
});
