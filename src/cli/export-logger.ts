import { ConsoleLogger, Logger, type LogLevel } from '@nestjs/common';

/** Nest prints logs below `error` on stdout; during an export, stdout is the log file, so everything goes to stderr. */
class StderrLogger extends ConsoleLogger {
  protected override printMessages(messages: unknown[], context?: string, logLevel?: LogLevel, _stream?: 'stdout' | 'stderr', errorStack?: unknown): void {
    super.printMessages(messages, context, logLevel, 'stderr', errorStack);
  }
}

/** The CLI's logger from the start: warnings given while the service's modules load (e.g. about the master key) must not land in an export. */
export const stderrLogger = (): ConsoleLogger => new StderrLogger('sijill', { logLevels: ['error', 'warn'] });

export const keepStdoutForData = (): void => {
  Logger.overrideLogger(stderrLogger());
};
