// Lint: typescript-eslint's recommended rules; the type checker does the heavy lifting.
// One rule of our own keeps the layering of DESIGN.md §4 true (boundaries, below).
import path from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const src = path.resolve('src');

/** Which part of src/ a file is in: 'core', 'admin', 'module:<name>', or another top-level name. */
function layerOf(file) {
  const rel = path.relative(src, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  const [top, second] = rel.split(path.sep);
  if (top === 'modules') return second && second.includes('.') ? 'modules-root' : `module:${second}`;
  return top.includes('.') ? 'root' : top;
}

/**
 * core/ imports nothing from modules/ or admin/ (the composition root hands it the module list);
 * admin/ imports nothing from a module's folder; no module imports another module.
 */
const boundaries = {
  meta: { type: 'problem', schema: [], messages: { forbidden: '{{from}} must not import {{to}} ({{why}}); see DESIGN.md §4 and README "Adding a content module"' } },
  create(context) {
    const file = context.filename;
    const from = layerOf(file);
    if (!from) return {};
    const check = (node) => {
      const spec = node.source && node.source.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const to = layerOf(path.resolve(path.dirname(file), spec));
      if (!to || to === from) return;
      let why;
      if (from === 'core' && (to.startsWith('module') || to === 'admin' || to === 'cli')) why = 'core never knows modules, the back office or the CLI';
      else if (from === 'admin' && to.startsWith('module')) why = 'the back office renders declared types without naming one';
      else if (from.startsWith('module:') && to.startsWith('module:')) why = 'modules never import each other; refer to other types through core';
      else if (from.startsWith('module:') && to === 'admin') why = 'modules give declarations to the back office, they do not import it';
      if (why) context.report({ node, messageId: 'forbidden', data: { from: path.relative(src, file), to: spec, why } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: (node) => check({ source: node.source }) };
  },
};

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'test-artifacts/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx', 'src/**/*.mjs'],
    plugins: { congtin: { rules: { boundaries } } },
    rules: { 'congtin/boundaries': 'error' },
  },
  {
    files: ['**/*.mjs', 'bin/*.js', 'scripts/*.mjs', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
