#!/usr/bin/env node
'use strict';
/**
 * Writes a tiny sentence-embedding model with seeded random weights, in the Hugging Face /
 * transformers.js folder layout, so the real model-loading code can be tested offline.
 *
 *   node scripts/make-test-model.js [modelsDir] [modelId]   (defaults: MODEL_DIR or .models, kobling/tiny-test-model)
 *
 * Writes <modelsDir>/<modelId>/: config.json, tokenizer.json, tokenizer_config.json,
 * special_tokens_map.json, onnx/model.onnx and an identical onnx/model_quantized.onnx
 * (transformers.js loads the `_quantized` file unless `quantized: false` is passed).
 *
 * The graph is BERT-shaped but has no attention:
 *   tanh((word_emb[input_ids] + type_emb[token_type_ids] + pos_emb[0..seq)) @ W + b) * attention_mask
 * so mean pooling over the attention mask gives the same vector for a text whether it is padded
 * in a batch or not. Same bytes on every run; overwrites what is there.
 */
const fs = require('node:fs');
const path = require('node:path');
const { onnx } = require('onnx-proto');

const HIDDEN = 32;
const MAX_POSITIONS = 128;
const TYPE_VOCAB = 2;
const SEED = 0x6b6f626c; // "kobl"

const SPECIAL_TOKENS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'];

const CHARACTERS = [
  ...'abcdefghijklmnopqrstuvwxyz',
  'æ', 'ø', 'å', 'é', 'è', 'ä', 'ö', 'ü',
  ...'0123456789',
  ...'.,!?-\'"():;/&+%@#*=_',
];

// Whole words and subwords; they only need to make tokenisation realistic, not meaningful.
const WORDS = `
query passage
i og er på til av for med som en et ei den det de at å ikke har kan vil skal fra om
jeg du han hun vi dere meg deg oss seg sin sitt sine min mitt mine din ditt dine vår hans hennes
år dag uke måned tid norsk norge engelsk språk kurs skole arbeid jobb jobber jobbe stilling
praksis praksisplass praksisplasser mentor mentorer kandidat kandidater hurtigspor kobling
sveis sveiser sveisere sveising sveise sveiset verft verftet skip båt mekaniker mekanisk
regnskap regnskapsfører økonomi kontor kontorarbeid administrasjon
sykepleier sykepleiere sykehus sykehjem helse helsefagarbeider omsorg pleie lege
barnehage barnehagen barnehagelærer lærer lærere undervisning elev elever skole
buss sjåfør sjåfører bussjåfør lastebil førerkort transport taxi
fisk fiske fisker fiskeri oppdrett laks sjømat havbruk
bygg bygging snekker tømrer elektriker rørlegger maler murer anlegg
butikk salg selger kasse kunde kunder service renhold renholder kokk kjøkken restaurant servitør
lager lagerarbeider logistikk truck produksjon fabrikk industri operatør
data it utvikler programmerer ingeniør teknisk tekniker
erfaring utdanning fagbrev sertifikat sertifisering kompetanse godkjenning
bergen oslo trondheim stavanger kristiansand tromsø drammen
nav kommune bedrift arbeidsgiver arbeidstaker leder veileder
work job jobs welder welding welders nurse nursing teacher teaching kindergarten
driver drivers bus truck fish fishing shipyard accounting accountant office
health care hospital kitchen cook cleaning sales shop warehouse factory
engineer developer experience education certificate language course
the a an and or of to in on for with is are be was from by at as this that
ja nei god godt bra ny nytt nye stor stort store liten lite små
`;

const SUBWORDS = [
  'er', 'ere', 'erne', 'en', 'et', 'ene', 'ing', 'inger', 'ingen', 'ar', 'ane', 'a', 'e', 't', 's', 'r', 'n',
  'lig', 'lige', 'het', 'heten', 'sjon', 'sjonen', 'ist', 'isten', 'or', 'ør', 'ørt', 'ert', 'ede', 'te',
  'ed', 'ly', 'tion', 'ment', 'ness', 'ers', 'ings', 'es', 'fag', 'plass', 'arbeid', 'fører', 'lærer',
  'hage', 'sted', 'leder', 'skap', 'vei', 'kurs', 'dag', 'tid', 'hus', 'verk', 'bil', 'tak', 'ning',
];

