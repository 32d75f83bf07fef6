/**
 * npm run bench -- <embeddings | matching | taxonomy | import>...
 * Prints the figures the issues ask for. Timings are of this machine at this moment: compare
 * within one run (each bench measures its baselines in the same run).
 */
import 'reflect-metadata';
import { embeddingsBench } from './embeddings';
import { importBench } from './import';
import { matchingBench } from './matching';
import { taxonomyBench } from './taxonomy';

const BENCHES: Record<string, () => Promise<void>> = {
  embeddings: embeddingsBench,
  matching: matchingBench,
  taxonomy: taxonomyBench,
  import: importBench,
};

async function main(): Promise<void> {
  const names = process.argv.slice(2);
  const unknown = names.filter((n) => !BENCHES[n]);
  if (unknown.length > 0) throw new Error(`Unknown bench ${unknown.join(', ')}; choose from: ${Object.keys(BENCHES).join(', ')}`);
  for (const name of names.length > 0 ? names : Object.keys(BENCHES)) await BENCHES[name]();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
