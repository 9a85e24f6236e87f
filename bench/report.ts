import type { Figure, Measured, Section } from './section';

/** What the figures were measured on, as the report's first paragraph gives it. */
export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly node: string;
  readonly versions: Readonly<Record<string, string>>;
  readonly fsyncMicros: number | null;
  readonly date: string;
  readonly runs: number;
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

export const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
};

/** Median of `figure` over median of the figure it is compared to, or null when either has no run. */
export const ratioOf = (figure: Figure, other: Figure | undefined): number | null =>
  other && figure.runs.length > 0 && other.runs.length > 0 ? median(figure.runs) / median(other.runs) : null;

export const figureNamed = (section: Pick<Section, 'figures'>, measure: string): Figure | undefined =>
  section.figures.find((figure) => figure.measure === measure);

const number = (value: number): string => {
  const magnitude = Math.abs(value);
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  if (magnitude >= 100) return Math.round(value).toLocaleString('en-US');
  if (magnitude >= 10) return value.toFixed(1);
  return value.toFixed(2);
};

const ratioText = (ratio: number): string => `${ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(2)}×`;

const spreadOf = (figure: Figure): string =>
  figure.runs.length === 0 ? '' : `${number(Math.min(...figure.runs))} – ${number(Math.max(...figure.runs))}`;

const comparisons = (section: Section, figure: Figure): string =>
  (figure.comparedTo ?? [])
    .map((measure) => {
      const ratio = ratioOf(figure, figureNamed(section, measure));
      return ratio === null ? null : `${ratioText(ratio)} ${shortName(measure, figure.measure)}`;
    })
    .filter((text): text is string => text !== null)
    .join('; ');

/** 'batched append, raw driver' reads as 'raw driver' beside 'batched append, Sijill': what the two names share is left out. */
const shortName = (measure: string, own: string): string => {
  const parts = measure.split(', ');
  const ownParts = own.split(', ');
  let shared = 0;
  while (shared < parts.length - 1 && parts[shared] === ownParts[shared]) shared++;
  return parts.slice(shared).join(', ');
};

const targetText = (figure: Figure): string =>
  figure.target === undefined ? '' : `${figure.target}${figure.met === undefined ? '' : figure.met ? ' — met' : ' — **missed**'}`;

const row = (section: Section, figure: Figure): string =>
  figure.runs.length === 0
    ? `| ${figure.measure} | failed | | 0 | | ${targetText(figure)} |`
    : `| ${figure.measure} | ${number(median(figure.runs))} ${figure.unit} | ${spreadOf(figure)} | ${figure.runs.length} | ${comparisons(section, figure)} | ${targetText(figure)} |`;

const fsyncText = (micros: number | null): string =>
  micros === null ? 'fsync not measured' : `fsync (4 KiB write + fdatasync, same disk as the databases) ≈ ${Math.round(micros)} µs`;

const measuredText = (measured: Measured | undefined): string =>
  measured ? `in the run begun ${measured.date}, ${fsyncText(measured.fsyncMicros)}` : 'in an earlier run, not recorded';

const renderSection = (section: Section, ownStamp: boolean): string[] => [
  `## ${section.title}`,
  '',
  ...(ownStamp ? [`Measured ${measuredText(section.measured)}.`, ''] : []),
  section.method,
  '',
  '| measure | median | min – max | runs | ratio of medians | target |',
  '| --- | ---: | ---: | ---: | --- | --- |',
  ...section.figures.map((figure) => row(section, figure)),
  '',
  ...(section.notes.length > 0 ? [...section.notes.map((note) => `- ${note}`), ''] : []),
];

export const renderReport = (sections: readonly Section[], machine: Machine): string => {
  const stamps = new Set(sections.map((section) => measuredText(section.measured)));
  // One invocation: the machine's line says when. Sections measured again later say so each.
  const joined = stamps.size > 1;
  return [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (never part of `npm test`). Every figure is the median of several runs, with the',
    'lowest and highest run beside it; contenders take turns within each run, so drift on the machine hits all alike.',
    'Ratios divide medians, and only figures of one section, taken side by side in one run, are divided. Sizes and',
    'runs come from the environment (see `bench/run.ts`), so a quick run is possible; the figures below are from a full run' +
      (joined ? ', some sections measured again on the same machine later, as each says.' : '.'),
    '',
    '## Machine',
    '',
    `- ${machine.cores} × ${machine.cpu}, ${machine.memoryGiB} GiB RAM; ${machine.runs} runs per figure${joined ? '' : `; ${(sections[0]?.measured ?? machine).date}`}`,
    `- Node ${machine.node}; ${Object.entries(machine.versions)
      .map(([name, version]) => `${name} ${version}`)
      .join('; ')}`,
    ...(joined ? [] : [`- ${fsyncText((sections[0]?.measured ?? machine).fsyncMicros)}`]),
    '',
    ...sections.flatMap((section) => renderSection(section, joined)),
  ].join('\n');
};

/** One line per figure, with its ratios and whether its target was met, for the terminal. */
export const summaryLines = (sections: readonly Section[]): string[] =>
  sections.flatMap((section) => [
    `== ${section.title}`,
    ...section.figures.map((figure) => {
      const value = figure.runs.length === 0 ? 'failed' : `${number(median(figure.runs))} ${figure.unit} (${spreadOf(figure)})`;
      const ratios = comparisons(section, figure);
      const target = figure.target === undefined ? '' : ` [${figure.target}: ${figure.met ? 'met' : 'MISSED'}]`;
      return `  ${figure.measure}: ${value}${ratios ? `; ${ratios}` : ''}${target}`;
    }),
  ]);
