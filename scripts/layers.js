/**
 * The layer order of src/ (docs/architecture.md): each folder imports only its own layer or the
 * layers below. Read by eslint.config.mjs (the rule) and run as a script to count the import
 * arrows that run up the layers: `node scripts/layers.js [--list]`.
 */
const LAYERS = [
  { name: 'common', folders: ['common', 'config'] },
  { name: 'scoring', folders: ['scoring'] },
  {
    name: 'infrastructure',
    folders: ['database', 'embeddings', 'outbox', 'audit', 'reference-data', 'taxonomy', 'secrets', 'http', 'mail'],
  },
  {
    name: 'records',
    folders: [
      'organisations', 'auth', 'accounts', 'candidates', 'mentors', 'openings', 'outcomes',
      'weight-profiles', 'rankings', 'mentorships', 'competence',
    ],
  },
  {
    name: 'use cases',
    folders: ['matching', 'mentor-assignments', 'hurtigspor', 'weight-tuning', 'candidate-import', 'webhooks'],
  },
  // The shell: files at the top of src/ (app.module, app.factory, main) and these folders.
  { name: 'shell', folders: ['demo', 'health', 'openapi', 'console', '.'] },
];

/** The layer index of a folder under src/ ('.' for files directly in src/), or undefined. */
function layerOf(folder) {
  const index = LAYERS.findIndex((layer) => layer.folders.includes(folder));
  return index < 0 ? undefined : index;
}

module.exports = { LAYERS, layerOf };

if (require.main === module) {
  const fs = require('node:fs');
  const path = require('node:path');
  const src = path.join(__dirname, '..', 'src');
  const folderOf = (file) => {
    const rel = path.relative(src, file).split(path.sep);
    return rel.length === 1 ? '.' : rel[0];
  };
  const files = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.ts$/.test(entry.name) && !/\.d\.ts$/.test(entry.name)) files.push(full);
    }
  };
  walk(src);
  let arrows = 0;
  const up = [];
  const unknown = new Set();
  for (const file of files) {
    const from = folderOf(file);
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(/(?:from|import|require\()\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = path.resolve(path.dirname(file), match[1]);
      if (!target.startsWith(src + path.sep)) continue;
      const to = folderOf(target);
      if (to === from) continue;
      arrows += 1;
      const [a, b] = [layerOf(from), layerOf(to)];
      if (a === undefined) unknown.add(from);
      if (b === undefined) unknown.add(to);
      if (a !== undefined && b !== undefined && b > a) up.push(`${path.relative(src, file)} -> ${path.relative(src, target)}`);
    }
  }
  if (process.argv.includes('--list')) for (const line of up) console.log(line);
  const pairs = new Set(up.map((line) => line.split(' -> ').map((end) => end.split('/')[0]).join(' -> ')));
  console.log(`${up.length} of ${arrows} import arrows between folders run up the layers (${pairs.size} folder pairs)`);
  if (unknown.size > 0) console.log(`folders in no layer: ${[...unknown].join(', ')}`);
}
