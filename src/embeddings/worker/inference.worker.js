'use strict';
/**
 * The inference worker: the only code that touches a model. It runs off the service's event
 * loop, because ONNX inference (and hashing a large batch) would otherwise block it: in a child
 * process rather than a worker thread, since onnxruntime-node's native binding registers once
 * per process and a second thread cannot load it ("Module did not self-register").
 * Plain JavaScript: Jest does not transform it, and @xenova/transformers is ESM-only, so it is
 * loaded here with a dynamic import.
 *
 * It also holds named nearest-neighbour indexes of texts it embedded (the taxonomy's labels), so
 * a search sends one text and gets back positions, not vectors.
 *
 * Messages in:  {type: 'init', config} then {type: 'embed', id, texts, role: 'query' | 'passage'}
 *               | {type: 'index', id, name, texts} | {type: 'nearest', id, name, text, k}
 * Messages out: {type: 'ready', info: {provider, model, dimension}} | {type: 'result', id, dimension, data}
 *               | {type: 'indexed', id, size} | {type: 'nearest', id, hits: [{index, score}]}
 *               | {type: 'error', id?, message}
 */
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { hashEmbed, HASHING_MODEL_ID } = require('./hashing-embedder');
const { VectorIndex } = require('./vector-index');

const HASHING_DIMENSION = 384;

/** e5 models were trained with these prefixes; without them their vectors are worse. */
function prefixesFor(modelId) {
  return /(^|[/-])e5-/i.test(modelId) ? { query: 'query: ', passage: 'passage: ' } : { query: '', passage: '' };
}

async function transformersEmbedder(config) {
  const modelFolder = join(config.modelDir, config.modelId);
  if (!existsSync(join(modelFolder, 'config.json')) && !config.allowDownload) {
    throw new Error(`No model in ${modelFolder} and EMBEDDING_ALLOW_DOWNLOAD is not true`);
  }
  const { pipeline, env } = await import('@xenova/transformers');
  env.localModelPath = config.modelDir;
  env.allowLocalModels = true;
  env.allowRemoteModels = Boolean(config.allowDownload);
  env.cacheDir = config.modelDir;
  // A quantised export is preferred when the folder has one (smaller, faster on CPU).
  const quantized = existsSync(join(modelFolder, 'onnx', 'model_quantized.onnx'));
  const extractor = await pipeline('feature-extraction', config.modelId, { quantized });
  const prefixes = prefixesFor(config.modelId);
  const embed = async (texts, role) => {
    const output = await extractor(
      texts.map((t) => prefixes[role] + t),
      { pooling: 'mean', normalize: true },
    );
    return { dimension: output.dims[output.dims.length - 1], data: output.data };
  };
  const probe = await embed(['probe'], 'query');
  return { info: { provider: 'transformers', model: config.modelId, dimension: probe.dimension }, embed };
}

function hashingEmbedder() {
  const embed = async (texts) => {
    const data = new Float32Array(texts.length * HASHING_DIMENSION);
    texts.forEach((text, i) => data.set(hashEmbed(text, HASHING_DIMENSION), i * HASHING_DIMENSION));
    return { dimension: HASHING_DIMENSION, data };
  };
  return { info: { provider: 'hashing', model: HASHING_MODEL_ID, dimension: HASHING_DIMENSION }, embed };
}

let embedder;
/** name -> VectorIndex */
const indexes = new Map();
/** Texts embedded at a time while indexing: embed requests from the service get in between. */
const INDEX_CHUNK = 256;

async function buildIndex(texts) {
  const { dimension } = embedder.info;
  const data = new Float32Array(texts.length * dimension);
  for (let start = 0; start < texts.length; start += INDEX_CHUNK) {
    const chunk = await embedder.embed(texts.slice(start, start + INDEX_CHUNK), 'passage');
    data.set(chunk.data, start * dimension);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return new VectorIndex(data, dimension);
}

const handlers = {
  async embed(message) {
    const { dimension, data } = await embedder.embed(message.texts, message.role);
    return { type: 'result', dimension, data: Float32Array.from(data) };
  },
  async index(message) {
    const index = await buildIndex(message.texts);
    indexes.set(message.name, index);
    return { type: 'indexed', size: index.size };
  },
  async nearest(message) {
    const index = indexes.get(message.name);
    if (!index) return { type: 'nearest', hits: [] };
    const { data } = await embedder.embed([message.text], 'query');
    return { type: 'nearest', hits: index.nearest(data, message.k) };
  },
};

// The service is gone: so is its worker.
process.on('disconnect', () => process.exit(0));

process.on('message', async (message) => {
  if (message.type === 'init') {
    try {
      embedder = message.config.provider === 'transformers' ? await transformersEmbedder(message.config) : hashingEmbedder();
      process.send({ type: 'ready', info: embedder.info });
    } catch (error) {
      process.send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
    return;
  }
  const handler = handlers[message.type];
  if (!handler) return;
  try {
    process.send({ ...(await handler(message)), id: message.id });
  } catch (error) {
    process.send({ type: 'error', id: message.id, message: error instanceof Error ? error.message : String(error) });
  }
});
