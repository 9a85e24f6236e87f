import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const INPUTS = [join(ROOT, 'web'), join(ROOT, 'test', 'fixtures', 'el-hajeb-2021-06-07.json'), join(ROOT, 'package-lock.json')];

const filesUnder = (path: string): string[] => {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => name !== 'dist' && name !== 'node_modules')
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
};

/** A hash of everything the build reads, so a stale build is never served and an unchanged one is reused. */
const sourceHash = (): string => {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(filesUnder)) hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
};

/**
 * The dashboard built from the current sources into a temporary folder (web/dist
 * may be missing or stale in a working tree). Jest workers that ask at the same
 * time each build into a staging folder and the first rename wins.
 */
export const builtDashboard = (): string => {
  const target = join(tmpdir(), `sijill-web-${sourceHash()}`);
  if (existsSync(join(target, 'index.html'))) return target;
  const staging = mkdtempSync(join(tmpdir(), 'sijill-web-build-'));
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'web/vite.config.mts', '--outDir', staging, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  try {
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(join(target, 'index.html'))) throw error;
  }
  return target;
};
