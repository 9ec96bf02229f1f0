import { ApiKeyType } from '../api-key/types.js';
import { TrustedDocumentType } from '../trusted-document/types.js';
import { builder } from '../../schema/builder.js';
import { countedConnection } from '../../schema/resource.js';
import type { Context } from '../../context/index.js';
import { ActivityType } from '../activity/types.js';
import { AppointmentType } from '../appointment/types.js';
import { AttachmentType } from '../attachment/types.js';
import { AutomationType } from '../automation/types.js';
import { CompanyType } from '../company/types.js';
import { ContactType } from '../contact/types.js';
import { DealType } from '../deal/types.js';
import { LeadType } from '../lead/types.js';
import { ListingType } from '../listing/types.js';
import { BundlePurchaseType, CheckoutType, ToolPurchaseType, ToolReviewType } from '../marketplace/types.js';
import { MessageType } from '../message/types.js';
import { MembershipType, OrganizationType } from '../organization/types.js';
import { PipelineStageType, PipelineType } from '../pipeline/types.js';
import { WebhookEndpointType } from '../webhook/types.js';
import { tableOfModel } from './records.js';
import { AuditEntryType } from './types.js';

/**
 * `history` on every audited node type: the record's own audit entries, newest first.
 *
 * Who may read it: whoever can read the record (VIEWER and up). It shows earlier values of
 * fields the reader can already see today, and who changed them (members the reader can
 * already list). The organization-wide `auditLog` stays ADMIN+: it also reaches records that no
 * longer exist and every member's activity at once.
 *
 * Cost: one query per record (on the (org_id, record_id, occurred_at) index), plus one for
 * totalCount. It is meant for a record's detail view; asked for every row of a list it costs a
 * query per row.
 */
const AuditEntryConnection = countedConnection(AuditEntryType, 'AuditEntryConnection');

const HISTORY_ORDER = [{ occurredAt: 'desc' as const }, { id: 'desc' as const }];

const AUDITED_NODE_TYPES = [
  OrganizationType,
  MembershipType,
  CompanyType,
  ContactType,
  LeadType,
  PipelineType,
  PipelineStageType,
  DealType,
  ActivityType,
  ListingType,
  AppointmentType,
  MessageType,
  AutomationType,
  AttachmentType,
  ToolPurchaseType,
  BundlePurchaseType,
  ToolReviewType,
  CheckoutType,
  ApiKeyType,
  TrustedDocumentType,
  WebhookEndpointType,
];

for (const ref of AUDITED_NODE_TYPES) {
  const table = tableOfModel(ref.modelName);
  if (!table) throw new Error(`${ref.modelName} is not an audited table (see audit/records.ts)`);
  const where = (record: { id: string }) => ({ tableName: table, recordId: record.id });
  // Each ref has its own parent shape; every one of them selects `id` at type level.
  builder.prismaObjectField(ref as typeof CompanyType, 'history', (t) =>
    t.prismaConnection(
      {
        type: 'AuditEntry',
        cursor: 'orgId_id',
        description:
          'Every recorded change of this record, newest first (see AuditEntry). One query per record: meant for a detail view rather than for every row of a list.',
        resolve: (query, record, _args, ctx: Context) =>
          ctx.prisma.auditEntry.findMany({ ...query, where: where(record), orderBy: HISTORY_ORDER }),
        totalCount: (record, _args, ctx: Context) => ctx.prisma.auditEntry.count({ where: where(record) }),
      },
      AuditEntryConnection,
    ),
  );
}
