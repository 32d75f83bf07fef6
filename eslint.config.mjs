// Cheap strict gates: type-aware rules that catch unawaited promises and non-exhaustive switches.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import layers from './scripts/layers.js';

const { LAYERS } = layers;

/**
 * The layer rule (docs/architecture.md, "Layers"): a folder of src/ imports only its own layer and
 * the ones below. Each exception is one file allowed to reach named folders above it, with why;
 * a new upward import anywhere else fails the lint.
 */
const LAYER_EXCEPTIONS = [];

/** Pure code: scoring, and the state machines, know neither Nest nor TypeORM. */
const PURE_FILES = ['src/scoring/**/*.ts', 'src/hurtigspor/case-states.ts', 'src/mentorships/mentorship-states.ts'];
const FRAMEWORKS = { paths: [{ name: 'typeorm', message: 'Pure code: no TypeORM here.' }], patterns: [{ group: ['@nestjs/*'], message: 'Pure code: no Nest here.' }] };

const escape = (name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Relative imports that leave the folder for one of `folders`. */
const into = (folders, layerName) => ({
  regex: `^(\\.\\./)+(${folders.map(escape).join('|')})(/|$)`,
  message: `Layers only point down: ${layerName} is above this folder (docs/architecture.md).`,
});

function layerRule(folder, { allow = [], pure = false } = {}) {
  const index = LAYERS.findIndex((layer) => layer.folders.includes(folder));
  const above = LAYERS.slice(index + 1)
    .map((layer) => ({ name: layer.name, folders: layer.folders.filter((f) => f !== '.' && !allow.includes(f)) }))
    .filter((layer) => layer.folders.length > 0);
  // Files at the top of src/ are the shell: nothing in a folder may import them.
  const shellFiles = { regex: '^(\\.\\./)+(app\\.module|app\\.factory|main|entities)$', message: 'Layers only point down: the shell is above every folder.' };
  const patterns = [...above.map((layer) => into(layer.folders, layer.name)), shellFiles, ...(pure ? FRAMEWORKS.patterns : [])];
  return ['error', { paths: pure ? FRAMEWORKS.paths : [], patterns }];
}

const layerConfigs = LAYERS.flatMap((layer) =>
  layer.folders
    .filter((folder) => folder !== '.')
    .map((folder) => ({
      files: [`src/${folder}/**/*.ts`],
      rules: { 'no-restricted-imports': layerRule(folder, { pure: folder === 'scoring' }) },
    })),
);
const pureConfigs = PURE_FILES.filter((glob) => !glob.startsWith('src/scoring/')).map((file) => ({
  files: [file],
  rules: { 'no-restricted-imports': layerRule(file.split('/')[1], { pure: true }) },
}));
const exceptionConfigs = LAYER_EXCEPTIONS.map(({ file, allow }) => ({
  files: [file],
  rules: { 'no-restricted-imports': layerRule(file.split('/')[1], { allow }) },
}));

export default tseslint.config(
  // web/src/api/schema.d.ts is generated (npm run api:generate); tsc still checks it.
  { ignores: ['dist/', 'dist-*/', 'node_modules/', 'coverage/', '.data/', 'jest.config.js', 'eslint.config.mjs', 'web/src/api/schema.d.ts', 'test/browser/results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: { project: './tsconfig.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  ...layerConfigs,
  ...pureConfigs,
  ...exceptionConfigs,
  {
    // The console: browser code, its own tsconfig (DOM, JSX, bundler resolution), the rules of hooks.
    files: ['web/**/*.{ts,tsx,mts}'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: {
      globals: globals.browser,
      parserOptions: { project: './web/tsconfig.json', tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    // Plain CommonJS files: the inference worker (which Jest does not transform) and scripts.
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { ...tseslint.configs.disableTypeChecked.rules, '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // ES modules run by Node as they are (the test OpenID provider, which is ESM-only).
    files: ['test/**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { sourceType: 'module', globals: globals.node },
  },
);
