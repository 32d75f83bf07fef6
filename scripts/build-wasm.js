'use strict';
/**
 * Assembles src/scoring/dot.wat into src/scoring/dot-wasm.ts (the bytes as base64), so the
 * service needs no assembler at run time. `node scripts/build-wasm.js --check` fails when the
 * committed bytes are not what the source assembles to.
 */
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const source = join(__dirname, '..', 'src', 'scoring', 'dot.wat');
const target = join(__dirname, '..', 'src', 'scoring', 'dot-wasm.ts');

async function assemble() {
  const wabt = await require('wabt')();
  const module = wabt.parseWat('dot.wat', readFileSync(source, 'utf8'), { simd: true });
  module.validate();
  const base64 = Buffer.from(module.toBinary({}).buffer).toString('base64');
  return `/** src/scoring/dot.wat assembled by scripts/build-wasm.js: do not edit. */\nexport const DOT_WASM = '${base64}';\n`;
}

module.exports = { assemble };

if (require.main === module) {
  void assemble().then((text) => {
    if (process.argv.includes('--check')) {
      if (readFileSync(target, 'utf8') !== text) {
        console.error('src/scoring/dot-wasm.ts is not what dot.wat assembles to: run node scripts/build-wasm.js');
        process.exit(1);
      }
    } else writeFileSync(target, text);
  });
}
