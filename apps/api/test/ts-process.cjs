// Runs a TypeScript entry point of the API in a child process, compiled on
// require with the build's own swc settings (as the jest transform does), so a
// test can kill a real API process without building it first.
const { readFileSync } = require('node:fs');
const { join, resolve } = require('node:path');
const { transformSync } = require('@swc/core');

const swc = JSON.parse(readFileSync(join(__dirname, '../.swcrc'), 'utf8'));
delete swc.$schema;
swc.jsc.baseUrl = resolve(__dirname, '../../..');
swc.swcrc = false;

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), { ...swc, filename });
  module._compile(code, filename);
};
// The entry point sees its arguments as if node had run it: argv[1] is itself.
const entry = resolve(process.argv[2]);
process.argv.splice(1, 1);
require(entry);
