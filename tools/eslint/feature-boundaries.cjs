// @ts-check
const { readFileSync, statSync } = require('node:fs');
const { dirname, isAbsolute, join, relative, resolve, sep } = require('node:path');

/** A capability's public files: those its index.ts re-exports, read again when it changes. */
const listed = new Map();
function publicFiles(indexFile) {
  let mtime;
  try {
    mtime = statSync(indexFile).mtimeMs;
  } catch {
    return new Set();
  }
  const known = listed.get(indexFile);
  if (known?.mtime === mtime) return known.files;
  const text = readFileSync(indexFile, 'utf8');
  const files = new Set([...text.matchAll(/from\s+'\.\/([^']+)'/g)].map((m) => m[1]));
  listed.set(indexFile, { mtime, files });
  return files;
}

/**
 * A capability of the API (a folder of apps/api/src) may import from another
 * only the files that one's index.ts lists, and those files themselves: its
 * index is for the composition root, so that two capabilities importing each
 * other never tie their loading together.
 *
 * @type {import('eslint').Rule.RuleModule}
 */
module.exports = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports from another capability go through what its index.ts lists' },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          features: { type: 'array', items: { type: 'string' } },
        },
        required: ['root', 'features'],
        additionalProperties: false,
      },
    ],
    messages: {
      internal:
        "'{{file}}' is internal to {{feature}}: import what {{feature}}/index.ts lists, or have {{feature}} list it.",
      index:
        "Import the file itself (one that {{feature}}/index.ts lists): a capability's index is for the composition root.",
    },
  },
  create(context) {
    const { root, features } = context.options[0];
    const here = relative(root, context.filename);
    if (here.startsWith('..') || isAbsolute(here)) return {};
    const from = here.split(sep)[0];
    if (!features.includes(from)) return {};

    /** @param {import('estree').ImportDeclaration | import('estree').ExportNamedDeclaration | import('estree').ExportAllDeclaration} node */
    function check(node) {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const [to, ...rest] = relative(root, resolve(dirname(context.filename), source)).split(sep);
      if (!to || to === from || !features.includes(to)) return;
      if (!rest.length) {
        context.report({ node: node.source, messageId: 'index', data: { feature: to } });
        return;
      }
      const file = rest.join('/');
      if (!publicFiles(join(root, to, 'index.ts')).has(file))
        context.report({ node: node.source, messageId: 'internal', data: { feature: to, file } });
    }
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};
