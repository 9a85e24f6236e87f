import { registerEnumType } from '@nestjs/graphql';
import { LEAVING_REASONS } from '../../events/members.events';
import { enumOf } from '../../infrastructure/graphql/enum-of';

export const LeavingReasonEnum = enumOf(LEAVING_REASONS);
registerEnumType(LeavingReasonEnum, { name: 'LeavingReason', description: 'Why a member left the register.' });
