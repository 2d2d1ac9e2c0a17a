import { createEnv } from './scenario';
import { sheetHostFixture, sheetBenchMonth } from './fixtures/sheet-host';
const env = createEnv();
const host = await sheetHostFixture(env);
const page = host.page;
for (let i = 0; i < 6; i++) {
  const t = performance.now();
  const r = await page.request.post(`${host.baseUrl}/api/sheets.attendanceMonth`, { data: { month: sheetBenchMonth, service: 'day-care', language: 'lv' } });
  const body = await r.body();
  console.log('api', (performance.now() - t).toFixed(0), 'bytes', body.length);
}
await env.close();
