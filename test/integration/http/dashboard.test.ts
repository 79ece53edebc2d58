import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulatorChatId } from '../../../src/channels/simulator/identity.ts';
import type { DatabaseHandle } from '../../../src/db/connect.ts';
import { migrateToLatest } from '../../../src/db/migrate.ts';
import { seedReferenceData } from '../../../src/db/reference-data.ts';
import { issueDashboardLink } from '../../../src/dashboard/links.ts';
import { buildHttpApp, type HttpApp } from '../../../src/http/app.ts';
import { dashboardRoutes } from '../../../src/http/dashboard/routes.ts';
import { createLogger } from '../../../src/logger.ts';
import { createMetrics } from '../../../src/metrics.ts';
import { dashboardTables } from '../../../src/reporting/dashboard-tables.ts';
import { computeFunnel, resolveScope } from '../../../src/reporting/funnel.ts';
import { computeTrainingReport, trainingTables } from '../../../src/reporting/training-report.ts';
import { cellText } from '../../../src/dashboard/pages/format.ts';
import { startChatPipeline, type ChatPipeline } from '../../harness/chat-pipeline.ts';
import {
  BA_BE,
  DASHBOARD_MARCH,
  EXPECTED,
  PHO_YEN,
  seedDashboardData,
  TAN_PHONG,
  TO_HIEU,
  VAN_LANG,
  vn,
} from '../../harness/dashboard-seed.ts';
import { backends } from '../../harness/databases.ts';

/**
 * The officials' dashboard end to end, on PostgreSQL and PGlite: a login link asked for in chat (/baocao), spent once,
 * the page's numbers checked against a dataset counted by hand (and, for every measure, against the funnel module),
 * CSV and XLSX exports read back with "<5" where few people are counted, scope enforced (403), used, expired and
 * unknown links refused (401), revoked roles and old sessions shut out, every export and login in the audit log,
 * and the audit page for admins only.
 */
const TOKEN = 'dashboard-admin-token-0123456789';
const MARCH_QUERY = `from=${DASHBOARD_MARCH.from}&to=${DASHBOARD_MARCH.to}`;
/** The same query as written in the page's links (& escaped). */
const MARCH_HREF = MARCH_QUERY.replace('&', '&amp;');

/** The text of an HTML fragment, entities decoded (the page writes "<5" as &lt;5). */
const text = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();

function areaCell(page: string, region: string, measure: string): string {
  const row = new RegExp(`<tr[^>]*data-region="${region}"[^>]*>(.*?)</tr>`, 's').exec(page)?.[1] ?? '';
  return text(new RegExp(`<td class="n" data-measure="${measure}">(.*?)</td>`, 's').exec(row)?.[1] ?? 'missing');
}

function totalCell(page: string, measure: string): string {
  const section = /<section id="table-areas">(.*?)<\/section>/s.exec(page)?.[1] ?? '';
  const row = /<tr class="total">(.*?)<\/tr>/s.exec(section)?.[1] ?? '';
  return text(new RegExp(`<td class="n" data-measure="${measure}">(.*?)</td>`, 's').exec(row)?.[1] ?? 'missing');
}

function card(page: string, measure: string): string {
  return text(
    new RegExp(`<div class="card" data-measure="${measure}"><div class="value">(.*?)</div>`, 's').exec(page)?.[1] ??
      'missing',
  );
}

function cookieFrom(setCookie: string | string[] | undefined): string {
  const header = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  const value = /knvl_session=([^;]*)/.exec(header ?? '')?.[1];
  if (!value) throw new Error(`no session cookie in ${JSON.stringify(setCookie)}`);
  return `knvl_session=${value}`;
}

