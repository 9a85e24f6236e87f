import { Inject } from '@nestjs/common';
import { Command, CommandRunner, Option } from 'nest-commander';
import { EVENT_STORE, type EventStore } from '../infrastructure/event-store/event-store.port';
import { PersonalDataVault } from '../infrastructure/privacy/personal-data-vault';
import { interruptible, progressBar } from './progress';
import { exportLog, parseBound } from './export-log';
import { keepStdoutForData } from './export-logger';

interface ExportFlags {
  readonly from?: string;
  readonly to?: string;
  readonly withoutKeys?: boolean;
}

@Command({
  name: 'export',
  description: "Write the log to stdout as JSON lines, one envelope per line, exactly as stored (personal data sealed), after the live members' wrapped keys",
})
export class ExportCommand extends CommandRunner {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly vault: PersonalDataVault,
  ) {
    super();
  }

  @Option({ flags: '--from <cursor|time>', description: 'a cursor: events after it; an ISO date/time: events recorded at or after it' })
  parseFrom(value: string): string {
    return value;
  }

  @Option({ flags: '--to <cursor|time>', description: 'a cursor: events up to and including it; an ISO date/time: events recorded before it' })
  parseTo(value: string): string {
    return value;
  }

  @Option({
    flags: '--without-keys',
    description: "leave out the members' personal data keys: names and notes in the export stay sealed for good (e.g. for an outside auditor)",
  })
  parseWithoutKeys(): boolean {
    return true;
  }

  async run(_: string[], flags: ExportFlags = {}): Promise<void> {
    keepStdoutForData();
    const from = flags.from === undefined ? undefined : parseBound(this.store, flags.from, '--from');
    const to = flags.to === undefined ? undefined : parseBound(this.store, flags.to, '--to');
    const bar = progressBar('export', await this.store.headPosition());
    const { signal, release } = interruptible();
    try {
      const keys = flags.withoutKeys ? undefined : this.vault;
      const outcome = await exportLog(this.store, process.stdout, { from, to, signal, keys, onProgress: (done) => bar.update(done) });
      bar.stop();
      const next = outcome.lastPosition ? ` Continue with: export --from ${outcome.lastPosition} >> <file>` : '';
      const sealed = keys ? `, and ${outcome.keys} personal data keys (wrapped: readable only with this service's master key)` : '; names stay sealed';
      process.stderr.write(`${outcome.interrupted ? 'Interrupted: ' : ''}exported ${outcome.exported} events${sealed}.${next}\n`);
    } finally {
      bar.stop();
      release();
    }
  }
}
