import type { LocalizedText } from '../../events/shared.types';
import { hashOf } from '../random';

/** [Arabic, French] spellings of common Moroccan given and family names. */
const MEN: ReadonlyArray<readonly [string, string]> = [
  ['محمد', 'Mohamed'], ['أحمد', 'Ahmed'], ['يوسف', 'Youssef'], ['عبد الله', 'Abdellah'], ['مصطفى', 'Mustapha'],
  ['رشيد', 'Rachid'], ['سعيد', 'Said'], ['عبد الرحيم', 'Abderrahim'], ['حسن', 'Hassan'], ['إدريس', 'Driss'],
  ['كريم', 'Karim'], ['عثمان', 'Othmane'], ['هشام', 'Hicham'], ['نور الدين', 'Noureddine'], ['عبد الإله', 'Abdelilah'],
  ['المهدي', 'El Mehdi'], ['ياسين', 'Yassine'], ['أيوب', 'Ayoub'], ['خالد', 'Khalid'], ['عبد العزيز', 'Abdelaziz'],
  ['جمال', 'Jamal'], ['عمر', 'Omar'], ['الحسين', 'El Houssine'], ['توفيق', 'Taoufik'], ['عبد الحق', 'Abdelhak'],
  ['سفيان', 'Soufiane'], ['أنس', 'Anas'], ['بلال', 'Bilal'], ['عزيز', 'Aziz'], ['لحسن', 'Lahcen'],
];

const WOMEN: ReadonlyArray<readonly [string, string]> = [
  ['فاطمة', 'Fatima'], ['خديجة', 'Khadija'], ['مريم', 'Meryem'], ['نادية', 'Nadia'], ['سعاد', 'Souad'],
  ['زينب', 'Zineb'], ['حنان', 'Hanane'], ['ليلى', 'Leila'], ['أمينة', 'Amina'], ['سناء', 'Sanaa'],
  ['نزهة', 'Nezha'], ['لطيفة', 'Latifa'], ['إيمان', 'Imane'], ['هدى', 'Houda'], ['سلمى', 'Salma'],
  ['كوثر', 'Kaoutar'], ['رجاء', 'Rajae'], ['وفاء', 'Wafae'], ['أسماء', 'Asmae'], ['نجاة', 'Najat'],
  ['سميرة', 'Samira'], ['بشرى', 'Bouchra'], ['حفصة', 'Hafsa'], ['ياسمين', 'Yasmine'], ['عائشة', 'Aicha'],
];

const FAMILIES: ReadonlyArray<readonly [string, string]> = [
  ['العلوي', 'Alaoui'], ['بناني', 'Bennani'], ['التازي', 'Tazi'], ['الإدريسي', 'Idrissi'], ['الفاسي', 'El Fassi'],
  ['برادة', 'Berrada'], ['الشرقاوي', 'Cherkaoui'], ['الحسني', 'El Hassani'], ['الزياني', 'Zayani'], ['بنعلي', 'Benali'],
  ['أمزيان', 'Amziane'], ['أوعلي', 'Ouali'], ['الريفي', 'Rifi'], ['السوسي', 'Soussi'], ['المراكشي', 'Marrakchi'],
  ['الوزاني', 'Ouazzani'], ['الكتاني', 'Kettani'], ['الصنهاجي', 'Sanhaji'], ['البقالي', 'Bakkali'], ['الحمداوي', 'Hamdaoui'],
  ['الطاهري', 'Tahiri'], ['الخياطي', 'Khayati'], ['الناصري', 'Naciri'], ['بوزيد', 'Bouzid'], ['أيت علي', 'Ait Ali'],
  ['الفيلالي', 'Filali'], ['الدكالي', 'Doukkali'], ['العمراني', 'Amrani'], ['الرحماني', 'Rahmani'], ['بلحاج', 'Belhaj'],
  ['الغزالي', 'Ghazali'], ['المنصوري', 'Mansouri'], ['الزهراوي', 'Zahraoui'], ['الجزولي', 'Jazouli'], ['بوعزة', 'Bouazza'],
];

export interface PersonName {
  readonly fullName: LocalizedText;
  readonly woman: boolean;
}

/** The name of the n-th person of a history: derived from n alone, so it need not be kept. */
export const personName = (n: number, salt: number): PersonName => {
  const h = hashOf(n, salt);
  const woman = (h & 1) === 1;
  const givens = woman ? WOMEN : MEN;
  const [givenAr, givenFr] = givens[(h >>> 1) % givens.length]!;
  const [familyAr, familyFr] = FAMILIES[(h >>> 9) % FAMILIES.length]!;
  return { fullName: { ar: `${givenAr} ${familyAr}`, fr: `${givenFr} ${familyFr}` }, woman };
};

/** Now and then a title, as records give one for lawyers, doctors and teachers. */
export const honorificOf = (n: number, salt: number, woman: boolean): LocalizedText | null => {
  const h = hashOf(n, salt ^ 0x9e37) % 40;
  if (h === 0) return woman ? { ar: 'الأستاذة', fr: 'Maître' } : { ar: 'الأستاذ', fr: 'Maître' };
  if (h === 1) return woman ? { ar: 'الدكتورة', fr: 'Docteure' } : { ar: 'الدكتور', fr: 'Docteur' };
  return null;
};
