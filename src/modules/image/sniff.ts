import type { AttachmentStore } from '../attachment/store.js';

/** The image types an organization logo may have, and its largest size. */
export const IMAGE_CONTENT_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type ImageContentType = (typeof IMAGE_CONTENT_TYPES)[number];
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

/** The file-name extension an uploaded image is saved under. */
export const IMAGE_EXTENSION: Record<ImageContentType, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' };

export const isImageContentType = (value: string): value is ImageContentType => (IMAGE_CONTENT_TYPES as readonly string[]).includes(value);

/** Bytes read from the start of a stored image to tell its type. */
export const SNIFF_BYTES = 12;
/** What the sniffer is given: the WebP signature ends at byte 14. */
export const HEAD_BYTES = SNIFF_BYTES + 2;

/** The columns linking an attachment to a record: an image upload (logo, avatar) is on none. */
export const RECORD_COLUMNS = { contactId: true, companyId: true, dealId: true, leadId: true, listingId: true } as const;
type RecordLinks = { [column in keyof typeof RECORD_COLUMNS]: string | null };

/**
 * The image type an attachment upload must have when it may become a logo or an avatar: one on
 * no record, declared PNG, JPEG or WebP. Null for any other file (record files keep their bytes as sent).
 */
export function imageUploadType(row: { contentType: string } & RecordLinks): ImageContentType | null {
  if (row.contactId ?? row.companyId ?? row.dealId ?? row.leadId ?? row.listingId) return null;
  return isImageContentType(row.contentType) ? row.contentType : null;
}

const startsWith = (head: Uint8Array, signature: readonly number[], at = 0) =>
  head.length >= at + signature.length && signature.every((byte, i) => head[at + i] === byte);

/**
 * The image type the bytes are, from their signature (WHATWG MIME Sniffing §6.1), or null: PNG
 * `89 50 4E 47 0D 0A 1A 0A`, JPEG `FF D8 FF`, WebP `RIFF` <size> `WEBPVP`. Only these three are
 * accepted, so three fixed signatures are the whole job (no library needed for it).
 */
export function sniffImageType(head: Uint8Array): ImageContentType | null {
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, [0x52, 0x49, 0x46, 0x46]) && startsWith(head, [0x57, 0x45, 0x42, 0x50, 0x56, 0x50], 8)) return 'image/webp';
  return null;
}

/** The first `length` bytes of a stored object (fewer when it is shorter). */
export async function readHead(store: AttachmentStore, key: string, length = HEAD_BYTES): Promise<Buffer> {
  const stream = await store.get(key);
  const chunks: Buffer[] = [];
  let received = 0;
  try {
    for await (const chunk of stream) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
      chunks.push(buffer);
      received += buffer.length;
      if (received >= length) break;
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks).subarray(0, length);
}
