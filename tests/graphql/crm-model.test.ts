import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type GraphQLResponse, type TestApp } from '../helpers/app.js';
import { createOrganization, type TestOrganization } from '../helpers/organizations.js';
import { CREATE_ACTIVITY, CREATE_DEAL, run, unique } from '../helpers/tenant-kit.js';
import { createListing } from '../helpers/tenant-types/listing.js';

// Issue 14: the design documents' CRM model — contact type and status, the documents' enum
// values, activities about a listing, deals on hold.

const CREATE_CONTACT = /* GraphQL */ `
  mutation ($input: CreateContactInput!) {
    createContact(input: $input) {
      contact {
        id
        type
        status
      }
    }
  }
`;
const UPDATE_CONTACT = /* GraphQL */ `
  mutation ($input: UpdateContactInput!) {
    updateContact(input: $input) {
      contact {
        id
        type
        status
      }
    }
  }
`;
const CONTACTS = /* GraphQL */ `
  query ($filter: ContactFilter) {
    contacts(first: 50, filter: $filter) {
      totalCount
      edges {
        node {
          id
          type
          status
        }
      }
    }
  }
`;
const UPDATE_DEAL = /* GraphQL */ `
  mutation ($input: UpdateDealInput!) {
    updateDeal(input: $input) {
      deal {
        id
        status
        closedAt
      }
    }
  }
`;
const MOVE_DEAL = /* GraphQL */ `
  mutation ($input: MoveDealStageInput!) {
    moveDealStage(input: $input) {
      deal {
        id
        status
      }
    }
  }
`;
const PIPELINE = /* GraphQL */ `
  query {
    pipelines(first: 5) {
      edges {
        node {
          isDefault
          stages {
            id
            kind
            position
          }
        }
      }
    }
    dashboard {
      pipelineSummary {
        stage {
          id
        }
        dealCount
      }
    }
  }
`;
const LISTING_ACTIVITIES = /* GraphQL */ `
  query ($id: ID!, $filter: ActivityFilter) {
    node(id: $id) {
      ... on Listing {
        activities(first: 10) {
          totalCount
          edges {
            node {
              id
              type
              listing {
                id
              }
            }
          }
        }
      }
    }
    activities(first: 10, filter: $filter) {
      totalCount
    }
  }
`;
const CREATE_LEAD = /* GraphQL */ `
  mutation ($input: CreateLeadInput!) {
    createLead(input: $input) {
      lead {
        id
        source
        status
      }
    }
  }
`;

const codes = (response: GraphQLResponse<unknown>) => (response.errors ?? []).map((error) => error.extensions?.code);

