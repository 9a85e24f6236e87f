import { Module } from '@nestjs/common';
import { ActivityByChildResolver } from './activity-by-child.resolver';
import { ActivityBucketEvidenceResolver, ActivitySummaryEvidenceResolver } from './activity-evidence.resolver';
import { ActivityReader } from './activity.reader';
import { OrgUnitActivityResolver } from './activity.resolver';

/** Activity read model: day buckets summed per unit, subtree and period, and the events behind each figure. ReadModels and Freshness come from the global runtime module. */
@Module({ providers: [ActivityReader, OrgUnitActivityResolver, ActivityByChildResolver, ActivitySummaryEvidenceResolver, ActivityBucketEvidenceResolver] })
export class ActivityModule {}
