import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { ObjectNotFoundError, assertStorageKey, type AttachmentStore, type SignedRequest, type StoredObject } from './store.js';

export interface S3StoreOptions {
  bucket: string;
  region: string;
  /** An S3-compatible service's URL (MinIO, R2, Ceph, …); unset for AWS. */
  endpoint?: string;
  /** Bucket in the path (http://host/bucket/key) rather than the host name; most non-AWS services need it. */
  forcePathStyle?: boolean;
  /** Unset: the AWS default credential chain. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

const hexToBase64 = (hex: string) => Buffer.from(hex, 'hex').toString('base64');
const base64ToHex = (base64: string) => Buffer.from(base64, 'base64').toString('hex');

/**
 * An S3 bucket (or an S3-compatible service). Clients move the bytes themselves with presigned
 * URLs. The upload URL signs the content type, the length and the SHA-256 (x-amz-checksum-sha256,
 * kept as a header the client must send), so S3 itself refuses a body that is not the declared
 * file; the download URL makes S3 answer with the declared type and an attachment disposition.
 */
export class S3Store implements AttachmentStore {
  readonly kind = 's3';
  readonly client: S3Client;
  private readonly bucket: string;

  constructor(options: S3StoreOptions) {
    this.bucket = options.bucket;
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle ?? false,
      credentials: options.credentials,
      // Only the checksum we give: automatic CRC32 checksums would add headers a presigned URL's
      // client cannot know to send.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(key: string, body: Readable, object: StoredObject): Promise<void> {
    assertStorageKey(key);
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: body,
        ContentType: object.contentType,
        ContentLength: object.sizeBytes,
        ChecksumSHA256: hexToBase64(object.checksumSha256),
      }),
    );
  }

  async get(key: string): Promise<Readable> {
    assertStorageKey(key);
    try {
      const output = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      return output.Body as Readable;
    } catch (error) {
      if (error instanceof NoSuchKey || error instanceof NotFound) throw new ObjectNotFoundError(key);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertStorageKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async head(key: string): Promise<{ sizeBytes: number; checksumSha256?: string } | null> {
    assertStorageKey(key);
    try {
      const output = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key, ChecksumMode: 'ENABLED' }));
      return {
        sizeBytes: output.ContentLength ?? 0,
        ...(output.ChecksumSHA256 && !output.ChecksumSHA256.includes('-') ? { checksumSha256: base64ToHex(output.ChecksumSHA256) } : {}),
      };
    } catch (error) {
      if (
        error instanceof NotFound ||
        error instanceof NoSuchKey ||
        (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404
      ) {
        return null;
      }
      throw error;
    }
  }

  async presignPut(key: string, object: StoredObject, expiresInSeconds: number): Promise<SignedRequest> {
    assertStorageKey(key);
    const checksum = hexToBase64(object.checksumSha256);
    const url = await getSignedUrl(
      this.client,
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        ContentType: object.contentType,
        ContentLength: object.sizeBytes,
        ChecksumSHA256: checksum,
      }),
      {
        expiresIn: expiresInSeconds,
        // The presigner leaves content-type unsigned by default; signing it (and the length)
        // makes S3 refuse any other type or size.
        signableHeaders: new Set(['content-type', 'content-length']),
        // Kept as a header (not hoisted into the query), so S3 verifies the body against it.
        unhoistableHeaders: new Set(['x-amz-checksum-sha256']),
      },
    );
    return { url, headers: { 'Content-Type': object.contentType, 'x-amz-checksum-sha256': checksum } };
  }

  async presignGet(key: string, download: { contentType: string; contentDisposition: string }, expiresInSeconds: number): Promise<string> {
    assertStorageKey(key);
    return getSignedUrl(
      this.client,
      new GetObjectCommand({
        Bucket: this.bucket,
        Key: key,
        ResponseContentType: download.contentType,
        ResponseContentDisposition: download.contentDisposition,
        ResponseCacheControl: 'private, no-store',
      }),
      { expiresIn: expiresInSeconds },
    );
  }
}
