import type { ResolutionKind, ResolutionStatus } from '../../events/resolutions.events';
import type { LeavingReason } from '../../events/members.events';

/** Resolution texts per kind; `{unit}` is the unit's Arabic name. */
export const RESOLUTION_TEXTS: Readonly<Record<ResolutionKind, readonly string[]>> = {
  DECISION: [
    'تقرر عقد المؤتمر الإقليمي قبل متم السنة الجارية.',
    'تقرر تشكيل لجنة تحضيرية للجمع العام تتولى الإعداد الأدبي واللوجستيكي.',
    'تقرر فتح باب الانخراط وتجديد البطائق لفائدة مناضلات ومناضلي {unit}.',
    'تقرر تنظيم قافلة تواصلية تجوب جماعات {unit}.',
    'تقرر إحداث خلية للتواصل الرقمي تابعة للأمانة.',
    'تقرر اعتماد برنامج سنوي للتكوين لفائدة المنتخبين.',
  ],
  COMMITMENT: [
    'يلتزم المكتب بتنظيم لقاءات تواصلية شهرية مع الساكنة.',
    'يلتزم المجتمعون بتتبع ملفات المواطنين لدى المصالح المعنية.',
    'يلتزم الحاضرون بإنجاح الحملة الوطنية للانخراط في {unit}.',
    'تلتزم الأمانة بإعداد تقرير مالي مفصل في الدورة المقبلة.',
  ],
  RECOMMENDATION: [
    'يوصي المجتمعون بتعزيز حضور النساء والشباب في هياكل الحزب.',
    'يوصي الاجتماع بتكثيف التنسيق مع منتخبي الحزب في {unit}.',
    'يوصي الحاضرون بإيلاء العناية لقضايا العالم القروي.',
    'يوصي المجلس بمراجعة النظام الداخلي للفروع.',
  ],
  STATEMENT: [
    'يعبر المجتمعون عن اعتزازهم بالتعبئة التي عرفتها {unit}.',
    'يثمن الاجتماع المجهودات المبذولة من طرف المنتخبين.',
    'يعلن الحاضرون دعمهم الكامل لقرارات المكتب السياسي.',
    'يدعو المجتمعون إلى مزيد من اليقظة والتعبئة.',
  ],
};

export const STATUS_NOTES: Readonly<Partial<Record<ResolutionStatus, readonly string[]>>> = {
  IN_PROGRESS: ['انطلق التنفيذ', 'شُكلت لجنة للتتبع'],
  IMPLEMENTED: ['تم التنفيذ', 'أنجز كما تقرر'],
  BLOCKED: ['في انتظار موافقة الأمانة الجهوية', 'تعذر التنفيذ لأسباب مالية'],
  ABANDONED: ['تجاوزته الأحداث'],
};

export const RESCIND_REASONS: readonly string[] = ['ألغي بقرار من المجلس', 'حل محله مقرر لاحق', 'تبين تعذر تنفيذه'];

export const TRANSFER_REASONS: readonly string[] = ['تغيير محل السكن', 'انتقال مهني', 'بطلب من المعني بالأمر'];

export const LEAVING: ReadonlyArray<readonly [LeavingReason, number]> = [
  ['RESIGNED', 40],
  ['MEMBERSHIP_LAPSED', 40],
  ['DECEASED', 8],
  ['EXPELLED', 4],
  ['OTHER', 8],
];

export const LEAVING_NOTES: readonly string[] = ['لم يجدد بطاقة الانخراط', 'استقالة مكتوبة', 'التحق بتنظيم آخر'];
