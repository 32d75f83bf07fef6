/**
 * npm run taxonomy:import [-- --force]
 * Loads the reference data and the taxonomy (skills, synonyms, occupation titles, labour demand)
 * (shipped in data/reference/, or the raw sources at REFERENCE_DATA_DIR) into the database. The service does the same at every start, skipping
 * files it has already loaded; --force reloads them anyway. Admin-added synonyms are kept.
 * On the embedded database, stop `npm start` first: the database belongs to one process.
 */
import 'reflect-metadata';
import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/config/app-config';
import { TaxonomyService } from '../src/taxonomy/taxonomy.service';

async function main(): Promise<void> {
  const force = process.argv.slice(2).includes('--force');
  const config = { ...loadConfig(), demoData: false };
  // Starting the service migrates the database and loads what changed.
  const running = await createApp(config, { task: true });
  try {
    if (force) await running.app.get(TaxonomyService).importAll({ force: true });
    const counts = await running.app.get(TaxonomyService).counts();
    console.log(
      `Taxonomy in the ${running.database} database: ${counts.skills} skills, ${counts.synonyms} synonyms, ` +
        `${counts.titles} occupation titles, ${counts.demand} labour-demand figures (from ${config.referenceData.dir})`,
    );
  } finally {
    await running.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
