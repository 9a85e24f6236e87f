import { Inject } from '@nestjs/common';
import { userInfo } from 'node:os';
import { Command, CommandRunner, Option, SubCommand } from 'nest-commander';
import { Clock } from '../infrastructure/clock/clock';
import { EVENT_STORE, type EventStore } from '../infrastructure/event-store/event-store.port';
import { takeAnchor } from '../infrastructure/event-store/integrity/anchor-writer';
import type { IntegrityReport } from '../modules/audit/verify-integrity/integrity-verifier';
import { verifyIntegrity } from '../modules/audit/verify-integrity/verify-integrity';
import { interruptible, progressBar } from './progress';

interface VerifyFlags {
  readonly anchor?: string;
  readonly json?: boolean;
}

@SubCommand({ name: 'verify', description: 'Recompute every stream hash chain and log anchor; exits 1 when the log is not intact' })
export class AuditVerifyCommand extends CommandRunner {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {
    super();
  }

  @Option({ flags: '--anchor <hash>', description: 'an anchor hash kept from an earlier run, which the log must still hold' })
  parseAnchor(value: string): string {
    if (!/^[0-9a-f]{64}$/.test(value)) throw new Error('--anchor must be 64 lowercase hex digits');
    return value;
  }

  @Option({ flags: '--json', description: 'print the report as JSON' })
  parseJson(): boolean {
    return true;
  }

  async run(_: string[], flags: VerifyFlags = {}): Promise<void> {
    const bar = progressBar('verify', await this.store.headPosition());
    const { signal, release } = interruptible();
    try {
      const report = await verifyIntegrity(this.store, { keptAnchorHash: flags.anchor ?? null, signal, onProgress: (done) => bar.update(done) });
      bar.stop();
      console.log(flags.json ? JSON.stringify(report, null, 2) : describe(report));
      if (!report.clean) process.exitCode = 1;
    } finally {
      bar.stop();
      release();
    }
  }
}

const describe = (report: IntegrityReport): string => {
  const lines = [
    `${report.clean ? 'CLEAN' : 'BROKEN'}: ${report.eventsChecked} events in ${report.streamsChecked} streams, up to position ${report.headPosition ?? '(empty log)'}`,
    `  sealed ${report.sealedEvents}, unsealed (recorded before sealing) ${report.unsealedEvents}, broken links ${report.brokenLinks}`,
    `  anchors ${report.anchorsChecked}, broken ${report.brokenAnchors}; ${report.eventsAfterLastAnchor} events after the last anchor`,
  ];
  const link = report.firstBrokenLink;
  if (link) {
    lines.push(`  first broken link: ${link.streamId} revision ${link.revision} (position ${link.position}, event ${link.eventId}): ${link.problem}`);
    lines.push(`    expected ${link.expected}`, `    found    ${link.found}`);
  }
  const anchor = report.firstBrokenAnchor;
  if (anchor) {
    lines.push(`  first broken anchor: ${anchor.sequence === null ? 'kept hash' : `#${anchor.sequence}`}: ${anchor.problem}`);
    lines.push(`    expected ${anchor.expected}`, `    found    ${anchor.found}`);
  }
  if (report.lastAnchorHash) lines.push(`  last anchor hash: ${report.lastAnchorHash}`);
  return lines.join('\n');
};

@SubCommand({ name: 'anchor', description: 'Write a log anchor now over every event since the last one' })
export class AuditAnchorCommand extends CommandRunner {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {
    super();
  }

  async run(): Promise<void> {
    const bar = progressBar('anchor', await this.store.headPosition());
    const anchor = await takeAnchor(this.store, { actor: `cli:${userInfo().username}`, now: this.clock.now(), onProgress: (done) => bar.update(done) });
    bar.stop();
    if (!anchor?.data) {
      console.log('Nothing new to anchor since the last anchor (or another process anchored it just now).');
      return;
    }
    const { data } = anchor;
    console.log(`Anchor #${anchor.sequence}: ${data.eventCount} events, positions ${data.fromPosition} to ${data.toPosition}`);
    console.log(`  last event ${data.lastEvent.streamId} revision ${data.lastEvent.revision}`);
    console.log(`  anchor hash ${data.anchorHash}`);
    console.log('Keep this hash outside the system; `audit verify --anchor <hash>` later proves the log up to here unchanged.');
  }
}

@Command({ name: 'audit', description: 'Prove the log untouched: verify hash chains and anchors, take an anchor', subCommands: [AuditVerifyCommand, AuditAnchorCommand] })
export class AuditCommand extends CommandRunner {
  async run(): Promise<void> {
    this.command.help();
  }
}
