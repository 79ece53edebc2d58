import type { FeatureIntent } from '../../engine/intents.ts';
import { t } from './messages.ts';
import type { Topic } from './flow.ts';

function topic(id: Topic, phrases: readonly string[]): FeatureIntent {
  return { id, phrases, label: (lang) => t(lang, `topics.label.${id}`), hints: () => ({ topic: id }) };
}

/** The programmes people ask about in a sentence; each answered by a pointer until it has its own feature. */
export const topicsIntents: readonly FeatureIntent[] = [
  // Training: the course search's (src/features/course-search/intents.ts), with the courses themselves.
  topic('job_fair', [
    'phien giao dich',
    'phien giao dich viec lam',
    'san giao dich viec lam',
    'hoi cho viec lam',
    'ngay hoi viec lam',
    'ngay hoi tuyen dung',
    'job fair',
  ]),
  topic('work_problem', [
    'no luong',
    'bi no luong',
    'khong tra luong',
    'cham luong',
    'quyt luong',
    'bi duoi viec',
    'bi danh',
    'bi lua',
    'lua dao',
    'tai nan lao dong',
    'giu giay to',
    'giu can cuoc',
    'ep lam them',
    'khong co hop dong',
    'unpaid wages',
    'problem at work',
  ]),
  topic('loan', ['vay von', 'vay tien', 'cho vay', 'ngan hang chinh sach', 'vay ngan hang', 'loan', 'borrow money']),
  topic('insurance', [
    'bao hiem that nghiep',
    'tro cap that nghiep',
    'huong that nghiep',
    'bao hiem xa hoi',
    'unemployment insurance',
    'unemployment benefit',
  ]),
  topic('abroad', [
    'xuat khau lao dong',
    'di nuoc ngoai',
    'lam viec o nuoc ngoai',
    'di lam nuoc ngoai',
    'di han quoc',
    'di nhat',
    'di dai loan',
    'work abroad',
    'working abroad',
  ]),
  topic('person', [
    'gap can bo',
    'noi chuyen voi can bo',
    'noi chuyen voi nguoi',
    'nguoi that',
    'tu van vien',
    'nhan vien tu van',
    'lien he can bo',
    'so dien thoai can bo',
    'goi cho can bo',
    'tong dai',
    'admin oi',
    'gap admin',
    'hoi admin',
    'talk to a person',
    'real person',
    'talk to someone',
  ]),
];
