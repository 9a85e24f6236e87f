import { figureNamed, median, ratioOf } from '../report';
import type { Figure } from '../section';
import type { ContenderName } from './contender';
import type { RunResult } from './contender-runner';
import { PARTS, type Part } from './workload';

export type Database = 'sqlite' | 'postgres';

export const EMMETT: readonly ContenderName[] = ['Emmett', 'Emmett, one connection'];

const PART_NAMES: Readonly<Record<Part, string>> = {
  batched: 'batched append (100 events)',
  single: 'single-event append',
  concurrent: '8 concurrent appenders',
  read: 'global-order read (pages of 1,000)',
};

export const measure = (part: Part, contender: ContenderName): string => `${PART_NAMES[part]}, ${contender}`;

interface Target {
  readonly text: string;
  readonly raw: number;
  readonly emmett?: number;
}

/** The targets our figures are held to, against the raw driver and Emmett on the same database. */
const targetsOf = (database: Database): Readonly<Record<Part, Target | null>> => ({
  batched: { text: '≥ 0.8× raw driver, ≥ 1.5× Emmett', raw: 0.8, emmett: 1.5 },
  single: { text: '≥ 0.8× raw driver', raw: 0.8 },
  // SQLite has one writer at a time: the target is that concurrent appenders work at all, at near the raw rate.
  concurrent: database === 'sqlite' ? { text: 'works, ≥ 0.8× raw driver', raw: 0.8 } : null,
  read: { text: '≥ 0.8× raw driver', raw: 0.8 },
});

/** One figure per part and contender, each compared to the raw driver (ours to Emmett too), ours checked against its target. */
export const figuresOf = (database: Database, results: Map<ContenderName, RunResult[]>, notes: string[]): Figure[] => {
  const figures: Figure[] = [];
  for (const part of PARTS) {
    for (const [name, runs] of results) {
      const failures = runs.map((run) => run[part]).filter((value): value is Error => value instanceof Error);
      if (failures.length > 0) notes.push(`${measure(part, name)} failed in ${failures.length} of ${runs.length} runs: ${failures[0]!.message.split('\n')[0]}`);
      const others: readonly ContenderName[] =
        name === 'Sijill' ? ['raw driver', 'raw driver, sequence', ...EMMETT] : name === 'raw driver' ? [] : ['raw driver'];
      figures.push({
        measure: measure(part, name),
        unit: 'events/s',
        runs: runs.map((run) => run[part]).filter((value): value is number => typeof value === 'number'),
        comparedTo: others.filter((other) => results.has(other)).map((other) => measure(part, other)),
        better: 'higher',
      });
    }
  }
  return figures.map((figure) => withTarget(targetsOf(database), figures, figure));
};

/**
 * Checked against the raw driver and against Emmett as configured by default (a file
 * name, a connection string), the configuration the targets were set against; the
 * other Emmett figures stand beside it, and a note says what they would ask.
 */
const withTarget = (targets: Record<Part, Target | null>, figures: readonly Figure[], figure: Figure): Figure => {
  const part = PARTS.find((key) => figure.measure === measure(key, 'Sijill'));
  const target = part ? targets[part] : null;
  if (!part || !target) return figure;
  const section = { figures };
  const raw = ratioOf(figure, figureNamed(section, measure(part, 'raw driver')));
  const emmett = ratioOf(figure, figureNamed(section, measure(part, 'Emmett')));
  const met = raw !== null && raw >= target.raw && (target.emmett === undefined || emmett === null || emmett >= target.emmett);
  // The ratios that decided, unrounded enough to show why 0.80× can miss '≥ 0.8×'.
  const measured = [raw === null ? null : `${raw.toFixed(3)}× raw`, target.emmett && emmett !== null ? `${emmett.toFixed(3)}× Emmett` : null];
  return { ...figure, target: `${target.text} (${measured.filter(Boolean).join(', ')})`, met };
};

/** How much of the raw driver's time per batched event sealing alone would take, and the ceiling that leaves. */
export const sealingShare = (figures: readonly Figure[], sealing: Figure): string | null => {
  const raw = figureNamed({ figures }, measure('batched', 'raw driver'));
  if (!raw || raw.runs.length === 0 || sealing.runs.length === 0) return null;
  const rawMicros = 1e6 / median(raw.runs);
  const sealMicros = median(sealing.runs);
  return (
    `Sealing alone takes ${sealMicros.toFixed(1)} µs per event, ${Math.round((100 * sealMicros) / rawMicros)}% of the ` +
    `${rawMicros.toFixed(1)} µs the raw driver spends per batched event: were nothing else different, Sijill could reach ` +
    `${(rawMicros / (rawMicros + sealMicros)).toFixed(2)}× the raw driver in batched appends. The hash chain is what makes ` +
    'tampering detectable (docs/for-auditors-integrity.md); it is not optional.'
  );
};


/** What '≥ 1.5× Emmett' asks of us against the raw driver, for each Emmett configuration measured. */
export const emmettBound = (figures: readonly Figure[]): string | null => {
  const raw = figureNamed({ figures }, measure('batched', 'raw driver'));
  if (!raw || raw.runs.length === 0) return null;
  const asks = EMMETT.map((name) => ({ name, figure: figureNamed({ figures }, measure('batched', name)) }))
    .filter(({ figure }) => figure !== undefined && figure.runs.length > 0)
    .map(({ name, figure }) => {
      const share = median(figure!.runs) / median(raw.runs);
      return `${name} reaches ${share.toFixed(2)}× the raw driver, so 1.5× it means ${(1.5 * share).toFixed(2)}× the raw driver`;
    });
  const beyondLimit = EMMETT.some((name) => {
    const figure = figureNamed({ figures }, measure('batched', name));
    return figure !== undefined && figure.runs.length > 0 && (1.5 * median(figure.runs)) / median(raw.runs) > 1;
  });
  return asks.length === 0
    ? null
    : `Batched appends: ${asks.join('; ')}.` +
        (beyondLimit
          ? ' More than 1× is out of any store\'s reach: the raw driver writes the same rows in the same transaction and does nothing else, which is why it is the limit. Here the target against Emmett is bounded by the raw driver, not by Sijill; the target against the raw driver is the one that can be met.'
          : '') +
        ' Emmett does not hash its events.';
};
