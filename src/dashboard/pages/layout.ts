import { html, type HtmlValue, SafeHtml } from './html.ts';

/**
 * The shell of every dashboard page: one HTML document, no script, no external file (the Content-Security-Policy
 * allows none), a little inline CSS that reads well on a phone. Pure.
 */
const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#1d2530;background:#f4f6f8}
header{background:#0b5cab;color:#fff;padding:12px 16px}
header h1{margin:0;font-size:1.2rem}
header .who{font-size:.85rem;opacity:.9;display:flex;gap:12px;align-items:center;flex-wrap:wrap;margin-top:4px}
header a,header button{color:#fff}
header form{display:inline;margin:0}
header button{background:none;border:1px solid #fff8;border-radius:4px;padding:2px 8px;font:inherit;cursor:pointer}
main{max-width:1200px;margin:0 auto;padding:12px 16px 32px}
h2{font-size:1.05rem;margin:24px 0 8px}
section>h2:first-child{margin-top:0}
section{background:#fff;border-radius:8px;padding:12px 14px;margin:12px 0;box-shadow:0 1px 2px #0001}
.heading{font-size:1.1rem;font-weight:600;margin:8px 0}
.areas a{margin-right:10px}
form.period{display:flex;flex-wrap:wrap;gap:8px;align-items:end}
form.period label{display:flex;flex-direction:column;font-size:.85rem}
input,select{font:inherit;padding:4px 6px;border:1px solid #b8c2cc;border-radius:4px}
button.primary,form.period button{font:inherit;background:#0b5cab;color:#fff;border:0;border-radius:4px;padding:6px 14px;cursor:pointer}
.quick a{margin-right:12px;font-size:.9rem}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:8px}
.card{background:#eef4fb;border-radius:6px;padding:8px 10px}
.card .value{font-size:1.6rem;font-weight:700;color:#0b5cab;font-variant-numeric:tabular-nums}
.card .label{font-size:.8rem;color:#445}
.scroll{overflow-x:auto}
table{border-collapse:collapse;font-size:.85rem;min-width:100%}
th,td{padding:4px 8px;border-bottom:1px solid #e3e7eb;white-space:nowrap}
th{background:#f0f3f6;text-align:left;position:sticky;top:0}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
tr.total td{font-weight:700;border-top:2px solid #889}
.note{font-size:.8rem;color:#556;margin:6px 0 0}
.exports a{display:inline-block;margin:4px 12px 4px 0;padding:6px 12px;border:1px solid #0b5cab;border-radius:4px;text-decoration:none}
svg.chart{width:100%;max-width:720px;height:auto;display:block}
.message{max-width:560px;margin:48px auto;text-align:center}
.message p{font-size:1.05rem}
form.login{display:flex;flex-direction:column;gap:10px;align-items:center;margin:16px 0}
form.login label{display:flex;flex-direction:column;gap:4px;width:100%;max-width:360px;text-align:left}
.message p.problem{color:#a4262c;font-weight:600}
`;

export function page(options: { lang: string; title: string; header?: HtmlValue; body: HtmlValue }): SafeHtml {
  return html`<!doctype html>
<html lang="${options.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${options.title}</title>
<style>${new SafeHtml(STYLE)}</style>
</head>
<body>
<header><h1>${options.title}</h1>${options.header}</header>
<main>${options.body}</main>
</body>
</html>
`;
}
