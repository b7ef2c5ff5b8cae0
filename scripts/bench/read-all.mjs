// The floor for `npm run bench`: a plain Node process that reads every file under the given roots once, and nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

let files = 0;
let bytes = 0;
function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (entry.isFile()) {
      bytes += readFileSync(full).length;
      files++;
    }
  }
}
for (const root of process.argv.slice(2)) walk(root);
process.stdout.write(`${JSON.stringify({ files, bytes })}\n`);