function buildVocab() {
  const vocab = new Map();
  const add = (token) => {
    if (!vocab.has(token)) vocab.set(token, vocab.size);
  };
  SPECIAL_TOKENS.forEach(add);
  CHARACTERS.forEach(add);
  CHARACTERS.forEach((c) => add(`##${c}`));
  WORDS.split(/\s+/).filter(Boolean).forEach(add);
  SUBWORDS.forEach((s) => add(`##${s}`));
  return vocab;
}

/** mulberry32: small, fast, seeded; the same sequence on every platform. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomFloats(random, count, scale) {
  const values = new Float32Array(count);
  for (let i = 0; i < count; i++) values[i] = (random() * 2 - 1) * scale;
  return values;
}

/** Little-endian raw bytes, as ONNX expects, whatever the host byte order. */
function floatTensor(name, dims, values) {
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  values.forEach((v, i) => view.setFloat32(i * 4, v, true));
  return { name, dims, dataType: onnx.TensorProto.DataType.FLOAT, rawData: bytes };
}

function int64Tensor(name, dims, values) {
  return { name, dims, dataType: onnx.TensorProto.DataType.INT64, int64Data: values };
}

function valueInfo(name, elemType, shape) {
  return {
    name,
    type: {
      tensorType: {
        elemType,
        shape: { dim: shape.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d })) },
      },
    },
  };
}

function node(opType, input, output, attribute = []) {
  return { opType, input, output, name: `${opType}_${output[0]}`, attribute };
}

function intAttribute(name, value) {
  return { name, type: onnx.AttributeProto.AttributeType.INT, i: value };
}

function buildOnnx(vocabSize) {
  const random = mulberry32(SEED);
  // Embeddings ~ U(-1, 1); the sum of three has variance ~1, so W ~ U(-a, a) with a = sqrt(3 / HIDDEN)
  // keeps the pre-tanh values near unit variance: outputs spread over (-1, 1) without saturating.
  const wordEmbeddings = randomFloats(random, vocabSize * HIDDEN, 1);
  const typeEmbeddings = randomFloats(random, TYPE_VOCAB * HIDDEN, 0.5);
  const positionEmbeddings = randomFloats(random, MAX_POSITIONS * HIDDEN, 0.5);
  const weight = randomFloats(random, HIDDEN * HIDDEN, Math.sqrt(3 / HIDDEN));
  const bias = randomFloats(random, HIDDEN, 0.1);

  const { FLOAT, INT64 } = onnx.TensorProto.DataType;
  const batchBySequence = ['batch_size', 'sequence_length'];

  const graph = {
    name: 'tiny_test_bert',
    input: [
      valueInfo('input_ids', INT64, batchBySequence),
      valueInfo('attention_mask', INT64, batchBySequence),
      valueInfo('token_type_ids', INT64, batchBySequence),
    ],
    output: [valueInfo('last_hidden_state', FLOAT, ['batch_size', 'sequence_length', HIDDEN])],
    initializer: [
      floatTensor('embeddings.word_embeddings.weight', [vocabSize, HIDDEN], wordEmbeddings),
      floatTensor('embeddings.token_type_embeddings.weight', [TYPE_VOCAB, HIDDEN], typeEmbeddings),
      floatTensor('embeddings.position_embeddings.weight', [MAX_POSITIONS, HIDDEN], positionEmbeddings),
      floatTensor('dense.weight', [HIDDEN, HIDDEN], weight),
      floatTensor('dense.bias', [HIDDEN], bias),
      int64Tensor('const_zero', [], [0]),
      int64Tensor('const_one', [], [1]),
      int64Tensor('const_last_axis', [1], [-1]),
    ],
    node: [
      node('Gather', ['embeddings.word_embeddings.weight', 'input_ids'], ['word_embeds'], [intAttribute('axis', 0)]),
      node('Gather', ['embeddings.token_type_embeddings.weight', 'token_type_ids'], ['type_embeds'], [intAttribute('axis', 0)]),
      node('Shape', ['input_ids'], ['input_shape']),
      node('Gather', ['input_shape', 'const_one'], ['seq_len'], [intAttribute('axis', 0)]),
      node('Range', ['const_zero', 'seq_len', 'const_one'], ['position_ids']),
      node('Gather', ['embeddings.position_embeddings.weight', 'position_ids'], ['position_embeds'], [intAttribute('axis', 0)]),
      node('Add', ['word_embeds', 'type_embeds'], ['embeds_1']),
      node('Add', ['embeds_1', 'position_embeds'], ['embeds']),
      node('MatMul', ['embeds', 'dense.weight'], ['projected']),
      node('Add', ['projected', 'dense.bias'], ['biased']),
      node('Tanh', ['biased'], ['activated']),
      node('Cast', ['attention_mask'], ['mask_float'], [intAttribute('to', FLOAT)]),
      node('Unsqueeze', ['mask_float', 'const_last_axis'], ['mask_3d']),
      node('Mul', ['activated', 'mask_3d'], ['last_hidden_state']),
    ],
  };

  const model = onnx.ModelProto.fromObject({
    irVersion: 8,
    opsetImport: [{ domain: '', version: 13 }],
    producerName: 'kobling-make-test-model',
    producerVersion: '1',
    graph,
  });
  return onnx.ModelProto.encode(model).finish();
}

