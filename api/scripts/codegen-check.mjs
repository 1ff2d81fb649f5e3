#!/usr/bin/env node
// Fails when src/graphql/generated/types.ts is not what graphql-codegen makes of schema.graphql.
import { spawnSync } from 'node:child_process';

const result = spawnSync('npx', ['graphql-codegen', '--config', 'codegen.ts', '--check'], { stdio: 'pipe', encoding: 'utf8' });
if (result.status !== 0) {
  process.stderr.write(`${result.stdout}${result.stderr}\nGenerated GraphQL types are out of date: run \`npm run codegen\` and commit the result.\n`);
  process.exit(1);
}
process.stdout.write('Generated GraphQL types match schema.graphql.\n');
