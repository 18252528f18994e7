#!/usr/bin/env node
// `npm run bench`: the finder cold-load bench (test/bench/finder_load.mjs), then the domain bench if present.
// Results in test-results/bench.json. Exit code: 0 all within budget, 2 over budget, 1 a bench failed to run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../e2e/site.mjs';

const codes = [];
const step = (title, cmd) => {
  console.log(`\n── ${title}\n$ ${cmd.join(' ')}`);
  const r = spawnSync(cmd[0], cmd.slice(1), { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  codes.push(r.status ?? 1);
  console.log(`── ${title}: exit ${r.status ?? r.signal}`);
};

step('finder cold load', [process.execPath, join(ROOT, 'test', 'bench', 'finder_load.mjs')]);
if (existsSync(join(ROOT, 'test', 'bench', 'domain.bench.ts'))) {
  step('domain bench', [
    'npx',
    'vitest',
    'bench',
    '--run',
    '--dir',
    'test/bench',
    'test/bench/domain.bench.ts',
  ]);
} else if (existsSync(join(ROOT, 'test', 'bench', 'domain_bench.ts'))) {
  step('domain bench', ['npx', 'tsx', 'test/bench/domain_bench.ts']);
} else {
  console.log('\n(no domain bench: test/bench/domain.bench.ts or domain_bench.ts not found)');
}
process.exitCode = codes.includes(1) ? 1 : codes.some((c) => c !== 0) ? 2 : 0;
