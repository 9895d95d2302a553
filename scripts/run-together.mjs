// `node scripts/run-together.mjs typecheck lint …`: runs npm scripts that do not depend on each other side by side
// (each is one process and the machine has more than one core), then shows each one's output whole, in the order
// named, so a failure reads as if the scripts had run one after another. Exits 1 when any of them failed.
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
const npm = process.env.npm_execpath;

function run(name) {
  // Through the npm that started this script when there is one, so `npm test` and a plain `node` call agree.
  const [command, args] = npm ? [process.execPath, [npm, 'run', '-s', name]] : ['npm', ['run', '-s', name]];
  return new Promise((resolve) => {
    // Piped output is colourless unless asked for; a terminal still gets colour.
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: process.stdout.isTTY ? { FORCE_COLOR: '1', ...process.env } : process.env,
    });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => resolve({ name, code: 1, output: [Buffer.from(`${error.message}\n`)] }));
    child.on('close', (code, signal) => resolve({ name, code: code ?? (signal ? 1 : 0), output }));
  });
}

let failed = false;
for (const pending of names.map(run)) {
  const { name, code, output } = await pending;
  process.stdout.write(Buffer.concat(output));
  if (code !== 0) {
    failed = true;
    console.error(`npm run ${name} failed (exit code ${code})`);
  }
}
process.exit(failed ? 1 : 0);
