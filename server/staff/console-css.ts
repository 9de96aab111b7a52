/** The console's whole stylesheet: large readable text, visible focus, no external assets. */
export const consoleCss = `
*{box-sizing:border-box}
html{font-size:16px}
body{margin:0;font-family:"Segoe UI",Roboto,Arial,sans-serif;color:#1b1f24;background:#f4f6f8;line-height:1.45}
a{color:#0b57d0}
a:focus,button:focus,input:focus,select:focus,textarea:focus,summary:focus{outline:3px solid #f59e0b;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:8px;z-index:10}
header.top{background:#0d47a1;color:#fff;display:flex;align-items:center;gap:16px;padding:8px 20px;flex-wrap:wrap}
header.top a{color:#fff}
header.top .brand{font-weight:700;font-size:1.15rem;text-decoration:none}
header.top .who{margin-left:auto;display:flex;gap:12px;align-items:center}
header.top form{margin:0}
header.top select{font-size:.95rem;padding:2px}
nav.ward{background:#fff;border-bottom:1px solid #d0d7de;padding:0 20px;display:flex;gap:4px;flex-wrap:wrap}
nav.ward a{display:inline-block;padding:10px 12px;text-decoration:none;color:#1b1f24;border-bottom:3px solid transparent}
nav.ward a[aria-current=page]{border-bottom-color:#0d47a1;font-weight:600}
main{padding:16px 20px;max-width:1300px}
h1{font-size:1.5rem;margin:4px 0 12px}
h2{font-size:1.2rem;margin:20px 0 8px}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{border:1px solid #d0d7de;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#eef2f6}
.card{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:12px 16px;margin-bottom:12px}
.grid,.stat-grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(190px,1fr));gap:10px}
.stat{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:10px 12px}
.stat b{display:block;font-size:1.6rem}
.cols{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:16px}
label{display:block;font-weight:600;margin:8px 0 2px}
input[type=text],input[type=email],input[type=password],input[type=date],input[type=number],select,textarea{width:100%;font:inherit;padding:6px 8px;border:1px solid #8c959f;border-radius:4px;background:#fff}
textarea{min-height:6em}
button,.button{font:inherit;padding:6px 14px;border-radius:4px;border:1px solid #0d47a1;background:#0d47a1;color:#fff;cursor:pointer;text-decoration:none;display:inline-block}
button.secondary,.button.secondary{background:#fff;color:#0d47a1}
button.danger{background:#b42318;border-color:#b42318}
.inline{display:inline}
.row{display:flex;gap:8px;flex-wrap:wrap;align-items:end}
.msg{border-radius:6px;padding:8px 12px;margin:8px 0}
.msg.ok{background:#e6f4ea;border:1px solid #34a853}
.msg.err{background:#fdecea;border:1px solid #b42318}
.msg.warn{background:#fff4e5;border:1px solid #f59e0b}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:.85rem;border:1px solid #8c959f;background:#fff}
.badge.red{background:#fdecea;border-color:#b42318;color:#8a1c12}
.badge.green{background:#e6f4ea;border-color:#34a853;color:#1e6b34}
.badge.amber{background:#fff4e5;border-color:#f59e0b;color:#7a4a00}
.overdue td{background:#fff1f0}
.transcript{max-height:460px;overflow:auto;background:#fff;border:1px solid #d0d7de;padding:8px;border-radius:6px}
.bubble{max-width:80%;margin:6px 0;padding:6px 10px;border-radius:8px;white-space:pre-wrap}
.bubble.in{background:#eef2f6}
.bubble.out{background:#e3f2fd;margin-left:auto}
.bubble .meta{display:block;font-size:.8rem;color:#57606a}
.zalo{background:#e9eef5;padding:10px;border-radius:8px;max-width:460px}
.zalo .part{background:#fff;border-radius:8px;padding:8px 10px;margin:6px 0;white-space:pre-wrap;box-shadow:0 1px 1px rgba(0,0,0,.1)}
.zalo .buttons{list-style:none;padding:0;margin:8px 0 0;white-space:normal}
.zalo .buttons li{border:1px solid #0068ff;color:#0068ff;border-radius:6px;padding:4px 8px;margin:4px 0;text-align:center}
.variants{display:flex;flex-wrap:wrap;gap:6px;margin:0 0 8px}
.variants a{padding:4px 10px;border:1px solid #b8c4d6;border-radius:14px;text-decoration:none}
.variants a[aria-current=true]{background:#0b57d0;color:#fff;border-color:#0b57d0}
.muted{color:#57606a}
.bars{display:flex;align-items:flex-end;gap:3px;height:140px;border-bottom:1px solid #8c959f;padding-top:8px}
.bars .bar{flex:1;display:flex;flex-direction:column-reverse;min-width:6px}
.bars .bar span{display:block}
.legend span{display:inline-block;margin-right:12px}
.sw{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:middle}
.login{max-width:420px;margin:60px auto}
pre{white-space:pre-wrap}
.photos{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:10px}
.photos img{width:160px;height:120px;object-fit:cover;border:1px solid #d0d7de;border-radius:4px;background:#fff}
.timeline{list-style:none;padding:0 0 0 14px;border-left:3px solid #90caf9;margin:0}
.timeline li{position:relative;background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:6px 10px;margin:0 0 8px}
.timeline li::before{content:"";position:absolute;left:-22px;top:12px;width:11px;height:11px;border-radius:50%;background:#0d47a1}
.timeline .meta{display:block;font-size:.85rem;color:#57606a}
.timeline .said{white-space:pre-wrap;background:#e3f2fd;border-radius:6px;padding:4px 8px;margin-top:4px}
details.card>summary{cursor:pointer;font-weight:600}
.facts p{margin:4px 0}
.stat.alert{border-color:#b42318;background:#fff1f0}
.hbar{display:flex;align-items:center;gap:8px;margin:3px 0}
.hbar .label{width:260px;flex:none}
.hbar .fill{background:#0d47a1;height:14px;min-width:2px}
@media (max-width:900px){.cols{grid-template-columns:1fr}}
td.num{text-align:right}
.avatar{width:36px;height:36px;border-radius:50%;vertical-align:middle;margin-right:8px;object-fit:cover;background:#d0d7de}
.avatar.initials{display:inline-flex;align-items:center;justify-content:center;font-size:.85rem;font-weight:700;color:#0d47a1;background:#e3f2fd}
.who-cell{white-space:nowrap}
tr.unread td{font-weight:600}
tr.unread td .muted{font-weight:400}
.bubble.new{outline:2px solid #f59e0b}
.new-divider{text-align:center;color:#7a4a00;border-top:2px solid #f59e0b;margin:8px 0 4px;padding-top:2px;font-size:.85rem}
#template-suggestions{list-style:none;margin:2px 0;padding:0;border:1px solid #8c959f;border-radius:4px;background:#fff;max-height:220px;overflow:auto}
#template-suggestions li{padding:6px 10px;cursor:pointer}
#template-suggestions li[aria-selected=true]{background:#0d47a1;color:#fff}
kbd{border:1px solid #8c959f;border-bottom-width:2px;border-radius:3px;padding:0 4px;font-size:.85rem;background:#fff}
details.shortcuts{margin-top:16px}
.diff pre{margin:4px 0 0;background:#f6f8fa;padding:6px}
.diff ins{background:#e6f4ea;text-decoration:none;color:#1e6b34}
.diff del{background:#fdecea;color:#8a1c12}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
td.actions{min-width:260px}
.report-table{break-inside:avoid-page;margin-bottom:18px}
@media print{header.top,nav.ward,.noprint,.skip{display:none!important}main{max-width:none;padding:0}body{background:#fff}.card{border:none;padding:0}.hbar .fill{background:#555!important;print-color-adjust:exact;-webkit-print-color-adjust:exact}}
`;
