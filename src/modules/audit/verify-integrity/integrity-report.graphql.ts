import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../../infrastructure/graphql/enum-of';
import type { AnchorProblemKind, BrokenAnchor, BrokenLink, IntegrityReport } from './integrity-verifier';
import type { LinkProblemKind } from '../../../infrastructure/event-store/integrity/chain-link';

const LINK_PROBLEMS: readonly LinkProblemKind[] = ['REVISION_GAP', 'HASH_MISMATCH', 'PREVIOUS_HASH_MISMATCH', 'SEAL_MISSING'];
const ANCHOR_PROBLEMS: readonly AnchorProblemKind[] = [
  'MALFORMED',
  'ANCHOR_HASH_MISMATCH',
  'PREVIOUS_ANCHOR_MISMATCH',
  'LAST_EVENT_MISSING',
  'LAST_EVENT_MOVED',
  'EVENT_COUNT_MISMATCH',
  'EVENTS_DIGEST_MISMATCH',
  'KEPT_ANCHOR_NOT_FOUND',
];
const LinkProblemEnum = enumOf(LINK_PROBLEMS);
const AnchorProblemEnum = enumOf(ANCHOR_PROBLEMS);
registerEnumType(LinkProblemEnum, {
  name: 'ChainLinkProblem',
  description:
    'HASH_MISMATCH: the content no longer gives its stored hash. PREVIOUS_HASH_MISMATCH: it names another predecessor than the one stored. ' +
    'REVISION_GAP: an event of the stream is missing. SEAL_MISSING: an unsealed event after sealed ones.',
});
registerEnumType(AnchorProblemEnum, { name: 'AnchorProblem' });

@ObjectType('BrokenChainLink', { description: 'The first event, in log order, whose link in its stream chain does not hold.' })
export class BrokenLinkType {
  @Field(() => String) streamId!: string;
  @Field(() => Int) revision!: number;
  @Field(() => String, { description: 'Its cursor in the global log.' }) position!: string;
  @Field(() => ID) eventId!: string;
  @Field(() => LinkProblemEnum) problem!: LinkProblemKind;
  @Field(() => String, { description: 'What the chain requires here (for hashes: recomputed from the stored content).' }) expected!: string;
  @Field(() => String, { description: 'What is stored.' }) found!: string;
}

@ObjectType('BrokenAnchor', { description: 'The first log anchor that the log no longer matches.' })
export class BrokenAnchorType {
  @Field(() => Int, { nullable: true, description: 'Its revision in the anchor stream; null for a kept anchor hash not found.' }) sequence!: number | null;
  @Field(() => ID, { nullable: true }) anchorEventId!: string | null;
  @Field(() => AnchorProblemEnum) problem!: AnchorProblemKind;
  @Field(() => String, { description: 'What the anchor recorded (for its own hash: recomputed from its fields).' }) expected!: string;
  @Field(() => String, { description: 'What the log holds now.' }) found!: string;
}

@ObjectType('IntegrityReport', { description: 'Every stream hash chain and every log anchor, recomputed from the stored events.' })
export class IntegrityReportType {
  @Field(() => Boolean, { description: 'True when no link and no anchor is broken.' }) clean!: boolean;
  @Field(() => Int) eventsChecked!: number;
  @Field(() => Int) streamsChecked!: number;
  @Field(() => Int) sealedEvents!: number;
  @Field(() => Int, { description: 'Events recorded before sealing existed: no hash to check, not counted as tampered.' }) unsealedEvents!: number;
  @Field(() => Int) brokenLinks!: number;
  @Field(() => BrokenLinkType, { nullable: true }) firstBrokenLink!: BrokenLink | null;
  @Field(() => Int) anchorsChecked!: number;
  @Field(() => Int) brokenAnchors!: number;
  @Field(() => BrokenAnchorType, { nullable: true }) firstBrokenAnchor!: BrokenAnchor | null;
  @Field(() => Int, { description: 'Events after the last matched anchor: protected by their chains only until the next anchor.' })
  eventsAfterLastAnchor!: number;
  @Field(() => String, { nullable: true, description: 'The newest anchor hash: keep it outside the system to check later runs against.' })
  lastAnchorHash!: string | null;
  @Field(() => String, { nullable: true, description: 'The log head the verification ran up to.' }) headPosition!: string | null;

  static of(report: IntegrityReport): IntegrityReportType {
    return Object.assign(new IntegrityReportType(), report);
  }
}
