import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const CLI = join(ROOT, 'node_modules', '.bin', 'depcruise');

interface Violation {
  readonly rule: { readonly name: string };
  readonly from: string;
  readonly to: string;
}

const cruise = (cwd: string): Violation[] => {
  const output = execFileSync(CLI, ['src', '--config', CONFIG, '--output-type', 'json'], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return (JSON.parse(output) as { summary: { violations: Violation[] } }).summary.violations;
};

describe('the layer rules', () => {
  it('hold for the service', () => {
    expect(cruise(ROOT).map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`)).toEqual([]);
  }, 120_000);

  it('catch a decider importing Nest and a projection calling the write side', () => {
    const rules = cruise(join(__dirname, 'broken-tree')).map((v) => v.rule.name).sort();
    expect(rules).toEqual(['projections-never-touch-the-write-side', 'pure-deciders']);
  }, 120_000);
});
