import { describe, expect, it } from 'vitest';
import { statsMessage } from '../../../src/dialogs/engine/stats.ts';

const NOW = new Date('2026-11-20T03:00:00Z');
const counts = { workers: 1234, workersThisMonth: 3, pending: 2, approved: 15, rejected: 1, headcountApproved: 20000 };

describe('statsMessage (/thongke)', () => {
  it('shows the area, the date, and Vietnamese number format', () => {
    expect(statsMessage('vi', 'Thái Nguyên', counts, NOW).text).toBe(
      [
        '📊 Số liệu địa bàn Thái Nguyên, đến 20/11/2026:',
        'Người đăng ký nhận tin: 1.234 (mới trong tháng: dưới 5)',
        'Tin tuyển dụng: 15 đã duyệt, 2 chờ duyệt, 1 bị từ chối',
        'Chỉ tiêu tuyển dụng trong tin đã duyệt: 20.000 người',
      ].join('\n'),
    );
  });

  it('never shows a number of people between 1 and 4; 0 is shown as 0', () => {
    for (const n of [1, 2, 3, 4]) expect(statsMessage('vi', 'X', { ...counts, workers: n }, NOW).text).toContain('Người đăng ký nhận tin: dưới 5');
    expect(statsMessage('vi', 'X', { ...counts, workers: 0, workersThisMonth: 0 }, NOW).text).toContain('Người đăng ký nhận tin: 0 (mới trong tháng: 0)');
    expect(statsMessage('en', 'X', { ...counts, workers: 4 }, NOW).text).toContain('People registered for alerts: fewer than 5');
  });
});
