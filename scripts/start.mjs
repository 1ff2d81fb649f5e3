#!/usr/bin/env node
// `npm start`: builds what is missing or out of date (the UI bundle, the compiled API), then
// serves. Arguments after `--` go to the server (`npm start -- --empty`).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function newest(dir) {
  if (!statSync(dir).isDirectory()) return statSync(dir).mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function stale(output, ...sources) {
  if (!existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return sources.some((s) => existsSync(s) && newest(s) > built);
}

function build(workspace) {
  process.stderr.write(`Building ${workspace} …\n`);
  const result = spawnSync('npm', ['run', 'build', '-w', workspace], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (stale(join(root, 'ui/dist/index.html'), join(root, 'ui/src'), join(root, 'ui/index.html'))) build('ui');
if (stale(join(root, 'api/dist/main.js'), join(root, 'api/src'))) build('api');

await import(join(root, 'api/dist/main.js'));
