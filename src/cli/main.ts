import 'reflect-metadata';
import { CommandFactory } from 'nest-commander';
import { CliModule } from './cli.module';

// The CLI works on the databases directly; the service's background loops stay off here.
process.env.SIJILL_PROJECTIONS ??= 'off';

CommandFactory.run(CliModule, { logger: ['error', 'warn'], errorHandler: (error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
} }).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
