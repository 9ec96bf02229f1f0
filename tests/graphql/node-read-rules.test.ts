/**
 * node(id) and nodes(ids) apply each type's own read rule (src/auth/permissions.ts,
 * NODE_READ_PERMISSIONS): a VIEWER, who may not list the audit log, must not read an audit
 * entry by id either. Generated from that list, so a new entry cannot skip it; the guard that fails
 * when a root list stricter than `read` returns a node type that is not listed is a unit test
 * (tests/unit/auth/permissions.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MINIMUM_ROLE, NODE_READ_PERMISSIONS, ROLES, roleAtLeast, type Role } from '../../src/auth/permissions.js';
import { startTestApp, type Actor, type TestApp } from '../helpers/app.js';
import { invite, joinOrganization } from '../helpers/invitations.js';
import { createOrganization, type TestOrganization } from '../helpers/organizations.js';
import { CREATE_TOOL } from '../helpers/role-operations/marketplace.js';
import { createApiKey } from '../helpers/tenant-types/api-key.js';
import { registerTrustedDocument } from '../helpers/tenant-types/trusted-document.js';
import { createWebhookDelivery, createWebhookEndpoint } from '../helpers/tenant-types/webhook.js';
import { CHANGE_MEMBER_ROLE, CREATE_CONTACT, tag } from '../helpers/role-fixtures.js';

const NODE = 'query ($id: ID!) { node(id: $id) { __typename id } }';
const NODES = 'query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }';
const AUDIT_LOG = '{ auditLog(first: 1) { edges { node { id } } } }';
const HISTORY = 'query ($id: ID!) { node(id: $id) { ... on Contact { history(first: 5) { edges { node { id action } } } } } }';
const ADD_TO_CART = 'mutation ($input: CartItemInput!) { addToCart(input: $input) { shoppingCart { id } } }';

describe("node and nodes apply each type's read rule", () => {
  let app: TestApp;
  let org: TestOrganization;
  let contactId: string;
  /** One record per listed type, and who reads it as each role. */
  const fixtures: Record<string, (role: Role) => Promise<{ id: string; reader: Actor }>> = {};

  beforeAll(async () => {
    app = await startTestApp();
    org = await createOrganization(app, 'NodeRules');
    contactId = (await org.owner.query(CREATE_CONTACT, { input: { firstName: 'Read', lastName: 'Me' } })).data.createContact.contact.id;
    const entryId: string = (await org.owner.query(AUDIT_LOG)).data.auditLog.edges[0].node.id;
    const invitationId = await invite(org.owner, `node-rules.${tag()}@example.test`, 'VIEWER');
    const curator = await app.platformAdmin('node-rules-curator');
    const tool = await curator.query(CREATE_TOOL, {
      input: { slug: `node-rules-${tag()}`, name: `Node rules ${tag()}`, category: 'CUSTOM', tier: 'T1' },
    });
    const toolId: string = tool.data.createMarketplaceTool.marketplaceTool.id;

    const apiKeyId = await createApiKey(org.owner);
    const trustedDocumentId = await registerTrustedDocument(org.owner);
    const webhookEndpointId = (await createWebhookEndpoint(org.owner)).id;
    const webhookDeliveryId = await createWebhookDelivery(app, org.owner, org.id);

    fixtures.AuditEntry = async (role) => ({ id: entryId, reader: org.as(role) });
    fixtures.ApiKey = async (role) => ({ id: apiKeyId, reader: org.as(role) });
    fixtures.TrustedDocument = async (role) => ({ id: trustedDocumentId, reader: org.as(role) });
    fixtures.WebhookEndpoint = async (role) => ({ id: webhookEndpointId, reader: org.as(role) });
    fixtures.WebhookDelivery = async (role) => ({ id: webhookDeliveryId, reader: org.as(role) });
    fixtures.Invitation = async (role) => ({ id: invitationId, reader: org.as(role) });
    // A cart is private to its user (RLS): the reader is a member who filled one as ADMIN and
    // then got `role`.
    fixtures.ShoppingCart = async (role) => {
      const shopper = await app.actor(`shopper-${role.toLowerCase()}`);
      const membershipId = await joinOrganization(org.owner, shopper, 'ADMIN');
      const inOrg = shopper.inOrg(org.id);
      const cart = await inOrg.query(ADD_TO_CART, { input: { toolId } });
      if (cart.errors) throw new Error(JSON.stringify(cart.errors));
      if (role !== 'ADMIN') {
        const changed = await org.owner.query(CHANGE_MEMBER_ROLE, { input: { membershipId, role } });
        if (changed.errors) throw new Error(JSON.stringify(changed.errors));
      }
      return { id: cart.data.addToCart.shoppingCart.id, reader: inOrg };
    };
  }, 120_000);
  afterAll(async () => app?.close());

  it('every type with a read rule of its own has a fixture here', () => {
    expect(Object.keys(fixtures).sort()).toEqual(Object.keys(NODE_READ_PERMISSIONS).sort());
  });

  const cases = Object.entries(NODE_READ_PERMISSIONS).flatMap(([typename, permission]) =>
    ROLES.map((role) => [typename, role, roleAtLeast(role, MINIMUM_ROLE[permission]) ? 'the record' : 'null'] as const),
  );

  it.each(cases)('node/nodes of a %s as %s → %s', async (typename, role, expected) => {
    const { id, reader } = await fixtures[typename]!(role);
    const node = await reader.query(NODE, { id });
    expect(node.errors).toBeUndefined();
    expect(node.data.node).toEqual(expected === 'null' ? null : { __typename: typename, id });
    const nodes = await reader.query(NODES, { ids: [id, contactId] });
    expect(nodes.errors).toBeUndefined();
    expect(nodes.data.nodes).toEqual([expected === 'null' ? null : { __typename: typename, id }, { __typename: 'Contact', id: contactId }]);
  });

  it("a record's history keeps its own rule: a VIEWER reads its entries there, not by id", async () => {
    const history = await org.viewer.query(HISTORY, { id: contactId });
    expect(history.errors).toBeUndefined();
    const entry = history.data.node.history.edges[0].node;
    expect(entry.action).toBe('INSERT');
    expect((await org.viewer.query(NODE, { id: entry.id })).data.node).toBeNull();
    expect((await org.admin.query(NODE, { id: entry.id })).data.node).toEqual({ __typename: 'AuditEntry', id: entry.id });
  });
});