/** JSON with the vocabulary in id order (a plain object would put "0".."9" first). */
function tokenizerJson(vocab) {
  const specialIds = (token) => ({ id: token, ids: [vocab.get(token)], tokens: [token] });
  const tokenizer = {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIAL_TOKENS.map((content) => ({
      id: vocab.get(content),
      content,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special: true,
    })),
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: false, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
      ],
      pair: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
        { Sequence: { id: 'B', type_id: 1 } },
        { SpecialToken: { id: '[SEP]', type_id: 1 } },
      ],
      special_tokens: { '[CLS]': specialIds('[CLS]'), '[SEP]': specialIds('[SEP]') },
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab: '__VOCAB__',
    },
  };
  const entries = [...vocab].map(([token, id]) => `      ${JSON.stringify(token)}: ${id}`).join(',\n');
  return JSON.stringify(tokenizer, null, 2).replace('"__VOCAB__"', `{\n${entries}\n    }`) + '\n';
}

function main() {
  // `npm run model:test` passes no folder: write where the service looks, as model:download does.
  const [modelsDir = process.env.MODEL_DIR || '.models', modelId = 'kobling/tiny-test-model'] = process.argv.slice(2);
  const folder = path.resolve(modelsDir, modelId);
  fs.mkdirSync(path.join(folder, 'onnx'), { recursive: true });
  const writeJson = (name, value) => fs.writeFileSync(path.join(folder, name), JSON.stringify(value, null, 2) + '\n');

  const vocab = buildVocab();
  writeJson('config.json', {
    _name_or_path: modelId,
    architectures: ['BertModel'],
    model_type: 'bert',
    hidden_size: HIDDEN,
    num_hidden_layers: 1,
    num_attention_heads: 2,
    intermediate_size: HIDDEN * 2,
    hidden_act: 'gelu',
    hidden_dropout_prob: 0,
    attention_probs_dropout_prob: 0,
    max_position_embeddings: MAX_POSITIONS,
    type_vocab_size: TYPE_VOCAB,
    initializer_range: 0.02,
    layer_norm_eps: 1e-12,
    pad_token_id: vocab.get('[PAD]'),
    position_embedding_type: 'absolute',
    vocab_size: vocab.size,
    torch_dtype: 'float32',
    transformers_version: '4.40.0',
  });
  fs.writeFileSync(path.join(folder, 'tokenizer.json'), tokenizerJson(vocab));
  writeJson('tokenizer_config.json', {
    tokenizer_class: 'BertTokenizer',
    do_lower_case: true,
    strip_accents: false,
    tokenize_chinese_chars: true,
    model_max_length: MAX_POSITIONS,
    clean_up_tokenization_spaces: true,
    cls_token: '[CLS]',
    sep_token: '[SEP]',
    pad_token: '[PAD]',
    unk_token: '[UNK]',
    mask_token: '[MASK]',
  });
  writeJson('special_tokens_map.json', {
    cls_token: '[CLS]',
    sep_token: '[SEP]',
    pad_token: '[PAD]',
    unk_token: '[UNK]',
    mask_token: '[MASK]',
  });
  const modelBytes = buildOnnx(vocab.size);
  fs.writeFileSync(path.join(folder, 'onnx', 'model.onnx'), modelBytes);
  fs.writeFileSync(path.join(folder, 'onnx', 'model_quantized.onnx'), modelBytes);

  console.log(`Wrote test model ${modelId} (vocab ${vocab.size}, ${HIDDEN} dimensions, seeded random weights) to ${folder}`);
}

main();
