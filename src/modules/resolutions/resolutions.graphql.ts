import { registerEnumType } from '@nestjs/graphql';
import { RESOLUTION_KINDS, RESOLUTION_STATUSES } from '../../events/resolutions.events';
import { enumOf } from '../../infrastructure/graphql/enum-of';

export const ResolutionKindEnum = enumOf(RESOLUTION_KINDS);
export const ResolutionStatusEnum = enumOf(RESOLUTION_STATUSES);
registerEnumType(ResolutionKindEnum, { name: 'ResolutionKind' });
registerEnumType(ResolutionStatusEnum, { name: 'ResolutionStatus', description: 'Follow-up status of a resolution in force.' });
