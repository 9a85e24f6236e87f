import type { ResolutionAdopted, ResolutionRescinded, ResolutionStatusChanged } from '../../events/resolutions.events';

/** Events for given/when/then specs of this context: resolution r3 of the El Hajeb meeting. */
export const adopted = (overrides: Partial<ResolutionAdopted['data']> = {}): ResolutionAdopted => ({
  type: 'ResolutionAdopted',
  data: {
    resolutionId: 'el-hajeb-2021-06-07-r3',
    meetingId: 'el-hajeb-2021-06-07',
    unitId: 'el-hajeb',
    kind: 'DECISION',
    text: {
      ar: 'إجماع كل الحضور على الانخراط في عملية التسجيل في اللوائح الانتخابية',
      en: 'Unanimous commitment to take part in registering on the electoral rolls.',
    },
    adoptedOn: '2021-06-07',
    dueOn: null,
    ...overrides,
  },
});

export const statusChanged = (overrides: Partial<ResolutionStatusChanged['data']> = {}): ResolutionStatusChanged => ({
  type: 'ResolutionStatusChanged',
  data: {
    resolutionId: 'el-hajeb-2021-06-07-r3',
    unitId: 'el-hajeb',
    from: 'ADOPTED',
    to: 'IN_PROGRESS',
    changedOn: '2021-06-10',
    note: null,
    ...overrides,
  },
});

export const rescinded = (overrides: Partial<ResolutionRescinded['data']> = {}): ResolutionRescinded => ({
  type: 'ResolutionRescinded',
  data: {
    resolutionId: 'el-hajeb-2021-06-07-r3',
    unitId: 'el-hajeb',
    rescindedOn: '2021-06-20',
    reason: 'Superseded by the regional council',
    ...overrides,
  },
});
