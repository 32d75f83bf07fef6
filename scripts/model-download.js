#!/usr/bin/env node
'use strict';
/**
 * npm run model:download -- <model id>   e.g. Xenova/multilingual-e5-small
 * Fetches a transformers.js model (config, tokenizer, ONNX weights) from the Hugging Face hub
 * into MODEL_DIR (default .models), where the service finds it at the next start. Needs
 * internet; the service itself never downloads unless EMBEDDING_ALLOW_DOWNLOAD=true.
 * After a model with another dimension: `npm run embeddings:backfill -- --resize`.
 */
const { join, resolve } = require('node:path');
const { existsSync } = require('node:fs');

async function main() {
  const modelId = process.argv[2];
  if (!modelId) {
    console.error('Usage: npm run model:download -- <model id>   (e.g. Xenova/multilingual-e5-small)');
    process.exit(2);
  }
  const modelDir = resolve(process.env.MODEL_DIR || '.models');
  const { pipeline, env } = await import('@xenova/transformers');
  env.allowRemoteModels = true;
  env.allowLocalModels = true;
  env.localModelPath = modelDir;
  env.cacheDir = modelDir; // downloads land as <MODEL_DIR>/<model id>/..., the layout the service loads
  console.log(`Downloading ${modelId} into ${modelDir} ...`);
  const extractor = await pipeline('feature-extraction', modelId, { quantized: true });
  const output = await extractor(['query: test'], { pooling: 'mean', normalize: true });
  if (!existsSync(join(modelDir, modelId, 'config.json'))) throw new Error(`Expected ${join(modelDir, modelId, 'config.json')} after the download`);
  console.log(`${modelId} is ready (${output.dims.at(-1)} dimensions). Set EMBEDDING_MODEL=${modelId} if it is not the default, and restart.`);
}

main().catch((error) => {
  console.error(`Download failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
