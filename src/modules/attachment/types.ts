import { Prisma } from '../../generated/prisma/client.js';
import { branded, builder } from '../../schema/builder.js';
import { CompanyType } from '../company/types.js';
import { ContactType } from '../contact/types.js';
import { DealType } from '../deal/types.js';
import { LeadType } from '../lead/types.js';
import { ListingType } from '../listing/types.js';
import { memberAsUser } from '../organization/types.js';
import { FILE_COLUMNS, type AttachmentFile } from './service.js';
import type { Context } from '../../context/index.js';
import { tenantNode } from '../../context/tenant-key.js';

export const AttachmentStatusEnum = builder.enumType('AttachmentStatus', {
  values: {
    PENDING: { description: 'Created; the bytes have not arrived (or not been verified) yet.' },
    READY: { description: 'The bytes arrived with the declared size and SHA-256; downloadable.' },
  } as const,
});

/** The record types an attachment can belong to, and the column that links each. */
export const ATTACHABLE = {
  Contact: 'contactId',
  Company: 'companyId',
  Deal: 'dealId',
  Lead: 'leadId',
  Listing: 'listingId',
} as const;
export type AttachableTypename = keyof typeof ATTACHABLE;
/** The relation to each record type, and its node type. */
const RECORD_RELATIONS = [
  ['contact', ContactType],
  ['company', CompanyType],
  ['deal', DealType],
  ['lead', LeadType],
  ['listing', ListingType],
] as const;

export const AttachmentRecordUnion = builder.unionType('AttachmentRecord', {
  description: 'The record an attachment belongs to.',
  types: RECORD_RELATIONS.map(([, type]) => type),
});

type FileRow = AttachmentFile & { status: 'PENDING' | 'READY'; deletedAt: Date | null };

export const AttachmentType = builder.prismaNode('Attachment', {
  ...tenantNode,
  nullable: true, // node(id:) answers null for a missing or invisible record, as Relay expects
  // Select mode: each query loads only the columns and relations the operation asks for.
  select: { id: true },
  description: 'A file on a CRM record. Its bytes live in the configured store; the row keeps what was declared and verified about them.',
  fields: (t) => ({
    fileName: t.exposeString('fileName', { description: 'As uploaded, without any path; ends in an extension of its content type.' }),
    contentType: t.exposeString('contentType', { description: 'One of the allowed media types, e.g. application/pdf.' }),
    sizeBytes: t.exposeInt('sizeBytes'),
    checksumSha256: t.exposeString('checksumSha256', { description: 'SHA-256 of the bytes, 64 lower-case hex digits.' }),
    status: t.field({
      type: AttachmentStatusEnum,
      description: 'With the S3 store, a direct upload is noticed (and the row marked READY) the first time status or downloadUrl is read.',
      select: FILE_COLUMNS,
      resolve: async (row, _args, ctx) => {
        if (row.status === 'PENDING' && !row.deletedAt && (await ctx.attachments.uploadArrived(ctx, row as FileRow))) return 'READY';
        return row.status;
      },
    }),
    downloadUrl: t.string({
      nullable: true,
      description:
        'A signed link that downloads the file (Content-Disposition: attachment), valid until downloadUrlExpiresAt. Null until the upload is READY, and once deleted.',
      select: FILE_COLUMNS,
      resolve: async (row, _args, ctx) => (await downloadLinkOf(row as FileRow, ctx))?.url ?? null,
    }),
    downloadUrlExpiresAt: t.field({
      type: 'DateTime',
      nullable: true,
      select: FILE_COLUMNS,
      resolve: async (row, _args, ctx) => (await downloadLinkOf(row as FileRow, ctx))?.expiresAt ?? null,
    }),
    uploadedBy: t.field(memberAsUser('uploadedBy', 'Null once the uploader left the organization.')),
    record: t.field({
      type: AttachmentRecordUnion,
      nullable: true,
      description: 'The contact, company, deal, lead or listing the file belongs to.',
      // One nested selection per member type: the linked row is loaded in this same SQL query.
      select: (_args, _ctx, nestedSelection) => ({
        contact: nestedSelection(true, [], 'Contact'),
        company: nestedSelection(true, [], 'Company'),
        deal: nestedSelection(true, [], 'Deal'),
        lead: nestedSelection(true, [], 'Lead'),
        listing: nestedSelection(true, [], 'Listing'),
      }),
      resolve: (attachment) => {
        for (const [relation, type] of RECORD_RELATIONS) {
          const linked = attachment[relation];
          // The brand tells the union which member this row is.
          if (linked) return branded(linked, type);
        }
        return null;
      },
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    deletedAt: t.expose('deletedAt', { type: 'DateTime', nullable: true }),
  }),
});

async function downloadLinkOf(row: FileRow, ctx: Context) {
  if (row.deletedAt) return null;
  const attachments = ctx.attachments;
  if (row.status !== 'READY' && !(await attachments.uploadArrived(ctx, row))) return null;
  return attachments.downloadLink(row, ctx.viewer!.userId);
}

// Each record type lists its files. The same relation-connection shape as its activities.
const attachmentsConnection = {
  cursor: 'orgId_id' as const,
  totalCount: true,
  description: 'Files on this record (not deleted), newest first.',
  query: { where: { deletedAt: null }, orderBy: [{ createdAt: Prisma.SortOrder.desc }, { id: Prisma.SortOrder.desc }] },
};
builder.prismaObjectField('Contact', 'attachments', (t) => t.relatedConnection('attachments', attachmentsConnection));
builder.prismaObjectField('Company', 'attachments', (t) => t.relatedConnection('attachments', attachmentsConnection));
builder.prismaObjectField('Deal', 'attachments', (t) => t.relatedConnection('attachments', attachmentsConnection));
builder.prismaObjectField('Lead', 'attachments', (t) => t.relatedConnection('attachments', attachmentsConnection));
builder.prismaObjectField('Listing', 'attachments', (t) => t.relatedConnection('attachments', attachmentsConnection));
