import './cli-environment';
import 'reflect-metadata';
import { CommandFactory } from 'nest-commander';
import { CliModule } from './cli.module';
import { stderrLogger } from './export-logger';

const fail = (error: Error & { exitCode?: number }): never => {
  // Commander reports --help and --version as errors with exit code 0.
  if (error.exitCode === 0) process.exit(0);
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
};

// errorHandler covers bad arguments, serviceErrorHandler a command that failed: both exit non-zero.
CommandFactory.run(CliModule, { logger: stderrLogger(), errorHandler: fail, serviceErrorHandler: fail }).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
