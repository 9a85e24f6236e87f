import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtDashboard } from './support/dashboard-build';

const ROOT = join(__dirname, '..', '..');
const BUDGET_KB = 100;

describe('the dashboard build', () => {
  it(`keeps third-party JavaScript under ${BUDGET_KB} KB gzipped`, () => {
    const assets = join(builtDashboard(), 'assets');
    const vendor = readdirSync(assets).filter((name) => name.startsWith('vendor-') && name.endsWith('.js'));
    const own = readdirSync(assets).filter((name) => !name.startsWith('vendor-') && name.endsWith('.js'));
    const gzipped = (names: string[]) => names.reduce((sum, name) => sum + gzipSync(readFileSync(join(assets, name)), { level: 9 }).length, 0) / 1024;
    process.stdout.write(`\n[sijill] dashboard JavaScript gzipped: third-party ${gzipped(vendor).toFixed(1)} KB, ours ${gzipped(own).toFixed(1)} KB\n`);
    expect(vendor).toHaveLength(1);
    expect(gzipped(vendor)).toBeLessThan(BUDGET_KB);
  }, 60_000);

  it('type-checks under its own strict configuration', () => {
    const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', 'web/tsconfig.json'], { cwd: ROOT, encoding: 'utf8' });
    expect(`${tsc.stdout}${tsc.stderr}`).toBe('');
    expect(tsc.status).toBe(0);
  }, 120_000);
});
