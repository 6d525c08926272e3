import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { apiRoot } from '../../scripts/lib/database.mjs';

function healthy(port) {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/health', timeout: 500 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
  });
}

/** API processes not stopped yet: killed when the benchmark exits, also after a failed scenario. */
const running = new Set();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/**
 * The integrations replica as docker/compose.yaml runs it (`api-integrations`): garbage collection on
 * the request's own thread, so a bulk request's collections do not take the buyers' cores, and a low
 * CPU weight (compose's `cpu_shares: 256`, here the nice value 10 for every thread of the process):
 * when the cores are contended, the buyers' replica runs first.
 */
export const INTEGRATIONS_REPLICA = { nodeArgs: ['--single-threaded-gc'], nice: 10 };

/**
 * Starts the built API as its own process (as in production) and measures process start → ready.
 * `replica`: node flags besides production's and a nice value (INTEGRATIONS_REPLICA for an integrations replica).
 */
export async function startApi(databaseUrl, port, extraEnv = {}, replica = { nodeArgs: [], nice: 0 }) {
  // Another server on the port would answer the readiness check, and be measured instead.
  if (await healthy(port)) throw new Error(`Port ${port} already answers /health: stop that server first`);
  const started = process.hrtime.bigint();
  // BENCH_API_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the API (written when it stops).
  // The flags production runs with (package.json `start`, docker/Dockerfile), then any extra ones.
  const nodeArgs = [
    '--max-semi-space-size=32',
    '--heap-growing-percent=75',
    ...replica.nodeArgs,
    ...(process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean),
  ];
  const command = [process.execPath, ...nodeArgs, path.join(apiRoot, 'dist', 'main.js')];
  // `nice` execs node in the same process: the pid stays the API's.
  if (replica.nice) command.unshift('nice', '-n', String(replica.nice));
  const child = spawn(command[0], command.slice(1), {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
      SQL_COUNT_HEADER: 'true',
      STATIC_ROOT: 'off',
      LOGIN_MAX_ATTEMPTS: '100000',
      ...extraEnv,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d.toString()));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API exited during start: ${stderr}`);
    if (await healthy(port)) break;
    await new Promise((r) => setTimeout(r, 10));
  }
  const startupMs = Number(process.hrtime.bigint() - started) / 1e6;
  return {
    pid: child.pid,
    startupMs,
    url: `http://127.0.0.1:${port}`,
    rssMb: () => {
      try {
        const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
        return Math.round(kb / 1024);
      } catch {
        return null;
      }
    },
    peakRssMb: () => {
      try {
        const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
        return Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024);
      } catch {
        return null;
      }
    },
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
