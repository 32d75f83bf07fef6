/**
 * npm run embeddings:backfill [-- --resize] [--batch N]
 * Re-embeds every record whose vectors are missing or were made by another model, in batches
 * that each commit (so it resumes where a killed run stopped), with a progress bar.
 * --resize first rebuilds the vector storage at the active model's dimension.
 * On a real server (DATABASE_URL) the API keeps answering meanwhile; the embedded database
 * belongs to one process, so stop `npm start` first.
 */
import 'reflect-metadata';
import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/config/app-config';
import { EmbeddingBackfill, BackfillProgress } from '../src/embeddings/embedding-backfill';
import { EmbeddingProvider } from '../src/embeddings/embedding-provider';
import { EmbeddingsRepository } from '../src/embeddings/embeddings.repository';
import { EmbeddingsService } from '../src/embeddings/embeddings.service';

const duration = (ms: number) => (ms < 60_000 ? `${Math.round(ms / 1000)}s` : `${Math.floor(ms / 60_000)}m${Math.round((ms % 60_000) / 1000)}s`);

/** "[#####.....] 1200/5000  24% 830/s ETA 5s", redrawn in place on a terminal, a line per 10 % otherwise. */
export function progressLine(p: BackfillProgress, width = 30): string {
  const fraction = p.total === 0 ? 1 : p.done / p.total;
  const filled = Math.round(fraction * width);
  const rate = p.elapsedMs > 0 ? (p.done / p.elapsedMs) * 1000 : 0;
  const eta = rate > 0 ? duration(((p.total - p.done) / rate) * 1000) : '?';
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${p.done}/${p.total} ${String(Math.round(fraction * 100)).padStart(3)}% ${rate.toFixed(0)}/s ETA ${eta}`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const resize = args.includes('--resize');
  const batchArg = args.indexOf('--batch');
  const batch = batchArg >= 0 ? Number(args[batchArg + 1]) : 64;
  if (!Number.isInteger(batch) || batch < 1 || batch > 1000) throw new Error('--batch must be an integer in 1..1000');

  const running = await createApp({ ...loadConfig(), demoData: false }, { task: true });
  try {
    const provider = running.app.get(EmbeddingProvider);
    console.log(provider.description);
    const repository = running.app.get(EmbeddingsRepository);
    const stored = await repository.storedDimension();
    if (stored !== provider.info.dimension) {
      if (!resize) {
        await running.app.get(EmbeddingsService).assertDimensionFits();
      }
      console.log(`Rebuilding the vector storage: ${stored} → ${provider.info.dimension} dimensions`);
      await repository.resize(provider.info.dimension);
    }
    const tty = process.stderr.isTTY;
    let lastTenth = -1;
    const result = await running.app.get(EmbeddingBackfill).run(batch, (p) => {
      if (tty) {
        process.stderr.write(`\r${progressLine(p)}`);
        return;
      }
      const tenth = p.total === 0 ? 10 : Math.floor((p.done / p.total) * 10);
      if (tenth !== lastTenth) {
        lastTenth = tenth;
        process.stderr.write(`${progressLine(p)}\n`);
      }
    });
    if (tty) process.stderr.write('\n');
    console.log(`Backfill done: ${result.done} records, ${result.inferences} texts embedded with ${provider.info.model} in ${duration(result.elapsedMs)}`);
  } finally {
    await running.close();
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
