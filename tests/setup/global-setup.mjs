// Jest loads global setup outside its transform; tsx loads the TypeScript (and its .js imports).
import { tsImport } from 'tsx/esm/api';

export default async function globalSetup() {
  const { startTestDatabase } = await tsImport('./start-database.ts', import.meta.url);
  await startTestDatabase();
}
