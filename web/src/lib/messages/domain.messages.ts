import type { Message } from './catalogue.types';

/** Names of the API's enum values. */
export const DOMAIN_MESSAGES = {
  'level.NATIONAL': { ar: 'وطنية', fr: 'National', en: 'National' },
  'level.REGIONAL': { ar: 'جهوية', fr: 'Régional', en: 'Regional' },
  'level.PROVINCIAL': { ar: 'إقليمية', fr: 'Provincial', en: 'Provincial' },
  'level.LOCAL': { ar: 'محلية', fr: 'Local', en: 'Local' },

  'meetingKind.BUREAU': { ar: 'اجتماع المكتب', fr: 'Bureau', en: 'Bureau' },
  'meetingKind.CONGRESS': { ar: 'مؤتمر', fr: 'Congrès', en: 'Congress' },
  'meetingKind.COUNCIL': { ar: 'مجلس', fr: 'Conseil', en: 'Council' },
  'meetingKind.GENERAL_ASSEMBLY': { ar: 'جمع عام', fr: 'Assemblée générale', en: 'General assembly' },
  'meetingKind.ORGANIZATIONAL': { ar: 'اجتماع تنظيمي', fr: "Réunion d'organisation", en: 'Organizational meeting' },
  'meetingKind.PUBLIC': { ar: 'لقاء تواصلي', fr: 'Réunion publique', en: 'Public meeting' },
  'meetingKind.OTHER': { ar: 'اجتماع', fr: 'Réunion', en: 'Meeting' },

  'partOfDay.MORNING': { ar: 'صباحًا', fr: 'le matin', en: 'morning' },
  'partOfDay.AFTERNOON': { ar: 'بعد الظهر', fr: "l'après-midi", en: 'afternoon' },
  'partOfDay.EVENING': { ar: 'مساءً', fr: 'le soir', en: 'evening' },
  'partOfDay.NIGHT': { ar: 'ليلًا', fr: 'la nuit', en: 'night' },

  'status.ADOPTED': { ar: 'معتمد', fr: 'Adoptée', en: 'Adopted' },
  'status.IN_PROGRESS': { ar: 'قيد التنفيذ', fr: 'En cours', en: 'In progress' },
  'status.IMPLEMENTED': { ar: 'منفّذ', fr: 'Mise en œuvre', en: 'Implemented' },
  'status.BLOCKED': { ar: 'متعثر', fr: 'Bloquée', en: 'Blocked' },
  'status.ABANDONED': { ar: 'متخلًّى عنه', fr: 'Abandonnée', en: 'Abandoned' },
  'status.RESCINDED': { ar: 'ملغى', fr: 'Annulée', en: 'Rescinded' },

  'resolutionKind.DECISION': { ar: 'قرار', fr: 'Décision', en: 'Decision' },
  'resolutionKind.COMMITMENT': { ar: 'التزام', fr: 'Engagement', en: 'Commitment' },
  'resolutionKind.RECOMMENDATION': { ar: 'توصية', fr: 'Recommandation', en: 'Recommendation' },
  'resolutionKind.STATEMENT': { ar: 'موقف', fr: 'Déclaration', en: 'Statement' },

  'position.SECRETARY_GENERAL': { ar: 'الأمين العام', fr: 'Secrétaire général', en: 'Secretary-General' },
  'position.DEPUTY_SECRETARY_GENERAL': { ar: 'نائب الأمين العام', fr: 'Secrétaire général adjoint', en: 'Deputy Secretary-General' },
  'position.TREASURER': { ar: 'أمين المال', fr: 'Trésorier', en: 'Treasurer' },
  'position.SPOKESPERSON': { ar: 'الناطق الرسمي', fr: 'Porte-parole', en: 'Spokesperson' },
  'position.LOCAL_SECRETARY': { ar: 'الأمين المحلي', fr: 'Secrétaire local', en: 'Local secretary' },
  'position.SECRETARIAT_MEMBER': { ar: 'عضو الأمانة', fr: 'Membre du secrétariat', en: 'Secretariat member' },
  'position.COUNCIL_MEMBER': { ar: 'عضو المجلس', fr: 'Membre du conseil', en: 'Council member' },

  'activity.MEETING_HELD': { ar: 'انعقاد اجتماع', fr: 'Réunion tenue', en: 'Meeting held' },
  'activity.MEETING_CORRECTED': { ar: 'تصحيح محضر اجتماع', fr: 'Procès-verbal corrigé', en: 'Meeting record corrected' },
  'activity.MEMBER_JOINED': { ar: 'انخراط عضو', fr: 'Adhésion', en: 'Member joined' },
  'activity.MEMBER_LEFT': { ar: 'مغادرة عضو', fr: "Départ d'un membre", en: 'Member left' },
  'activity.MEMBER_TRANSFERRED': { ar: 'انتقال عضو', fr: "Transfert d'un membre", en: 'Member transferred' },
  'activity.OFFICER_APPOINTED': { ar: 'تعيين مسؤول', fr: 'Nomination', en: 'Officer appointed' },
  'activity.OFFICER_RELIEVED': { ar: 'انتهاء مهام مسؤول', fr: 'Fin de mandat', en: 'Officer relieved' },
  'activity.RESOLUTION_ADOPTED': { ar: 'اعتماد قرار', fr: 'Résolution adoptée', en: 'Resolution adopted' },
  'activity.RESOLUTION_STATUS_CHANGED': { ar: 'تتبع قرار', fr: "Suivi d'une résolution", en: 'Resolution status changed' },
  'activity.RESOLUTION_RESCINDED': { ar: 'إلغاء قرار', fr: 'Résolution annulée', en: 'Resolution rescinded' },
  'activity.UNIT_ESTABLISHED': { ar: 'تأسيس وحدة', fr: 'Structure créée', en: 'Unit established' },
  'activity.UNIT_RENAMED': { ar: 'تغيير اسم وحدة', fr: 'Structure renommée', en: 'Unit renamed' },
  'activity.UNIT_DISSOLVED': { ar: 'حلّ وحدة', fr: 'Structure dissoute', en: 'Unit dissolved' },
} satisfies Record<string, Message>;
