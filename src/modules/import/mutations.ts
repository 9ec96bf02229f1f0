import { builder } from '../../schema/builder.js';
import { badInput } from '../../schema/errors.js';
import { payloadType } from '../../schema/resource.js';
import { parseInput } from '../../schema/validation.js';
import { tenantOf, type Context } from '../../context/index.js';
import { FILE_COLUMNS } from '../attachment/service.js';
import { customFieldColumns, type ImportEntityName } from './columns.js';
import { CSV_CONTENT_TYPES, CsvImportInput, csvImportSchema } from './inputs.js';
import { ImportRunType } from './types.js';

const ImportRunPayload = payloadType('ImportRunPayload', ImportRunType, 'importRun');

/** The uploaded file, if it is a CSV of this organization whose bytes arrived. */
async function readyCsvFile(ctx: Context, attachmentId: string) {
  const file = await ctx.prisma.attachment.findUnique({
    where: { orgId_id: { orgId: tenantOf(ctx).orgId, id: attachmentId } },
    select: FILE_COLUMNS,
  });
  if (!file || file.deletedAt) throw badInput('fileId does not name a file of this organization', 'fileId');
  if (!CSV_CONTENT_TYPES.has(file.contentType)) {
    throw badInput(`fileId is a ${file.contentType} file; upload the CSV as text/csv`, 'fileId');
  }
  if (file.status !== 'READY' && !(await ctx.attachments.uploadArrived(ctx, file))) {
    throw badInput('The file has not been uploaded yet: PUT its bytes to the uploadUrl first', 'fileId');
  }
  return file;
}

/** A mapping's custom fields must be live fields of the entity now (the job checks again: one may be deleted meanwhile). */
async function assertMappedCustomFields(ctx: Context, entity: ImportEntityName, fields: string[]) {
  const custom = fields.filter((field) => field.startsWith('customFields.'));
  if (custom.length === 0) return;
  const live = new Set((await customFieldColumns(ctx.prisma, entity)).map((column) => column.field));
  const unknown = custom.find((field) => !live.has(field));
  if (unknown) throw badInput(`columns: ${entity} has no custom field ${unknown.slice('customFields.'.length)}`, 'columns');
}

function defineImportMutation(field: string, entity: ImportEntityName, plural: string) {
  const schema = csvImportSchema(entity);
  builder.mutationField(field, (t) =>
    t.field({
      type: ImportRunPayload,
      description:
        `Imports ${plural} from an uploaded CSV file (README "CSV import and export"). Returns at once with a PENDING ImportRun; ` +
        'a job worker checks every row and, unless dryRun, writes all of them in one transaction or none. Poll the run.',
      args: { input: t.arg({ type: CsvImportInput, required: true }) },
      resolve: async (_root, { input }, ctx) => {
        const { fileId, columns, dryRun, duplicatePolicy } = parseInput(schema, input);
        await readyCsvFile(ctx, fileId);
        await assertMappedCustomFields(ctx, entity, Object.values(columns));
        const tenant = tenantOf(ctx);
        // The insert's trigger queues the import_csv job in this transaction (sql/86_imports.sql).
        const importRun = await ctx.prisma.importRun.create({
          data: {
            orgId: tenant.orgId,
            entity,
            attachmentId: fileId,
            createdById: tenant.viewer.userId,
            dryRun,
            duplicatePolicy,
            columnMapping: columns,
          },
        });
        return { importRun };
      },
    }),
  );
}

defineImportMutation('importContacts', 'CONTACT', 'contacts');
defineImportMutation('importLeads', 'LEAD', 'leads');
defineImportMutation('importCompanies', 'COMPANY', 'companies');
