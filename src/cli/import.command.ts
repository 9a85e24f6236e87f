import { Inject } from '@nestjs/common';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Command, CommandRunner, Option } from 'nest-commander';
import { EVENT_STORE, type EventStore } from '../infrastructure/event-store/event-store.port';
import { PersonalDataVault } from '../infrastructure/privacy/personal-data-vault';
import { interruptible, progressBar } from './progress';
import { importLog } from './import-log';

interface ImportFlags {
  readonly file?: string;
}

@Command({
  name: 'import',
  description:
    'Restore an export (stdin or --file) into an empty store, with the personal data keys it carries (they open only under the exporting service\'s master key); run it again on the same file to resume after Ctrl-C',
})
export class ImportCommand extends CommandRunner {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly vault: PersonalDataVault,
  ) {
    super();
  }

  @Option({ flags: '--file <path>', description: 'the JSON-lines export to read instead of stdin' })
  parseFile(value: string): string {
    return value;
  }

  async run(_: string[], flags: ImportFlags = {}): Promise<void> {
    const input = flags.file ? createReadStream(flags.file, { encoding: 'utf8' }) : process.stdin.setEncoding('utf8');
    const lines = createInterface({ input, crlfDelay: Infinity });
    const bar = progressBar('import', null);
    const { signal, release } = interruptible();
    try {
      const outcome = await importLog(this.store, lines, { signal, keys: this.vault, onProgress: (read) => bar.update(read) });
      bar.stop();
      const summary = `imported ${outcome.imported} events and ${outcome.keysAdded} personal data keys; ${outcome.alreadyStored} events were already stored by an earlier run`;
      console.log(
        outcome.interrupted
          ? `Interrupted: ${summary}. Run the same command on the same file to resume.`
          : `Done: ${summary}. Every chain link was checked on the way in; \`audit verify\` rechecks the whole log.`,
      );
    } finally {
      bar.stop();
      lines.close();
      release();
    }
  }
}
