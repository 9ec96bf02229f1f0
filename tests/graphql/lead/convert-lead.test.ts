import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { createOrganization, type TestOrganization } from '../../helpers/organizations.js';
import {
  ConvertLeadConvertDocument,
  ConvertLeadCreateCompanyDocument,
  ConvertLeadCreateLeadDocument,
  ConvertLeadCreatePipelineDocument,
  ConvertLeadCreateThenConvertDocument,
  ConvertLeadDefineFieldDocument,
  ConvertLeadDeleteFieldDocument,
  ConvertLeadMeDocument,
  ConvertLeadNodeDocument,
  ConvertLeadPipelinesDocument,
  type CreateCustomFieldDefinitionInput,
  type CreateLeadInput,
  type DealFieldsInput,
} from '../../generated/operations/graphql.js';

const uuidOf = (globalId: string) => Buffer.from(globalId, 'base64').toString('utf8').split(':')[1]!;

describe('convertLead', () => {
  let app: TestApp;
  let org: TestOrganization;
  let other: TestOrganization;
  let defaultPipeline: { id: string; stages: { id: string; name: string; position: number }[] };
  let assigneeUserId: string;

  async function createLead(input: CreateLeadInput) {
    const response = await org.member.query(ConvertLeadCreateLeadDocument, { input });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!.createLead.lead.id;
  }

  /** What exists for this organization, read past RLS. */
  async function counts() {
    const row = await app.owner.query(
      `SELECT (SELECT count(*) FROM contacts WHERE org_id = $1)::int AS contacts,
              (SELECT count(*) FROM companies WHERE org_id = $1)::int AS companies,
              (SELECT count(*) FROM deals WHERE org_id = $1)::int AS deals,
              (SELECT count(*) FROM activities WHERE org_id = $1)::int AS activities`,
      [org.id],
    );
    return row.rows[0];
  }
  const leadRow = async (leadId: string) =>
    (await app.owner.query('SELECT status, converted_at, converted_contact_id, updated_at FROM leads WHERE id = $1', [uuidOf(leadId)]))
      .rows[0];

  beforeAll(async () => {
    // Twelve connections, six for one organization: the concurrency test below really runs in parallel.
    app = await startTestApp({ poolSize: 12 });
    org = await createOrganization(app, 'Convert');
    other = await createOrganization(app, 'ConvertOther');
    const pipelines = await org.viewer.query(ConvertLeadPipelinesDocument);
    defaultPipeline = pipelines.data!.pipelines.edges.map((e) => e.node).find((p) => p.isDefault)!;
    const me = await org.member.query(ConvertLeadMeDocument);
    assigneeUserId = me.data!.me.id;
  });
  afterAll(async () => app.close());

  it("creates contact, company (from companyName) and a deal in the default pipeline's first stage, and marks the lead CONVERTED", async () => {
    const leadId = await createLead({
      firstName: 'Grace',
      lastName: 'Hopper',
      email: 'Grace@Navy.test',
      phone: '+1 555 0199',
      title: 'Rear Admiral',
      companyName: 'Navy Labs',
      assigneeId: assigneeUserId,
      customFields: { source: 'conference' },
      status: 'QUALIFIED',
    });
    const before = await counts();
    const response = await org.member.query(ConvertLeadConvertDocument, {
      input: { leadId, createCompany: true, deal: { name: 'Compiler licence', value: '1234.50', currency: 'eur' } },
    });
    expect(response.errors).toBeUndefined();
    const { lead, contact, company, deal } = response.data!.convertLead;

    expect(lead.status).toBe('CONVERTED');
    expect(lead.convertedAt).toEqual(expect.any(String));
    expect(lead.convertedContact).toEqual({ id: contact.id });

    expect(contact).toMatchObject({
      firstName: 'Grace',
      lastName: 'Hopper',
      email: 'grace@navy.test',
      phone: '+1 555 0199',
      title: 'Rear Admiral',
      // "source" is no CONTACT field of this organization: it stays on the lead only.
      customFields: {},
      owner: { id: assigneeUserId },
      company: { id: company!.id, name: 'Navy Labs' },
    });
    expect(company!.name).toBe('Navy Labs');

    expect(deal).toMatchObject({
      name: 'Compiler licence',
      value: '1234.50',
      currency: 'EUR',
      status: 'OPEN',
      contact: { id: contact.id },
      company: { id: company!.id },
      lead: { id: leadId },
      pipeline: { id: defaultPipeline.id, isDefault: true },
      stage: { id: defaultPipeline.stages[0]!.id, position: 0 },
    });

    expect(await counts()).toEqual({ ...before, contacts: before.contacts + 1, companies: before.companies + 1, deals: before.deals + 1 });
    const stored = await org.viewer.query(ConvertLeadNodeDocument, { id: leadId });
    expect(stored.data!.node).toMatchObject({
      status: 'CONVERTED',
      convertedContact: { id: contact.id, fullName: 'Grace Hopper' },
      deals: { totalCount: 1, edges: [{ node: { id: deal!.id } }] },
    });
  });

  it('attaches to an existing company, and a deal is optional', async () => {
    const existing = await org.member.query(ConvertLeadCreateCompanyDocument, { input: { name: 'Existing Co' } });
    const companyId = existing.data!.createCompany.company.id;
    const leadId = await createLead({ lastName: 'Solo', companyName: 'Ignored Inc' });
    const before = await counts();
    const response = await org.member.query(ConvertLeadConvertDocument, { input: { leadId, companyId } });
    expect(response.errors).toBeUndefined();
    const { contact, company, deal } = response.data!.convertLead;
    expect(company).toEqual({ id: companyId, name: 'Existing Co' });
    expect(contact.company).toEqual({ id: companyId, name: 'Existing Co' });
    expect(contact.firstName).toBe('');
    expect(deal).toBeNull();
    expect(await counts()).toEqual({ ...before, contacts: before.contacts + 1 });
  });

  it('converting twice is BAD_USER_INPUT and writes nothing', async () => {
    const leadId = await createLead({ firstName: 'Twice', lastName: 'Over', companyName: 'Twice Co' });
    const first = await org.member.query(ConvertLeadConvertDocument, { input: { leadId } });
    expect(first.errors).toBeUndefined();
    const before = await counts();
    const second = await org.member.query(ConvertLeadConvertDocument, { input: { leadId, createCompany: true, deal: { name: 'Again' } } });
    expect(second.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(second.data).toBeNull();
    expect(await counts()).toEqual(before);
  });

  it('six concurrent conversions of one lead convert it once; the others are BAD_USER_INPUT', async () => {
    const leadId = await createLead({ firstName: 'Race', lastName: 'Condition', companyName: 'Race Co' });
    // Each conversion creates its contact slowly (200 ms), so all six are past their read of the
    // lead before the first commits: without a lock taken before that read, every one converts.
    await app.owner.query(`CREATE FUNCTION public.slow_race_contact() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.last_name = 'Condition' THEN PERFORM pg_sleep(0.2); END IF; RETURN NEW; END $$`);
    await app.owner.query(
      'CREATE TRIGGER slow_race_contact BEFORE INSERT ON contacts FOR EACH ROW EXECUTE FUNCTION public.slow_race_contact()',
    );
    const before = await counts();
    const responses = await Promise.all(
      Array.from({ length: 6 }, () => org.member.query(ConvertLeadConvertDocument, { input: { leadId, createCompany: true } })),
    );
    const outcomes = responses.map((response) => response.errors?.[0]?.message ?? 'converted').sort();
    expect(outcomes).toEqual(['This lead is already converted', ...Array(4).fill('This lead is already converted'), 'converted'].sort());
    await app.owner.query('DROP TRIGGER slow_race_contact ON contacts; DROP FUNCTION public.slow_race_contact()');
    expect(await counts()).toEqual({ ...before, contacts: before.contacts + 1, companies: before.companies + 1 });
  });

  it('companyId together with createCompany, or createCompany without a companyName, is BAD_USER_INPUT', async () => {
    const existing = await org.member.query(ConvertLeadCreateCompanyDocument, { input: { name: 'Either Co' } });
    const withName = await createLead({ lastName: 'Both', companyName: 'Both Co' });
    const both = await org.member.query(ConvertLeadConvertDocument, {
      input: { leadId: withName, companyId: existing.data!.createCompany.company.id, createCompany: true },
    });
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const nameless = await createLead({ lastName: 'Nameless' });
    const before = await counts();
    const none = await org.member.query(ConvertLeadConvertDocument, { input: { leadId: nameless, createCompany: true } });
    expect(none.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual(before);
    expect((await leadRow(nameless)).status).toBe('NEW');
  });

  it("another organization's lead cannot be converted (NOT_FOUND)", async () => {
    const foreign = await other.member.query(ConvertLeadCreateLeadDocument, { input: { lastName: 'Foreign' } });
    const foreignId = foreign.data!.createLead.lead.id;
    const response = await org.member.query(ConvertLeadConvertDocument, { input: { leadId: foreignId } });
    expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await leadRow(foreignId)).status).toBe('NEW');
  });

  describe('all or nothing: when the deal part fails, nothing of the conversion remains', () => {
    const failures: [string, () => Promise<DealFieldsInput>][] = [
      [
        "a stageId of another organization's pipeline",
        async () => {
          const theirs = await other.viewer.query(ConvertLeadPipelinesDocument);
          return { name: 'Bad stage', stageId: theirs.data!.pipelines.edges[0]!.node.stages[1]!.id };
        },
      ],
      [
        'a stageId that is not a stage of the given pipelineId',
        async () => {
          const second = await org.admin.query(ConvertLeadCreatePipelineDocument, {
            input: { name: `Side ${Math.random()}`, stages: [{ name: 'Side stage', probability: 5 }] },
          });
          if (second.errors) throw new Error(JSON.stringify(second.errors));
          return { name: 'Mismatch', pipelineId: defaultPipeline.id, stageId: second.data!.createPipeline.pipeline.stages[0]!.id };
        },
      ],
      ["a currency 'XX'", async () => ({ name: 'Bad currency', currency: 'XX' })],
      ['a probability of 101', async () => ({ name: 'Bad probability', probability: 101 })],
    ];

    it.each(failures)('%s', async (_label, dealInput) => {
      const deal = await dealInput();
      const email = `atomic.${Math.random().toString(36).slice(2)}@example.test`;
      const leadId = await createLead({ firstName: 'Atomic', lastName: 'Lead', email, companyName: `Atomic Co ${Math.random()}` });
      const leadBefore = await leadRow(leadId);
      const before = await counts();

      const response = await org.member.query(ConvertLeadConvertDocument, { input: { leadId, createCompany: true, deal } });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.data).toBeNull();

      // The company and the contact were written before the deal failed: all of it is rolled back.
      expect(await counts()).toEqual(before);
      expect(await leadRow(leadId)).toEqual(leadBefore);
      expect(leadBefore.status).toBe('NEW');
      const orphans = await app.owner.query('SELECT count(*)::int AS n FROM contacts WHERE org_id = $1 AND email = $2', [org.id, email]);
      expect(orphans.rows[0].n).toBe(0);

      // The lead can still be converted afterwards.
      const retry = await org.member.query(ConvertLeadConvertDocument, {
        input: { leadId, createCompany: true, deal: { name: 'Good deal' } },
      });
      expect(retry.errors).toBeUndefined();
      expect(retry.data!.convertLead.lead.status).toBe('CONVERTED');
      expect(await counts()).toEqual({
        ...before,
        contacts: before.contacts + 1,
        companies: before.companies + 1,
        deals: before.deals + 1,
      });
    });

    it('a mutation operation with an error returns data: null and keeps none of its earlier fields either', async () => {
      const leadId = await createLead({ lastName: 'Mixed', companyName: 'Mixed Co' });
      const before = await counts();
      const response = await org.member.query(ConvertLeadCreateThenConvertDocument, {
        company: { name: 'Written then rolled back' },
        convert: { leadId, createCompany: true, deal: { name: 'Bad', currency: 'XX' } },
      });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.data).toBeNull();
      expect(await counts()).toEqual(before);
      const kept = await app.owner.query("SELECT count(*)::int AS n FROM companies WHERE name = 'Written then rolled back'");
      expect(kept.rows[0].n).toBe(0);
      expect((await leadRow(leadId)).status).toBe('NEW');
    });
  });

  it('a VIEWER may not convert (FORBIDDEN)', async () => {
    const leadId = await createLead({ lastName: 'Viewed' });
    const response = await org.viewer.query(ConvertLeadConvertDocument, { input: { leadId } });
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await leadRow(leadId)).status).toBe('NEW');
  });

  describe("custom fields: the contact takes the lead's values its CONTACT fields accept", () => {
    let fields: TestOrganization;
    const define = async (input: CreateCustomFieldDefinitionInput) => {
      const response = await fields.admin.query(ConvertLeadDefineFieldDocument, { input });
      if (response.errors) throw new Error(JSON.stringify(response.errors));
      return response.data!.createCustomFieldDefinition.customFieldDefinition.id;
    };
    const createFieldsLead = async (input: CreateLeadInput) => {
      const response = await fields.member.query(ConvertLeadCreateLeadDocument, { input });
      if (response.errors) throw new Error(JSON.stringify(response.errors));
      return response.data!.createLead.lead.id;
    };
    const leadCustomFields = async (leadId: string) =>
      (await app.owner.query('SELECT custom_fields FROM leads WHERE id = $1', [uuidOf(leadId)])).rows[0].custom_fields;
    const fieldsCounts = async () =>
      (
        await app.owner.query(
          `SELECT (SELECT count(*) FROM contacts WHERE org_id = $1)::int AS contacts,
                  (SELECT count(*) FROM companies WHERE org_id = $1)::int AS companies,
                  (SELECT count(*) FROM deals WHERE org_id = $1)::int AS deals`,
          [fields.id],
        )
      ).rows[0];

    beforeAll(async () => {
      fields = await createOrganization(app, 'Fieldconvert');
      // The lead's fields...
      await define({ entity: 'LEAD', key: 'region', label: 'Region', type: 'SINGLE_SELECT', options: ['EMEA', 'APAC', 'AMER'] });
      await define({ entity: 'LEAD', key: 'budget', label: 'Budget', type: 'MONEY' });
      // ...and the contact's: region lacks AMER, budget is a NUMBER there, "retired" is deleted.
      await define({ entity: 'CONTACT', key: 'region', label: 'Region', type: 'SINGLE_SELECT', options: ['EMEA', 'APAC'] });
      await define({ entity: 'CONTACT', key: 'budget', label: 'Budget', type: 'NUMBER' });
      await define({ entity: 'CONTACT', key: 'seats', label: 'Seats', type: 'NUMBER' });
      const retired = await define({ entity: 'CONTACT', key: 'retired', label: 'Retired', type: 'TEXT' });
      expect((await fields.admin.query(ConvertLeadDeleteFieldDocument, { id: retired })).errors).toBeUndefined();
    });

    it('carries values whose key is a live CONTACT field and that fit it; the lead keeps all of its values', async () => {
      const values = { region: 'EMEA', budget: '1200.00', seats: 12, retired: 'old', note: 'free text' };
      const leadId = await createFieldsLead({ lastName: 'Carried', customFields: values });
      const response = await fields.member.query(ConvertLeadConvertDocument, { input: { leadId } });
      expect(response.errors).toBeUndefined();
      // budget: "1200.00" is no NUMBER; retired: deleted; note: no CONTACT field.
      expect(response.data!.convertLead.contact.customFields).toEqual({ region: 'EMEA', seats: 12 });
      expect(await leadCustomFields(leadId)).toEqual(values);
    });

    it("leaves out a value that is not among the CONTACT field's options", async () => {
      const leadId = await createFieldsLead({ lastName: 'Amer', customFields: { region: 'AMER', seats: 3 } });
      const response = await fields.member.query(ConvertLeadConvertDocument, { input: { leadId } });
      expect(response.errors).toBeUndefined();
      expect(response.data!.convertLead.contact.customFields).toEqual({ seats: 3 });
      expect(await leadCustomFields(leadId)).toEqual({ region: 'AMER', seats: 3 });
    });

    it('merges contactCustomFields over the carried values; null leaves a key out', async () => {
      const leadId = await createFieldsLead({ lastName: 'Merged', customFields: { region: 'EMEA', seats: 12 } });
      const response = await fields.member.query(ConvertLeadConvertDocument, {
        input: { leadId, contactCustomFields: { region: 'APAC', seats: null, budget: 99, extra: 'kept as free JSON' } },
      });
      expect(response.errors).toBeUndefined();
      expect(response.data!.convertLead.contact.customFields).toEqual({ region: 'APAC', budget: 99, extra: 'kept as free JSON' });
    });

    it.each([
      ['a value of the wrong type', { seats: 'many' }, 'seats', 'WRONG_TYPE'],
      ['a value not among the options', { region: 'AMER' }, 'region', 'NOT_AN_OPTION'],
    ])('contactCustomFields with %s is INVALID_CUSTOM_FIELD and writes nothing', async (_label, given, key, problem) => {
      const leadId = await createFieldsLead({ lastName: 'Refused', companyName: 'Refused Co' });
      const before = await fieldsCounts();
      const response = await fields.member.query(ConvertLeadConvertDocument, {
        input: { leadId, createCompany: true, deal: { name: 'Refused deal' }, contactCustomFields: given },
      });
      expect(response.data).toBeNull();
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'INVALID_CUSTOM_FIELD',
        field: `contactCustomFields.${key}`,
        key,
        problem,
      });
      expect(await fieldsCounts()).toEqual(before);
      expect((await leadRow(leadId)).status).toBe('NEW');
    });

    it.each([
      ['a list', ['region']],
      ['a string', 'region=EMEA'],
    ])('contactCustomFields that is %s is BAD_USER_INPUT', async (_label, given) => {
      const leadId = await createFieldsLead({ lastName: 'NotAnObject' });
      // Untyped on purpose: the typed document would not let a test send the wrong shape.
      const response = await fields.member.query('mutation ($input: ConvertLeadInput!) { convertLead(input: $input) { lead { id } } }', {
        input: { leadId, contactCustomFields: given },
      });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await leadRow(leadId)).status).toBe('NEW');
    });

    it('values that together pass 16 KiB are BAD_USER_INPUT on contactCustomFields', async () => {
      // Each object alone is under 16 KiB (the JSONObject scalar's limit); the merge is not.
      const leadId = await createFieldsLead({ lastName: 'Large', customFields: { region: 'EMEA', seats: 1 } });
      await define({ entity: 'CONTACT', key: 'long_note', label: 'Long note', type: 'TEXT' });
      await app.owner.query(
        `UPDATE leads SET custom_fields = custom_fields || jsonb_build_object('long_note', repeat('a', 1000)) WHERE id = $1`,
        [uuidOf(leadId)],
      );
      const given = Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`free_${i}`, 'b'.repeat(1000)]));
      const response = await fields.member.query(ConvertLeadConvertDocument, { input: { leadId, contactCustomFields: given } });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contactCustomFields' });
      expect((await leadRow(leadId)).status).toBe('NEW');
    });

    describe('a required CONTACT field', () => {
      let tierId: string;
      beforeAll(async () => {
        tierId = await define({
          entity: 'CONTACT',
          key: 'tier',
          label: 'Tier',
          type: 'SINGLE_SELECT',
          options: ['Gold', 'Silver'],
          required: true,
        });
      });
      afterAll(async () => {
        await fields.admin.query(ConvertLeadDeleteFieldDocument, { id: tierId });
      });

      it('the lead cannot fill: INVALID_CUSTOM_FIELD naming the key, and nothing of the conversion is written', async () => {
        const leadId = await createFieldsLead({ lastName: 'Tierless', companyName: 'Tierless Co', customFields: { region: 'EMEA' } });
        const before = await fieldsCounts();
        const response = await fields.member.query(ConvertLeadConvertDocument, {
          input: { leadId, createCompany: true, deal: { name: 'Tierless deal' } },
        });
        expect(response.data).toBeNull();
        expect(response.errors?.[0]?.extensions).toMatchObject({
          code: 'INVALID_CUSTOM_FIELD',
          field: 'contactCustomFields.tier',
          key: 'tier',
          problem: 'REQUIRED',
          problems: [{ key: 'tier', problem: 'REQUIRED' }],
        });
        expect(response.errors?.[0]?.message).toBe(
          'customFields.tier (Tier) is required; the lead has no value for it that fits; give one in contactCustomFields.tier',
        );
        expect(await fieldsCounts()).toEqual(before);
        expect(await leadRow(leadId)).toMatchObject({ status: 'NEW', converted_contact_id: null });
      });

      it('a lead value that is not an option does not fill it either', async () => {
        const leadId = await createFieldsLead({ lastName: 'Bronze', customFields: { tier: 'Bronze' } });
        const response = await fields.member.query(ConvertLeadConvertDocument, { input: { leadId } });
        expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_CUSTOM_FIELD', key: 'tier', problem: 'REQUIRED' });
      });

      it('given in contactCustomFields, the conversion goes through', async () => {
        const leadId = await createFieldsLead({ lastName: 'Gold', customFields: { region: 'EMEA' } });
        const response = await fields.member.query(ConvertLeadConvertDocument, {
          input: { leadId, contactCustomFields: { tier: 'Gold' } },
        });
        expect(response.errors).toBeUndefined();
        expect(response.data!.convertLead.contact.customFields).toEqual({ region: 'EMEA', tier: 'Gold' });
        expect(response.data!.convertLead.lead.status).toBe('CONVERTED');
      });

      it("carried from the lead's own value of the key, the conversion goes through", async () => {
        const leadId = await createFieldsLead({ lastName: 'Silver', customFields: { tier: 'Silver' } });
        const response = await fields.member.query(ConvertLeadConvertDocument, { input: { leadId } });
        expect(response.errors).toBeUndefined();
        expect(response.data!.convertLead.contact.customFields).toEqual({ tier: 'Silver' });
      });
    });
  });
});
