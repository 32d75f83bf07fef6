import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TEST_MODEL_ID = 'kobling/tiny-test-model';

/** Makes the tiny test model (real file layout, random weights) in a fresh folder; returns MODEL_DIR. */
export function makeTestModel(): string {
  const modelDir = mkdtempSync(join(tmpdir(), 'kobling-models-'));
  execFileSync(process.execPath, [join(__dirname, '../../scripts/make-test-model.js'), modelDir, TEST_MODEL_ID]);
  return modelDir;
}
