/**
 * One owner per table (docs/architecture.md, rule 1): a table is named in SQL, or reached through
 * its entity's TypeORM repository, only by the repository files of the folder that owns it; the
 * others call that repository's intent-named methods. Services and controllers run no SQL at all.
 * Run by `npm run lint`; `node scripts/table-owners.js` prints each place that breaks the rule.
 */
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

/** Owning folder under src/ of every table the migrations create. */
const OWNERS = {
  accounts: ['users', 'sessions', 'account_links', 'login_attempts', 'oidc_logins'],
  auth: ['api_keys'],
  secrets: ['app_secrets'],
  database: ['record_changes'],
  audit: ['audit_log'],
  candidates: ['candidates', 'candidate_consents', 'candidate_shares'],
  competence: ['competence_mappings'],
  // The retrieval index: the vectors, and candidate_groups, which a trigger keeps for the first stage.
  embeddings: ['candidate_embeddings', 'mentor_embeddings', 'opening_embeddings', 'candidate_groups'],
  'reference-data': ['occupations', 'esco_occupations', 'esco_occupation_skills', 'municipalities', 'reference_imports'],
  taxonomy: ['skills', 'skill_synonyms', 'occupation_titles', 'labour_demand'],
  hurtigspor: ['hurtigspor_cases', 'hurtigspor_case_transitions', 'hurtigspor_needs', 'hurtigspor_idempotency_keys'],
  'mentor-assignments': ['mentor_assignments'],
  mentors: ['mentors'],
  mentorships: ['mentorships', 'mentorship_answer_links'],
  openings: ['openings'],
  organisations: ['organisations'],
  outbox: ['outbox_events'],
  outcomes: ['outcomes'],
  rankings: ['rankings'],
  mail: ['stored_mail'],
  webhooks: ['webhooks', 'webhook_deliveries'],
  'weight-profiles': ['weight_profiles'],
};

/**
 * Files other than `*.repository.ts` that are their folder's data access: a writer that shares
 * its caller's transaction, the outbox, and the SQL fragments (`*-sql.ts`, candidate-access.ts)
 * an owner hands to other folders' queries, so a count or a filter stays one statement.
 */
const DATA_ACCESS_FILES = [
  'src/audit/audited-writer.ts',
  'src/candidates/candidate-access.ts',
  'src/candidates/consent-history.ts',
  'src/outbox/outbox.ts',
  'src/mail/mail.repository.ts',
];

/**
 * Places allowed to name another folder's table, each with why. Kept short: a new one is a
 * decision to write down here, not a lint to silence.
 */
const EXCEPTIONS = [
  {
    file: 'src/embeddings/embeddings.repository.ts',
    tables: ['candidates', 'mentors', 'openings'],
    why: 'the vector search joins the record it filters on; the filters themselves come from the records owners (SourceFilter)',
  },
  {
    file: 'src/embeddings/retrieval.repository.ts',
    tables: ['candidates'],
    why: 'the occupation-group lookup joins the candidate it filters on, as the vector search does',
  },
  {
    file: 'src/webhooks/webhooks.repository.ts',
    tables: ['outbox_events'],
    why: 'webhooks deliver the outbox: a delivery is claimed with its event in one statement (FOR UPDATE SKIP LOCKED), and its history shows the event type',
  },
  {
    file: 'src/outcomes/outcomes.repository.ts',
    tables: ['hurtigspor_cases'],
    why: 'whether a case revealed a candidate to an employer, for its reports; hurtigspor sits above outcomes (its steps record outcomes), so it cannot be asked',
  },
];

const ownerOf = new Map(Object.entries(OWNERS).flatMap(([folder, tables]) => tables.map((t) => [t, folder])));
const SQL_NAME = /\b(?:FROM|JOIN|INTO|UPDATE|TABLE|EXISTS)\s+"?([a-z_]+)"?/g;
const ROOT = path.join(__dirname, '..');

function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.ts$/.test(entry.name) && !/\.(spec|d)\.ts$/.test(entry.name) ? [full] : [];
  });
}

/** The text of every string and template literal, substitutions left out. */
function literals(source) {
  const out = [];
  const visit = (node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) out.push({ node, text: node.text });
    else if (ts.isTemplateExpression(node)) out.push({ node, text: [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ${} ') });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** Entity classes by table: `@Entity('table') export class Name`. */
function entityTables(files) {
  const byClass = new Map();
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/@Entity\(\s*'([a-z_]+)'\s*\)\s*export class (\w+)/g)) byClass.set(m[2], m[1]);
  }
  return byClass;
}

/** Uses of an entity's repository: getRepository(X), @InjectRepository(X), manager.find(X, …). */
function entityUses(source, entities) {
  const out = [];
  const visit = (node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
      const viaManager = ts.isPropertyAccessExpression(callee) && /^(find|findOne|findBy|findOneBy|findOneOrFail|save|insert|update|upsert|delete|remove|count|countBy|exists|existsBy|increment|decrement|create|createQueryBuilder|getRepository|query)$/.test(name);
      if (name === 'getRepository' || name === 'InjectRepository' || viaManager) {
        const first = node.arguments[0];
        if (first && ts.isIdentifier(first) && entities.has(first.text)) out.push({ node, table: entities.get(first.text) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

function check() {
  const files = sourceFiles(path.join(ROOT, 'src'));
  const entities = entityTables(files);
  const problems = [];
  for (const file of files) {
    const rel = path.relative(ROOT, file).split(path.sep).join('/');
    const folder = rel.split('/')[1];
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const isDataAccess = /(\.repository|-sql)\.ts$/.test(rel) || DATA_ACCESS_FILES.includes(rel);
    const line = (node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    const named = [
      ...literals(source).flatMap(({ node, text }) => [...text.matchAll(SQL_NAME)].map((m) => ({ node, table: m[1] }))),
      ...entityUses(source, entities),
    ].filter(({ table }) => ownerOf.has(table));
    for (const { node, table } of named) {
      const owner = ownerOf.get(table);
      const excepted = EXCEPTIONS.some((e) => e.file === rel && e.tables.includes(table));
      if (owner !== folder && !excepted) problems.push(`${rel}:${line(node)} names ${table}, which ${owner}/ owns`);
      else if (!isDataAccess) problems.push(`${rel}:${line(node)} names ${table} outside a repository`);
    }
  }
  return problems;
}

module.exports = { OWNERS, check };

if (require.main === module) {
  const problems = check();
  for (const p of problems) console.log(p);
  if (problems.length > 0) {
    console.log(`\n${problems.length} place(s) name a table outside its owner's repository (scripts/table-owners.js, docs/architecture.md rule 1).`);
    process.exit(1);
  }
  console.log('Every table is named only by its owner\'s repository.');
}