describe.each(backends)('/dashboard: login link, figures, exports, scope and audit, on $name', (backend) => {
  let cleanup: () => Promise<void>;
  let handle: DatabaseHandle;
  let chat: ChatPipeline;
  let http: HttpApp;
  let clock: Date | null = null;
  let officialId = 0;
  let adminId = 0;

  beforeAll(async () => {
    ({ handle, cleanup } = await backend.open());
    await migrateToLatest(handle.db);
    await seedReferenceData(handle.db);
    await seedDashboardData(handle.db);
    chat = startChatPipeline(handle.db, { floodLimit: 10_000 });
    const personOf = async (user: string) => {
      await chat.say(user, '/start');
      const row = await handle.db
        .selectFrom('channel_identities')
        .select('person_id')
        .where('chat_id', '=', simulatorChatId(user))
        .executeTakeFirstOrThrow();
      return row.person_id ?? 0;
    };
    officialId = await personOf('Can bo Hung');
    adminId = await personOf('Quan tri An');
    await personOf('Lan');
    await handle.db
      .insertInto('roles')
      .values([
        { person_id: officialId, role: 'official', region_code: '19', granted_via: 'cli' },
        { person_id: adminId, role: 'admin', region_code: null, granted_via: 'cli' },
      ])
      .execute();
    http = await buildHttpApp({
      logger: createLogger({ level: 'silent', secrets: [] }),
      metrics: createMetrics(),
      readiness: {},
      routes: [dashboardRoutes({ db: handle.db, adminToken: TOKEN, publicUrl: null, now: () => clock ?? new Date() })],
    });
  });
  afterAll(async () => {
    await http?.app.close();
    chat?.close();
    await cleanup?.();
  });

  /** /baocao in chat as `user`: the token in the link the bot sends. */
  async function linkFromChat(user: string): Promise<string> {
    const replies = await chat.say(user, '/baocao');
    const url = /http:\/\/localhost:3000\/dashboard\/login\?token=([A-Za-z0-9_-]{43})/.exec(replies.join('\n'));
    if (!url) throw new Error(`no link in ${JSON.stringify(replies)}`);
    return url[1] ?? '';
  }

  async function login(user: string): Promise<string> {
    const token = await linkFromChat(user);
    const response = await form('/dashboard/login', `token=${token}`);
    expect(response.statusCode).toBe(303);
    return cookieFrom(response.headers['set-cookie']);
  }

  const get = (url: string, cookie?: string) =>
    http.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });

  /**
   * A form POST as a browser on our page sends it. Each from an address of its own: POST /dashboard/login allows
   * 20 a minute per address, and this file signs in more often than that (the limit has its own test).
   */
  let addresses = 0;
  const form = (
    url: string,
    payload: string,
    headers: Record<string, string> = {},
    remoteAddress = `10.9.${Math.floor(addresses / 250)}.${(addresses++ % 250) + 1}`,
  ) =>
    http.app.inject({
      method: 'POST',
      url,
      payload,
      remoteAddress,
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    });

  it('a worker asking for /baocao is refused politely; an official gets a one-time link, and the request is audited', async () => {
    expect((await chat.say('Lan', '/baocao')).join('\n')).toContain('dành cho cán bộ');
    const replies = await chat.say('Can bo Hung', '/dashboard');
    expect(replies.join('\n')).toMatch(
      /^🔗 Đường dẫn mở bảng số liệu của bạn:\nhttp:\/\/localhost:3000\/dashboard\/login\?token=[A-Za-z0-9_-]{43}\nDùng được 1 lần, trong 15 phút/,
    );
    const links = await handle.db
      .selectFrom('dashboard_links')
      .selectAll()
      .where('person_id', '=', officialId)
      .execute();
    expect(links).toHaveLength(1);
    // Only the hash is stored.
    expect(replies.join('\n')).not.toContain(links[0]?.token_hash);
    const audit = await handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'dashboard.link_issued')
      .execute();
    expect(audit).toEqual([expect.objectContaining({ actor_person_id: officialId, actor_label: 'official' })]);
  });

  it('the link opens a page whose button spends it once: a session cookie, then /dashboard without the token', async () => {
    const token = await linkFromChat('Can bo Hung');
    // Opening the link (or a chat app fetching it for a preview) spends nothing.
    for (let i = 0; i < 2; i++) {
      const page = await get(`/dashboard/login?token=${token}`);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('<form method="post" action="/dashboard/login">');
      expect(page.headers['referrer-policy']).toBe('no-referrer');
    }
    const spend = () => form('/dashboard/login', `token=${token}`);
    const first = await spend();
    expect(first.statusCode).toBe(303);
    expect(first.headers.location).toBe('/dashboard');
    const setCookie = String(first.headers['set-cookie']);
    expect(setCookie).toMatch(/^knvl_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=43200$/);
    const sessions = await handle.db
      .selectFrom('dashboard_sessions')
      .selectAll()
      .where('person_id', '=', officialId)
      .execute();
    expect(sessions).toHaveLength(1);
    expect(setCookie).not.toContain(sessions[0]?.id_hash);

    const again = await spend();
    expect(again.statusCode).toBe(401);
    expect(text(again.body)).toContain('Đường dẫn này đã được dùng rồi.');
    expect(text(again.body)).toContain('Bạn gõ /baocao');
    expect((await get(`/dashboard/login?token=${token}`)).statusCode).toBe(401);
  });

  it('expired, unknown and malformed links get a clear page (401), never an error', async () => {
    const { token: expired } = await issueDashboardLink(handle.db, officialId, new Date(Date.now() - 16 * 60_000));
    const cases: Array<[string, string]> = [
      [expired, 'đã hết hạn (chỉ dùng được trong 15 phút)'],
      ['A'.repeat(43), 'Đường dẫn này không đúng.'],
      ['<script>', 'Đường dẫn này không đúng.'],
      ['', 'Đường dẫn này không đúng.'],
    ];
    for (const [token, message] of cases) {
      const shownPage = await get(`/dashboard/login?token=${encodeURIComponent(token)}`);
      expect(shownPage.statusCode, token).toBe(401);
      expect(text(shownPage.body)).toContain(message);
      expect(shownPage.body).not.toContain('<script>');
      const posted = await form('/dashboard/login', `token=${encodeURIComponent(token)}`);
      expect(posted.statusCode, token).toBe(401);
      expect(text(posted.body)).toContain(message);
    }
    expect((await form('/dashboard/login', 'x'.repeat(10_000))).statusCode).toBe(413);
  });

  it("the page shows the official's province for the period, its numbers as counted by hand, small counts as <5", async () => {
    const cookie = await login('Can bo Hung');
    const response = await get(`/dashboard?${MARCH_QUERY}`, cookie);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
    );
    expect(response.headers['cache-control']).toBe('no-store');
    const page = response.body;
    expect(text(/<div class="heading" id="heading">(.*?)<\/div>/s.exec(page)?.[1] ?? '')).toBe(
      'Thái Nguyên, từ 01/03/2026 đến 31/03/2026',
    );

    const tn = EXPECTED.thaiNguyen;
    expect(card(page, 'registered')).toBe(String(tn.registered));
    expect(card(page, 'vacanciesApproved')).toBe('2');
    expect(card(page, 'headcountApproved')).toBe('1.234');
    expect(card(page, 'employers')).toBe('1');
    expect(card(page, 'interested')).toBe('6');
    expect(card(page, 'hired')).toBe('<5');
    expect(areaCell(page, VAN_LANG, 'registered')).toBe('7');
    expect(areaCell(page, VAN_LANG, 'headcountApproved')).toBe('1.200');
    expect(areaCell(page, VAN_LANG, 'interested')).toBe('6');
    expect(areaCell(page, PHO_YEN, 'registered')).toBe('<5');
    expect(areaCell(page, BA_BE, 'registered')).toBe('<5');
    expect(areaCell(page, PHO_YEN, 'headcountApproved')).toBe('34');
    expect(totalCell(page, 'registered')).toBe('12');
    expect(totalCell(page, 'headcountApproved')).toBe('1.234');
    // Sơn La is not the official's: none of its communes is on the page.
    expect(page).not.toContain(`data-region="${TAN_PHONG}"`);

    // Every measure and every area the report has, as the funnel module computes it and suppression shows it
    // (new measures need no change here).
    const report = await computeFunnel(handle.db, (await resolveScope(handle.db, '19'))!, DASHBOARD_MARCH);
    const [areas] = dashboardTables(report, 'vi');
    for (const [i, measure] of areas!.measures.entries()) {
      expect(card(page, measure), measure).toBe(cellText('vi', areas!.rows.at(-1)!.values[i] ?? null));
      for (const row of areas!.rows.filter((r) => !r.isTotal))
        expect(areaCell(page, row.regionCode!, measure), `${row.regionCode} ${measure}`).toBe(
          cellText('vi', row.values[i] ?? null),
        );
    }
    // Charts are inline SVG; the funnel chart has one bar per step the report has.
    expect(page).toMatch(/<section id="funnel-chart">.*<svg [^>]*class="chart funnel"/s);
    expect(page).toMatch(/<section id="trend-chart">/);
    for (const table of dashboardTables(report, 'vi')) expect(page).toContain(`<section id="table-${table.id}">`);
    // Names and phone numbers never reach a report.
    expect(page).not.toContain('Người Thử');
    expect(page).not.toContain('0912');
    expect(page).not.toContain('+849');
    expect(page).not.toMatch(/<script/i);
  });

  it('without a period: this year so far; a commune of the province opens with a link back up', async () => {
    const cookie = await login('Can bo Hung');
    const year = new Date().getFullYear();
    const whole = await get('/dashboard', cookie);
    expect(whole.statusCode).toBe(200);
    expect(text(/<div class="heading" id="heading">(.*?)<\/div>/s.exec(whole.body)?.[1] ?? '')).toMatch(
      new RegExp(`^Thái Nguyên, từ 01/01/${year} đến \\d{2}/\\d{2}/${year}$`),
    );
    const commune = await get(`/dashboard?${MARCH_QUERY}&region=${VAN_LANG}`, cookie);
    expect(commune.statusCode).toBe(200);
    expect(text(/<div class="heading" id="heading">(.*?)<\/div>/s.exec(commune.body)?.[1] ?? '')).toBe(
      'Xã Văn Lăng, từ 01/03/2026 đến 31/03/2026',
    );
    expect(card(commune.body, 'registered')).toBe('7');
    expect(commune.body).toContain(`href="/dashboard?${MARCH_HREF}&amp;region=19"`);
  });

  it('a region outside the scope is refused (403); unknown regions, bad dates and tables say what is wrong', async () => {
    const cookie = await login('Can bo Hung');
    for (const region of ['14', TAN_PHONG]) {
      for (const path of ['/dashboard', '/dashboard/export.csv', '/dashboard/export.xlsx']) {
        const response = await get(`${path}?${MARCH_QUERY}&region=${region}`, cookie);
        expect(response.statusCode, `${path} ${region}`).toBe(403);
        expect(text(response.body)).toContain(`Địa bàn mã ${region} nằm ngoài phạm vi của bạn.`);
      }
    }
    // The whole country is outside a province official's scope too.
    const cases: Array<[string, number, string]> = [
      ['/dashboard?region=99', 404, 'Không có tỉnh hay xã, phường nào mang mã 99.'],
      ['/dashboard?region=abc', 400, 'Mã địa bàn "abc" không đúng'],
      ['/dashboard?from=31/02/2026', 400, 'Ngày "31/02/2026" không đúng.'],
      ['/dashboard?from=2026-04-01&to=2026-03-01', 400, 'Ngày bắt đầu (01/04/2026) sau ngày kết thúc (01/03/2026).'],
      [`/dashboard/export.csv?${MARCH_QUERY}&table=nope`, 404, 'Không có bảng "nope".'],
    ];
    for (const [url, status, message] of cases) {
      const response = await get(url, cookie);
      expect(response.statusCode, url).toBe(status);
      expect(text(response.body), url).toContain(message);
    }
  });

  it('CSV and XLSX exports carry the same numbers, "<5" as text, and each one is audited', async () => {
    const cookie = await login('Can bo Hung');
    const csv = await get(`/dashboard/export.csv?${MARCH_QUERY}`, cookie);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe(
      `attachment; filename="so-lieu-19-${DASHBOARD_MARCH.from}-${DASHBOARD_MARCH.to}.csv"`,
    );
    const lines = csv.body.split('\r\n');
    expect(lines[0]).toMatch(/^\uFEFFMã,"Xã, phường",Đăng ký mới,/);
    const header = lines[0]!.replace('\uFEFF', '').replace('"Xã, phường"', 'Xã phường').split(',');
    const row = (code: string) => {
      const cells = (lines.find((l) => l.startsWith(`${code},`)) ?? '').split(',');
      return (label: string) => cells[header.indexOf(label)];
    };
    expect(row(VAN_LANG)('Đăng ký mới')).toBe('7');
    expect(row(VAN_LANG)('Chỉ tiêu tuyển dụng')).toBe('1200');
    expect(row(PHO_YEN)('Đăng ký mới')).toBe('<5');
    const total = lines.find((l) => l.startsWith(',Tổng,'))?.split(',') ?? [];
    expect(total[header.indexOf('Đăng ký mới')]).toBe('12');
    expect(total[header.indexOf('Kết nối thành công')]).toBe('<5');
    expect(csv.body).not.toContain('Người Thử');

    const xlsx = await get(`/dashboard/export.xlsx?${MARCH_QUERY}`, cookie);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const scope19 = (await resolveScope(handle.db, '19'))!;
    const report = await computeFunnel(handle.db, scope19, DASHBOARD_MARCH);
    const training = await computeTrainingReport(handle.db, scope19, DASHBOARD_MARCH);
    const tables = [...dashboardTables(report, 'vi'), ...trainingTables(training, 'vi')];
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Thông tin',
      ...tables.map((tbl) => tbl.title.slice(0, 31)),
    ]);
    expect(workbook.getWorksheet('Thông tin')?.getRow(2).values).toEqual([undefined, 'Địa bàn', 'Thái Nguyên']);
    const sheet = workbook.getWorksheet('Theo xã, phường')!;
    const columns = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(columns.slice(0, 3)).toEqual(['Mã', 'Xã, phường', 'Đăng ký mới']);
    const sheetRow = (code: string) => {
      for (let r = 2; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(1).value === code) return sheet.getRow(r);
      throw new Error(`no row ${code}`);
    };
    const at = (code: string, label: string) => sheetRow(code).getCell(columns.indexOf(label) + 1).value;
    expect(at(VAN_LANG, 'Đăng ký mới')).toBe(7);
    expect(at(VAN_LANG, 'Chỉ tiêu tuyển dụng')).toBe(1200);
    expect(at(PHO_YEN, 'Đăng ký mới')).toBe('<5');
    const last = sheet.getRow(sheet.rowCount);
    expect(last.getCell(2).value).toBe('Tổng');
    expect(last.getCell(columns.indexOf('Chỉ tiêu tuyển dụng') + 1).value).toBe(1234);
    expect(last.getCell(columns.indexOf('Kết nối thành công') + 1).value).toBe('<5');
    expect(sheet.getColumn(columns.indexOf('Đăng ký mới') + 1).numFmt).toBe('#,##0');

    // Every breakdown table exports as CSV too.
    for (const table of tables)
      expect((await get(`/dashboard/export.csv?${MARCH_QUERY}&table=${table.id}`, cookie)).statusCode, table.id).toBe(
        200,
      );

    const exports = await handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'dashboard.export')
      .where('actor_person_id', '=', officialId)
      .orderBy('id')
      .execute();
    expect(exports.slice(0, 2)).toEqual([
      expect.objectContaining({
        actor_label: 'official',
        region_code: '19',
        subject_id: 'areas',
        details: { format: 'csv', from: DASHBOARD_MARCH.from, to: DASHBOARD_MARCH.to },
      }),
      expect.objectContaining({
        actor_label: 'official',
        region_code: '19',
        subject_id: 'all',
        details: { format: 'xlsx', from: DASHBOARD_MARCH.from, to: DASHBOARD_MARCH.to },
      }),
    ]);
    expect(exports).toHaveLength(2 + tables.length);
  });

  it('the audit page is for admins only; an admin sees the whole country and every official action', async () => {
    const official = await login('Can bo Hung');
    const refused = await get('/dashboard/audit', official);
    expect(refused.statusCode).toBe(403);
    expect(text(refused.body)).toContain('Trang này chỉ dành cho quản trị viên.');
    expect(await get('/dashboard', official).then((r) => r.body)).not.toContain('href="/dashboard/audit"');

    const admin = await login('Quan tri An');
    const country = await get(`/dashboard?${MARCH_QUERY}`, admin);
    expect(country.statusCode).toBe(200);
    expect(text(/<div class="heading" id="heading">(.*?)<\/div>/s.exec(country.body)?.[1] ?? '')).toBe(
      'Cả nước, từ 01/03/2026 đến 31/03/2026',
    );
    expect(areaCell(country.body, '19', 'registered')).toBe('12');
    expect(areaCell(country.body, '14', 'registered')).toBe('8');
    expect(areaCell(country.body, '14', 'headcountApproved')).toBe('5.000');
    expect(card(country.body, 'headcountApproved')).toBe('6.234');
    expect(card(country.body, 'registered')).toBe('20');
    // Provinces link to their communes.
    expect(country.body).toContain(`<a href="/dashboard?${MARCH_HREF}&amp;region=19">Thái Nguyên</a>`);
    expect(country.body).toContain('href="/dashboard/audit"');

    const audit = await get('/dashboard/audit', admin);
    expect(audit.statusCode).toBe(200);
    const rows = [...audit.body.matchAll(/<tr data-action="([^"]+)"><td>[^<]*<\/td><td>([^<]*)<\/td>/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(rows).toContainEqual(['dashboard.export', `official #${officialId}`]);
    expect(rows).toContainEqual(['dashboard.login', `official #${officialId}`]);
    expect(rows).toContainEqual(['dashboard.link_issued', `admin #${adminId}`]);
    const filtered = await get(`/dashboard/audit?actor=${officialId}&limit=3`, admin);
    const filteredRows = [...filtered.body.matchAll(/<tr data-action="([^"]+)"><td>[^<]*<\/td><td>([^<]*)<\/td>/g)];
    expect(filteredRows).toHaveLength(3);
    expect(filteredRows.every((m) => m[2] === `official #${officialId}`)).toBe(true);
    expect((await get('/dashboard/audit?limit=0', admin)).statusCode).toBe(400);
  });

  it('ADMIN_TOKEN in an address is refused and opens nothing; typed into the form it opens an admin session; Bearer works for scripts', async () => {
    const adminSessions = () =>
      handle.db.selectFrom('dashboard_sessions').selectAll().where('person_id', 'is', null).execute();
    for (const url of [
      `/dashboard?token=${TOKEN}`,
      `/dashboard/login?token=${TOKEN}`,
      `/dashboard/login?token=${encodeURIComponent(` ${TOKEN} `)}`,
    ]) {
      const refused = await get(url);
      expect(refused.statusCode, url).toBe(401);
      expect(refused.headers['set-cookie'], url).toBeUndefined();
      expect(text(refused.body)).toContain('Không nhận mã quản trị trong địa chỉ trang.');
      expect(text(refused.body)).toContain('bạn nên đổi ADMIN_TOKEN');
      expect(refused.body).toContain('<form method="post" action="/dashboard/login"');
      expect(refused.body).not.toContain(TOKEN);
    }
    expect(await adminSessions()).toEqual([]);

    // The form: GET shows it, with the token field empty and the officials told they need no token.
    const signIn = await get('/dashboard/login');
    expect(signIn.statusCode).toBe(200);
    expect(signIn.headers['content-security-policy']).toContain("form-action 'self'");
    expect(signIn.body).toContain('<input type="password" name="admin_token"');
    expect(signIn.body).toContain('<input type="hidden" name="next" value="dashboard">');
    expect(text(signIn.body)).toContain('Cán bộ không cần mã này');
    expect((await get('/dashboard/login?next=queues')).body).toContain(
      '<input type="hidden" name="next" value="queues">',
    );
    // The 401 page for someone not signed in links to it.
    expect((await get('/dashboard')).body).toContain('<a href="/dashboard/login" id="admin-login">');

    for (const payload of ['admin_token=not-the-admin-token-000', 'admin_token=', `admin_token=${TOKEN}x`]) {
      const wrong = await form('/dashboard/login', payload);
      expect(wrong.statusCode, payload).toBe(401);
      expect(text(wrong.body)).toContain('Mã quản trị không đúng.');
      expect(wrong.headers['set-cookie']).toBeUndefined();
    }
    expect(await adminSessions()).toEqual([]);

    const opened = await form('/dashboard/login', `admin_token=${encodeURIComponent(TOKEN)}&next=dashboard`);
    expect(opened.statusCode).toBe(303);
    expect(opened.headers.location).toBe('/dashboard');
    const cookie = cookieFrom(opened.headers['set-cookie']);
    expect(String(opened.headers['set-cookie'])).not.toContain(TOKEN);
    const session = await adminSessions();
    expect(session).toHaveLength(1);
    // Signed in for the queue board: on to /admin/queues instead.
    const forQueues = await form('/dashboard/login', `admin_token=${encodeURIComponent(TOKEN)}&next=queues`);
    expect(forQueues.headers.location).toBe('/admin/queues');
    // Anything else in `next` goes to /dashboard: the form cannot be made to send anyone elsewhere.
    expect(
      (await form('/dashboard/login', `admin_token=${encodeURIComponent(TOKEN)}&next=https://evil.example/`)).headers
        .location,
    ).toBe('/dashboard');
    const page = await get(`/dashboard?${MARCH_QUERY}`, cookie);
    expect(page.statusCode).toBe(200);
    expect(card(page.body, 'registered')).toBe(String(EXPECTED.country.registered));
    expect((await get('/dashboard/audit', cookie)).statusCode).toBe(200);
    // Sơn La on the page: Tô Hiệu's 2 is "<5", and Tân Phong's 6 is hidden too, or the total would give it away.
    const sonLa = await get(`/dashboard?${MARCH_QUERY}&region=14`, cookie);
    expect([
      areaCell(sonLa.body, TO_HIEU, 'registered'),
      areaCell(sonLa.body, TAN_PHONG, 'registered'),
      totalCell(sonLa.body, 'registered'),
    ]).toEqual(['<5', '…', '8']);

    const bearer = await http.app.inject({
      url: `/dashboard/export.csv?${MARCH_QUERY}&region=14`,
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(bearer.statusCode).toBe(200);
    // Secondary suppression: with Tô Hiệu's 2 shown as <5 beside the total 8, Tân Phong's 6 is hidden as well.
    expect(bearer.body).toContain(`${TO_HIEU},Phường Tô Hiệu,<5,`);
    expect(bearer.body).toContain(`${TAN_PHONG},Xã Tân Phong,…,`);
    expect(bearer.body).toContain(',Tổng,8,');
    const wrong = await http.app.inject({
      url: '/dashboard',
      headers: { authorization: 'Bearer not-the-admin-token-000' },
    });
    expect(wrong.statusCode).toBe(401);
    const audit = await handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('actor_label', '=', 'admin-token')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => [a.action, a.region_code])).toEqual([
      ['dashboard.login', null],
      ['dashboard.login', null],
      ['dashboard.login', null],
      ['dashboard.export', '14'],
    ]);
  });

  it('login and logout POSTs from another site are refused (403) and change nothing', async () => {
    const cookie = await login('Can bo Hung');
    const token = await linkFromChat('Can bo Hung');
    const crossSite: Array<Record<string, string>> = [
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { origin: 'https://evil.example' },
      { origin: 'null' },
    ];
    for (const headers of crossSite) {
      for (const payload of [`token=${token}`, `admin_token=${TOKEN}`]) {
        const refused = await form('/dashboard/login', payload, headers);
        expect(refused.statusCode, JSON.stringify(headers)).toBe(403);
        expect(text(refused.body)).toContain('Yêu cầu này không đến từ trang của chúng tôi');
        expect(refused.headers['set-cookie']).toBeUndefined();
      }
      const out = await form('/dashboard/logout', '', { ...headers, cookie });
      expect(out.statusCode).toBe(403);
    }
    // Still signed in, and the link still unspent: from our own page both work.
    expect((await get('/dashboard', cookie)).statusCode).toBe(200);
    const sameOrigin = { 'sec-fetch-site': 'same-origin', origin: 'http://localhost:80' };
    expect((await form('/dashboard/login', `token=${token}`, sameOrigin)).statusCode).toBe(303);
    expect((await form('/dashboard/logout', '', { ...sameOrigin, cookie })).statusCode).toBe(200);
    expect((await get('/dashboard', cookie)).statusCode).toBe(401);
  });

  it('POST /dashboard/login: 20 a minute from one address, then 429 with a page saying to wait', async () => {
    const from = '192.0.2.44';
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++)
      statuses.push((await form('/dashboard/login', 'admin_token=guess-0123456789abcdef', {}, from)).statusCode);
    expect(statuses).toEqual([...Array(20).fill(401), 429]);
    const limited = await form('/dashboard/login', `admin_token=${encodeURIComponent(TOKEN)}`, {}, from);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(text(limited.body)).toContain('Bạn thử nhiều lần quá. Bạn đợi một phút rồi thử lại nhé.');
    expect(limited.headers['set-cookie']).toBeUndefined();
    // Another address is not held up.
    expect(
      (await form('/dashboard/login', `admin_token=${encodeURIComponent(TOKEN)}`, {}, '192.0.2.45')).statusCode,
    ).toBe(303);
  });

  it('no cookie, a forged cookie, a session past 12 hours or a revoked role: signed out with a page saying so', async () => {
    const missing = await get('/dashboard');
    expect(missing.statusCode).toBe(401);
    expect(text(missing.body)).toContain('Bạn cần đăng nhập để xem số liệu.');
    expect((await get('/dashboard', `knvl_session=${'B'.repeat(43)}`)).statusCode).toBe(401);

    const cookie = await login('Can bo Hung');
    clock = new Date(Date.now() + 12 * 3600_000 + 60_000);
    expect((await get('/dashboard', cookie)).statusCode).toBe(401);
    clock = null;
    expect((await get('/dashboard', cookie)).statusCode).toBe(200);

    const token = await linkFromChat('Can bo Hung');
    await handle.db.updateTable('roles').set({ revoked_at: new Date() }).where('person_id', '=', officialId).execute();
    const revoked = await get('/dashboard', cookie);
    expect(revoked.statusCode).toBe(401);
    expect(text(revoked.body)).toContain('Bạn không còn quyền xem số liệu nên đã được đăng xuất.');
    expect(String(revoked.headers['set-cookie'])).toContain(
      'knvl_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0',
    );
    // A link sent before the role was revoked opens nothing now.
    const spent = await form('/dashboard/login', `token=${token}`);
    expect(spent.statusCode).toBe(403);
    expect(text(spent.body)).toContain('Tài khoản của bạn không có quyền xem số liệu');
    // The role given back does not revive the closed session.
    await handle.db
      .insertInto('roles')
      .values({ person_id: officialId, role: 'official', region_code: '19', granted_via: 'cli' })
      .execute();
    expect((await get('/dashboard', cookie)).statusCode).toBe(401);
  });

  it('signing out ends the session', async () => {
    const cookie = await login('Can bo Hung');
    const out = await form('/dashboard/logout', '', { cookie });
    expect(out.statusCode).toBe(200);
    expect(text(out.body)).toContain('Bạn đã đăng xuất.');
    expect((await get('/dashboard', cookie)).statusCode).toBe(401);
  });

  it('training: cards, enrolment and completion by month, the tables by level, trade and group', async () => {
    // Six Văn Lăng workers enrolled on a garment course in March; two of them completed it on 20 March. Those two
    // signed up in February, the other four in March, as did a seventh, waiting for a place, and an eighth who
    // cancelled: five signed up in March.
    const learners = await handle.db
      .selectFrom('worker_profiles')
      .select('person_id')
      .where('commune_code', '=', VAN_LANG)
      .orderBy('person_id')
      .limit(8)
      .execute();
    expect(learners).toHaveLength(8);
    const { id: providerId } = await handle.db
      .insertInto('providers')
      .values({ name: 'Trung tâm GDNN Đồng Hỷ' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const { id: courseId } = await handle.db
      .insertInto('courses')
      .values({
        provider_id: providerId,
        title: 'May công nghiệp',
        occupation: 'garment',
        level: 'elementary',
        commune_code: VAN_LANG,
        province_code: '19',
        starts_on: '2026-03-02',
        duration_days: 14,
        status: 'approved',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const plan = [
      ['completed', '2026-02-27'],
      ['completed', '2026-02-27'],
      ['enrolled', '2026-03-01'],
      ['enrolled', '2026-03-01'],
      ['enrolled', '2026-03-01'],
      ['enrolled', '2026-03-01'],
      ['waiting', '2026-03-05'],
      ['cancelled', '2026-03-06'],
    ] as const;
    await handle.db
      .insertInto('course_enrolments')
      .values(
        plan.map(([status, signedUp], i) => ({
          course_id: courseId,
          person_id: learners[i]?.person_id ?? 0,
          status,
          signed_up_at: vn(`${signedUp} 08:00`),
          waiting_since: status === 'waiting' ? vn(`${signedUp} 08:00`) : null,
          enrolled_at: i < 6 ? vn('2026-03-02 08:00') : null,
          finished_at: status === 'completed' ? vn('2026-03-20 08:00') : null,
        })),
      )
      .execute();

    const cookie = await login('Can bo Hung');
    const page = (await get(`/dashboard?${MARCH_QUERY}`, cookie)).body;
    expect(card(page, 'signedUp')).toBe('5');
    expect(card(page, 'enrolled')).toBe('6');
    expect(card(page, 'completed')).toBe('<5');
    expect(areaCell(page, VAN_LANG, 'signedUp')).toBe('5');
    expect(areaCell(page, VAN_LANG, 'enrolled')).toBe('6');
    expect(areaCell(page, PHO_YEN, 'signedUp')).toBe('0');
    expect(areaCell(page, PHO_YEN, 'enrolled')).toBe('0');
    expect(page).toMatch(
      /<section id="training-chart"><h2>Nhập học và hoàn thành theo tháng<\/h2><svg [^>]*class="chart training"/,
    );
    expect(page).toContain('<title>Nhập học, 03/2026: 6</title>');
    const level = /<section id="table-training_level">(.*?)<\/section>/s.exec(page)?.[1] ?? '';
    expect(text(level)).toContain('Học nghề theo trình độ');
    const elementary = /<tr><td>Sơ cấp<\/td>(.*?)<\/tr>/s.exec(level)?.[1] ?? '';
    expect(
      [...elementary.matchAll(/<td class="n" data-measure="(\w+)">(.*?)<\/td>/g)].map((m) => [m[1], m[2]]),
    ).toEqual([
      ['trainingWanted', '—'],
      ['signedUp', '5'],
      ['enrolled', '6'],
      ['completed', '&lt;5'],
      ['workingInTrade', '0'],
    ]);
    const csv = await get(`/dashboard/export.csv?${MARCH_QUERY}&table=training_occupation`, cookie);
    expect(csv.statusCode).toBe(200);
    expect(csv.body.split('\r\n').slice(0, 2)).toEqual([
      '\uFEFFNhóm,Muốn học nghề,Đăng ký học,Nhập học,Hoàn thành khoá học,Làm đúng nghề đã học',
      '"May mặc, dệt, da giày",0,5,6,<5,0',
    ]);

    // Sơn La's figures (seen by an admin) have none of them.
    const sonLa = await http.app.inject({
      method: 'GET',
      url: `/dashboard?${MARCH_QUERY}&region=14`,
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(card(sonLa.body, 'signedUp')).toBe('0');
    expect(card(sonLa.body, 'enrolled')).toBe('0');
    expect(card(sonLa.body, 'completed')).toBe('0');
  });
});
