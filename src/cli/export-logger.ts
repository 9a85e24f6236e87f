import { ConsoleLogger, Logger, type LogLevel } from '@nestjs/common';

/** Nest prints logs below `error` on stdout; during an export, stdout is the log file, so everything goes to stderr. */
class StderrLogger extends ConsoleLogger {
  protected override printMessages(messages: unknown[], context?: string, logLevel?: LogLevel, _stream?: 'stdout' | 'stderr', errorStack?: unknown): void {
    super.printMessages(messages, context, logLevel, 'stderr', errorStack);
  }
}

export const keepStdoutForData = (): void => {
  Logger.overrideLogger(new StderrLogger('sijill', { logLevels: ['error', 'warn'] }));
};