describe('the CRM model of the design documents', () => {
  let app: TestApp;
  let org: TestOrganization;

  beforeAll(async () => {
    app = await startTestApp();
    org = await createOrganization(app, 'Documents');
  });
  afterAll(async () => app.close());

  it('contacts have a type and a status, defaulted, settable and filterable', async () => {
    const plain = (await run(org.member, CREATE_CONTACT, { input: { firstName: 'Pat', lastName: unique('Plain') } })).createContact.contact;
    expect(plain).toMatchObject({ type: 'PROSPECT', status: 'ACTIVE' });
    const vendor = (
      await run(org.member, CREATE_CONTACT, { input: { firstName: 'Val', lastName: unique('Vendor'), type: 'VENDOR', status: 'INACTIVE' } })
    ).createContact.contact;
    expect(vendor).toMatchObject({ type: 'VENDOR', status: 'INACTIVE' });
    // Null leaves an enum as it is (the columns are not nullable); a value changes it.
    const kept = (await run(org.member, UPDATE_CONTACT, { input: { id: vendor.id, type: null, status: 'DO_NOT_CONTACT' } })).updateContact
      .contact;
    expect(kept).toMatchObject({ type: 'VENDOR', status: 'DO_NOT_CONTACT' });

    const vendors = await run(org.viewer, CONTACTS, { filter: { type: { equals: 'VENDOR' } } });
    expect(vendors.contacts.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([vendor.id]);
    const reachable = await run(org.viewer, CONTACTS, { filter: { status: { in: ['ACTIVE', 'INACTIVE'] } } });
    const ids = reachable.contacts.edges.map((edge: { node: { id: string } }) => edge.node.id);
    expect(ids).toContain(plain.id);
    expect(ids).not.toContain(vendor.id);

    const bad = await org.member.query(CREATE_CONTACT, { input: { firstName: 'X', lastName: 'Y', type: 'CUSTOMER' } });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
  });

  it('leads take the new source and status', async () => {
    const lead = (await run(org.member, CREATE_LEAD, { input: { lastName: unique('Visitor'), source: 'OPEN_HOUSE', status: 'LOST' } }))
      .createLead.lead;
    expect(lead).toMatchObject({ source: 'OPEN_HOUSE', status: 'LOST' });
  });

  it('an activity links to a listing; the listing lists it and the filter finds it', async () => {
    const listing = await createListing(org.member);
    const created = await run(org.member, CREATE_ACTIVITY, { input: { type: 'SHOWING', subject: unique('Showing'), listingId: listing } });
    const activityId = created.createActivity.activity.id;
    await run(org.member, CREATE_ACTIVITY, { input: { type: 'OPEN_HOUSE', subject: unique('Open house') } });
    const read = await run(org.viewer, LISTING_ACTIVITIES, { id: listing, filter: { listingId: { equals: listing } } });
    expect(read.node.activities).toEqual({
      totalCount: 1,
      edges: [{ node: { id: activityId, type: 'SHOWING', listing: { id: listing } } }],
    });
    expect(read.activities.totalCount).toBe(1);

    const wrongType = await org.member.query(CREATE_ACTIVITY, { input: { type: 'SHOWING', subject: 'Wrong', listingId: activityId } });
    expect(codes(wrongType)).toEqual(['BAD_USER_INPUT']);
  });

  describe('deals on hold', () => {
    let stages: { id: string; kind: string; position: number }[];
    const summaryCount = async (stageId: string) => {
      const data = await run(org.viewer, PIPELINE);
      return data.dashboard.pipelineSummary.find((row: { stage: { id: string } }) => row.stage.id === stageId).dealCount;
    };

    beforeAll(async () => {
      const data = await run(org.viewer, PIPELINE);
      stages = data.pipelines.edges.find((edge: { node: { isDefault: boolean } }) => edge.node.isDefault).node.stages;
    });

    it('ON_HOLD pauses an open deal, stays in its stage count, OPEN resumes it, a move resumes it too', async () => {
      const first = stages.find((stage) => stage.kind === 'OPEN')!;
      const second = stages.filter((stage) => stage.kind === 'OPEN')[1]!;
      const deal = (await run(org.member, CREATE_DEAL, { input: { deal: { name: unique('Paused'), stageId: first.id } } })).createDeal.deal;
      const before = await summaryCount(first.id);
      const held = (await run(org.member, UPDATE_DEAL, { input: { id: deal.id, status: 'ON_HOLD' } })).updateDeal.deal;
      expect(held).toMatchObject({ status: 'ON_HOLD', closedAt: null });
      expect(await summaryCount(first.id)).toBe(before);
      const resumed = (await run(org.member, UPDATE_DEAL, { input: { id: deal.id, status: 'OPEN' } })).updateDeal.deal;
      expect(resumed.status).toBe('OPEN');
      await run(org.member, UPDATE_DEAL, { input: { id: deal.id, status: 'ON_HOLD' } });
      const moved = (await run(org.member, MOVE_DEAL, { input: { dealId: deal.id, stageId: second.id } })).moveDealStage.deal;
      expect(moved.status).toBe('OPEN');
    });

    it('WON and LOST are refused, and a closed deal cannot be put on hold', async () => {
      const won = stages.find((stage) => stage.kind === 'WON')!;
      const deal = (await run(org.member, CREATE_DEAL, { input: { deal: { name: unique('Closing') } } })).createDeal.deal;
      const direct = await org.member.query(UPDATE_DEAL, { input: { id: deal.id, status: 'WON' } });
      expect(codes(direct)).toEqual(['BAD_USER_INPUT']);
      expect(direct.errors![0]!.extensions!.field).toBe('status');

      await run(org.member, MOVE_DEAL, { input: { dealId: deal.id, stageId: won.id } });
      const hold = await org.member.query(UPDATE_DEAL, { input: { id: deal.id, status: 'ON_HOLD' } });
      expect(codes(hold)).toEqual(['BAD_USER_INPUT']);
      const after = await run(
        org.viewer,
        /* GraphQL */ `
          query ($id: ID!) {
            node(id: $id) {
              ... on Deal {
                status
              }
            }
          }
        `,
        { id: deal.id },
      );
      expect(after.node.status).toBe('WON');
    });

    it('a VIEWER cannot change a status', async () => {
      const deal = (await run(org.member, CREATE_DEAL, { input: { deal: { name: unique('Viewer') } } })).createDeal.deal;
      const response = await org.viewer.query(UPDATE_DEAL, { input: { id: deal.id, status: 'ON_HOLD' } });
      expect(codes(response)).toEqual(['FORBIDDEN']);
    });
  });
});
