import { createHash } from 'node:crypto';
import type { OperationSet } from '../role-fixtures.js';

/** One transparent pixel, as a PNG. */
export const PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

export const logoUploadInput = (bytes: Buffer = PIXEL_PNG, contentType = 'image/png') => ({
  contentType,
  sizeBytes: bytes.length,
  checksumSha256: createHash('sha256').update(bytes).digest('hex'),
});

/** Role-matrix operations of the image module: one minimal, valid call per root field. */
export const operations: OperationSet = {
  Query: {},
  Mutation: {
    createOrganizationLogoUpload: {
      query: 'mutation ($input: CreateImageUploadInput!) { createOrganizationLogoUpload(input: $input) { attachment { id } uploadUrl } }',
      variables: async () => ({ input: logoUploadInput() }),
    },
    createAvatarUpload: {
      query: 'mutation ($input: CreateImageUploadInput!) { createAvatarUpload(input: $input) { attachment { id } uploadUrl } }',
      variables: async () => ({ input: logoUploadInput() }),
    },
    // Clearing is the minimal valid call: setting needs uploaded bytes (tests/graphql/image covers it).
    setOrganizationLogo: {
      query: 'mutation ($input: SetOrganizationLogoInput!) { setOrganizationLogo(input: $input) { organization { id logoUrl } } }',
      variables: async () => ({ input: { imageId: null } }),
    },
  },
};
