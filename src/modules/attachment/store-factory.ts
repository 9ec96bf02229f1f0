import { LocalDiskStore, type AttachmentStore } from './store.js';

// Apart from store.ts so that the S3 store, which builds on store.ts, is not imported back by it.

export interface StoreConfig {
  ATTACHMENTS_STORE: 'local' | 's3';
  ATTACHMENTS_DIR: string;
  S3_BUCKET?: string;
  S3_ENDPOINT?: string;
  S3_REGION: string;
  S3_ACCESS_KEY_ID?: string;
  S3_SECRET_ACCESS_KEY?: string;
  S3_FORCE_PATH_STYLE: 'true' | 'false';
}

/** The configured store. The S3 client is loaded only when it is configured. */
export async function createAttachmentStore(config: StoreConfig): Promise<AttachmentStore> {
  if (config.ATTACHMENTS_STORE === 'local') return new LocalDiskStore(config.ATTACHMENTS_DIR);
  const { S3Store } = await import('./s3-store.js');
  return new S3Store({
    bucket: config.S3_BUCKET!,
    region: config.S3_REGION,
    endpoint: config.S3_ENDPOINT,
    forcePathStyle: config.S3_FORCE_PATH_STYLE === 'true',
    credentials:
      config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY }
        : undefined,
  });
}
