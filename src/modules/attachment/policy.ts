import { z } from 'zod';

/**
 * What may be uploaded: each allowed content type with the file-name extensions that go with it.
 * A name must carry one of its type's extensions, so a file saved from a download opens as what
 * it was declared to be (no "invoice.pdf.exe" declared as application/pdf).
 */
export const ALLOWED_CONTENT_TYPES: Readonly<Record<string, readonly string[]>> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
  'text/plain': ['txt', 'text', 'log', 'md'],
  'text/csv': ['csv'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
  'application/zip': ['zip'],
};

export const MAX_FILE_NAME_LENGTH = 255;

/** The media type without parameters, lower case ("Text/CSV; charset=utf-8" → "text/csv"). */
export function contentTypeEssence(value: string): string {
  return value.split(';')[0]!.trim().toLowerCase();
}

/** An allowed content type, as its essence; messages name the field as `{field}`. */
export const contentTypeRule = z.string().transform((value, ctx) => {
  const essence = contentTypeEssence(value);
  if (Object.hasOwn(ALLOWED_CONTENT_TYPES, essence)) return essence;
  ctx.addIssue({
    code: 'custom',
    message: `{field} ${JSON.stringify(essence)} is not allowed; allowed: ${Object.keys(ALLOWED_CONTENT_TYPES).join(', ')}`,
  });
  return z.NEVER;
});

// Control characters, and the bidirectional overrides that make "fdp.exe" display as "exe.pdf".
// eslint-disable-next-line no-control-regex -- these characters are what it removes
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The name as shown and offered on download: the last path segment only (a browser may send
 * "C:\\fakepath\\x.pdf"), without control or direction-override characters, spaces collapsed,
 * NFC-normalized; its extension must belong to the content type.
 */
export function sanitizeFileName(value: string, contentType: string): { name: string } | { problem: string } {
  const lastSegment = value.split(/[/\\]/).pop() ?? '';
  const name = lastSegment.normalize('NFC').replace(UNSAFE_CHARACTERS, '').replace(/\s+/g, ' ').trim();
  if (name.length === 0 || /^\.+$/.test(name)) return { problem: '{field} must name a file' };
  if (name.length > MAX_FILE_NAME_LENGTH) return { problem: `{field} must be at most ${MAX_FILE_NAME_LENGTH} characters` };
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  const expected = ALLOWED_CONTENT_TYPES[contentType] ?? [];
  if (!extension || !expected.includes(extension)) {
    return { problem: `{field} must end in ${expected.map((ext) => `.${ext}`).join(' or ')} for ${contentType}` };
  }
  return { name };
}

/** The SHA-256 of a file as 64 hex digits, lower-cased. */
export const sha256Rule = z.string().transform((value, ctx) => {
  const trimmed = value.trim();
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) return trimmed.toLowerCase();
  ctx.addIssue({ code: 'custom', message: '{field} must be the SHA-256 of the file as 64 hexadecimal characters' });
  return z.NEVER;
});

/** A file size in bytes, at most `maxBytes`. */
export function fileSizeRule(maxBytes: number) {
  return z.number().superRefine((value, ctx) => {
    if (!Number.isInteger(value) || value < 0) ctx.addIssue({ code: 'custom', message: '{field} must be a whole number of bytes' });
    else if (value > maxBytes) ctx.addIssue({ code: 'custom', message: `{field} must be at most ${maxBytes} bytes` });
  });
}

/**
 * `Content-Disposition: attachment` with a quoted ASCII fallback and the exact UTF-8 name
 * (RFC 6266 / RFC 8187), so any browser saves the file under its name and never renders it.
 */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
