import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * The trusted documents: the operations of src/operations, as `npm run codegen` writes them to
 * src/generated/operations/persisted-documents.json (committed, so a fresh clone and a
 * production install without dev dependencies have it). Ids are "sha256:<hex of the text>".
 */
export const MANIFEST_URL = new URL('../generated/operations/persisted-documents.json', import.meta.url);

const DOCUMENT_ID = /^sha256:[0-9a-f]{64}$/;
const manifestSchema = z.record(z.string().regex(DOCUMENT_ID, 'ids must be sha256:<64 lowercase hex>'), z.string().min(1));

export const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Documents by the hex of their sha256 (no prefix), checked against their text when loaded. */
export class TrustedDocuments {
  private constructor(private readonly byHash: ReadonlyMap<string, string>) {}

  static fromManifest(json: unknown): TrustedDocuments {
    const manifest = manifestSchema.parse(json);
    const byHash = new Map<string, string>();
    for (const [id, text] of Object.entries(manifest)) {
      const hash = id.slice('sha256:'.length);
      // A hand-edited or stale manifest would make ids that clients computed fail, or run text nobody reviewed.
      if (sha256Hex(text) !== hash) throw new Error(`Trusted document ${id} does not hash to its id; run npm run codegen`);
      byHash.set(hash, text);
    }
    return new TrustedDocuments(byHash);
  }

  static load(url: URL = MANIFEST_URL): TrustedDocuments {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(url, 'utf8'));
    } catch (error) {
      throw new Error(`Cannot read the trusted documents manifest ${url.pathname} (npm run codegen writes it)`, { cause: error });
    }
    return TrustedDocuments.fromManifest(json);
  }

  /** These documents and those of `other` (the tests trust their own manifest besides the product's). */
  with(other: TrustedDocuments): TrustedDocuments {
    return new TrustedDocuments(new Map([...this.byHash, ...other.byHash]));
  }

  get size(): number {
    return this.byHash.size;
  }

  /** The text of a document by the hex of its sha256. */
  byHashHex(hash: string): string | undefined {
    return this.byHash.get(hash);
  }

  /** Whether this exact text is a trusted document. */
  containsText(text: string): boolean {
    return this.byHash.get(sha256Hex(text)) === text;
  }
}
