import type { MeetingKind } from '../../events/meetings.events';
import type { LocalizedText, UnitLevel } from '../../events/shared.types';

export const KIND_WORDS: Readonly<Record<MeetingKind, LocalizedText>> = {
  ORGANIZATIONAL: { ar: 'اجتماع تنظيمي', fr: 'Réunion organisationnelle' },
  GENERAL_ASSEMBLY: { ar: 'جمع عام', fr: 'Assemblée générale' },
  CONGRESS: { ar: 'مؤتمر', fr: 'Congrès' },
  COUNCIL: { ar: 'دورة المجلس', fr: 'Session du conseil' },
  BUREAU: { ar: 'اجتماع المكتب', fr: 'Réunion du bureau' },
  PUBLIC: { ar: 'لقاء تواصلي', fr: 'Rencontre de proximité' },
  OTHER: { ar: 'لقاء', fr: 'Rencontre' },
};

/** How each level's secretariat is called: "the provincial secretariat of El Hajeb". */
export const LEVEL_WORDS: Readonly<Record<UnitLevel, LocalizedText>> = {
  NATIONAL: { ar: 'الأمانة العامة', fr: 'Secrétariat général' },
  REGIONAL: { ar: 'الأمانة الجهوية', fr: 'Secrétariat régional' },
  PROVINCIAL: { ar: 'الأمانة الإقليمية', fr: 'Secrétariat provincial' },
  LOCAL: { ar: 'الأمانة المحلية', fr: 'Secrétariat local' },
};

export const AGENDA_ITEMS: readonly LocalizedText[] = [
  { ar: 'تدارس الوضع التنظيمي للحزب', fr: 'Situation organisationnelle du parti' },
  { ar: 'التحضير للاستحقاقات الانتخابية المقبلة', fr: 'Préparation des prochaines échéances électorales' },
  { ar: 'المصادقة على التقرير المالي', fr: 'Approbation du rapport financier' },
  { ar: 'تجديد هياكل الحزب', fr: 'Renouvellement des structures du parti' },
  { ar: 'برنامج الأنشطة الإشعاعية', fr: 'Programme des activités de rayonnement' },
  { ar: 'قضايا الشأن المحلي', fr: 'Questions de gestion locale' },
  { ar: 'دراسة طلبات الانخراط الجديدة', fr: 'Examen des nouvelles adhésions' },
  { ar: 'التواصل مع المواطنات والمواطنين', fr: 'Communication avec les citoyennes et les citoyens' },
  { ar: 'تعزيز حضور النساء والشباب في الهياكل', fr: 'Place des femmes et des jeunes dans les structures' },
  { ar: 'متابعة تنفيذ المقررات السابقة', fr: 'Suivi des décisions précédentes' },
  { ar: 'الدخول السياسي والاجتماعي', fr: 'Rentrée politique et sociale' },
  { ar: 'حصيلة عمل المنتخبين', fr: 'Bilan des élus' },
];

export const GROUP_LABELS: readonly LocalizedText[] = [
  { ar: 'مناضلات ومناضلو الحزب', fr: 'Militantes et militants du parti' },
  { ar: 'منتخبو الحزب', fr: 'Élus du parti' },
  { ar: 'فعاليات المجتمع المدني', fr: 'Acteurs de la société civile' },
  { ar: 'شباب الحزب', fr: 'Jeunes du parti' },
];

export const GUEST_ROLES: readonly string[] = ['عضو المكتب السياسي', 'ممثل الأمانة الجهوية', 'برلماني عن الإقليم', 'رئيس الجماعة'];

export const VENUES: readonly LocalizedText[] = [
  { ar: 'مقر الحزب', fr: 'Siège du parti' },
  { ar: 'قاعة الاجتماعات بدار الشباب', fr: 'Salle de réunion de la maison des jeunes' },
  { ar: 'المركب الثقافي', fr: 'Complexe culturel' },
  { ar: 'قاعة الندوات بالفندق', fr: "Salle de conférences de l'hôtel" },
];

export const DISCUSSIONS: readonly string[] = [
  'وتدارس الحاضرون النقط المدرجة في جدول الأعمال في جو من المسؤولية والنقاش البناء.',
  'وقدم الكاتب تقريرا مفصلا عن حصيلة الأشهر الماضية، تلته مداخلات غنية من الحاضرين.',
  'وتوقف المجتمعون عند انتظارات الساكنة في مجالات التشغيل والصحة والتعليم.',
  'وأكدت المداخلات على ضرورة تقوية التنظيم وتوسيع قاعدة المنخرطين.',
  'وناقش الحاضرون سبل تحسين التواصل مع المواطنين وتأطيرهم.',
];

export const CLOSINGS: readonly string[] = [
  'واختتم الاجتماع بالمصادقة على جملة من المقررات.',
  'وفي ختام الأشغال تم الاتفاق على موعد الاجتماع المقبل.',
  'وانتهى الاجتماع بتلاوة البيان الختامي.',
];

export const CORRECTION_REASONS: readonly string[] = [
  'تصحيح خطأ مادي في المحضر',
  'إضافة نقطة سقطت سهوا من جدول الأعمال',
  'تصحيح اسم مكان الانعقاد',
  'استكمال ملخص الاجتماع بعد مراجعة المحضر',
];
