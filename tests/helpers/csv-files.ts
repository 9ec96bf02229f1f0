/**
 * CSV files for the import tests: uploaded as a real client does (createAttachmentUpload without
 * a record, then PUT the bytes to uploadUrl); the attachment's global id is what import* takes.
 */
import { createHash } from 'node:crypto';
import type { Actor } from './app.js';

const CREATE_UPLOAD = /* GraphQL */ `
  mutation CreateCsvUpload($input: CreateAttachmentUploadInput!) {
    createAttachmentUpload(input: $input) {
      attachment {
        id
      }
      uploadUrl
      uploadHeaders {
        name
        value
      }
    }
  }
`;

let sequence = 0;
const EXTENSIONS: Record<string, string> = { 'text/csv': 'csv', 'text/plain': 'txt', 'application/pdf': 'pdf' };

/** Uploads `text` as a text/csv file of the actor's organization; returns the Attachment's global id. */
export async function uploadCsv(actor: Actor, text: string | Buffer, contentType = 'text/csv'): Promise<string> {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const created = await actor.query(CREATE_UPLOAD, {
    input: {
      fileName: `import-${++sequence}.${EXTENSIONS[contentType] ?? 'csv'}`,
      contentType,
      sizeBytes: bytes.length,
      checksumSha256: createHash('sha256').update(bytes).digest('hex'),
    },
  });
  if (created.errors) throw new Error(`createAttachmentUpload failed: ${JSON.stringify(created.errors)}`);
  const { attachment, uploadUrl, uploadHeaders } = created.data.createAttachmentUpload;
  const headers = Object.fromEntries((uploadHeaders as { name: string; value: string }[]).map((h) => [h.name, h.value]));
  const response = await fetch(uploadUrl as string, { method: 'PUT', headers, body: bytes });
  if (response.status !== 200) throw new Error(`upload failed: ${response.status} ${await response.text()}`);
  return attachment.id as string;
}

/** A CSV text from rows of cells (quoted where needed, as csv-stringify would). */
export function csv(rows: (string | number)[][]): string {
  const cell = (value: string | number) => {
    const text = String(value);
    return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return rows.map((row) => row.map(cell).join(',')).join('\n') + '\n';
}
