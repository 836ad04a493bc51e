/** Inline CSS: the page works with no asset server. Alert highlight and statuses are driven by data-*. */
export const PAGE_STYLE = `
:root { font-family: system-ui, sans-serif; color: #1d2433; background: #f6f7f9; }
body { margin: 0 auto; max-width: 1100px; padding: 1rem; }
header { display: flex; flex-wrap: wrap; gap: 1rem; align-items: baseline; justify-content: space-between; }
h1 { font-size: 1.4rem; margin: 0; } h2 { font-size: 1.1rem; margin: 1.2rem 0 .5rem; }
nav a { margin-right: .5rem; } nav a[aria-current="page"] { font-weight: bold; text-decoration: none; color: inherit; }
main { display: grid; grid-template-columns: 1fr 1fr; gap: 0 2rem; }
section.wide { grid-column: 1 / -1; }
@media (max-width: 800px) { main { grid-template-columns: 1fr; } }
ul { list-style: none; padding: 0; margin: 0; }
li { background: #fff; border: 1px solid #dde1e7; border-radius: 6px; padding: .5rem .75rem; margin-bottom: .5rem; }
li p { margin: .2rem 0; }
.meta, time, figcaption { color: #5b6475; font-size: .85rem; }
.alert[data-severity="crisis"] { border-left: 5px solid #b3261e; }
.alert[data-severity="alert"] { border-left: 5px solid #e07b00; }
.alert[data-severity="watch"] { border-left: 5px solid #6b7a90; }
.severity { font-weight: bold; text-transform: uppercase; font-size: .8rem; margin-right: .3rem; }
.alert .badge-new { display: none; }
.alert.new { background: #fff6c2; animation: arrive 1.2s ease-out; }
.alert.new .badge-new { display: inline; background: #b3261e; color: #fff; border-radius: 3px; padding: 0 .3rem; margin-right: .3rem; font-size: .75rem; }
@keyframes arrive { from { background: #ffe066; transform: translateY(-4px); } to { background: #fff6c2; } }
.alert[data-status="acknowledged"] button.acknowledge, .alert[data-status="resolved"] .actions { display: none; }
.alert[data-status="resolved"] { opacity: .6; }
.status { font-size: .8rem; color: #5b6475; }
.sentiment { font-weight: 600; }
.mention[data-sentiment="negative"] .sentiment { color: #b3261e; }
.mention[data-sentiment="positive"] .sentiment { color: #1e7b34; }
.chart { margin: 0; } .chart svg { background: #fff; border: 1px solid #dde1e7; border-radius: 6px; }
.bar { fill: #7a9cc6; } .bar-negative { fill: #b3261e; }
figcaption { display: flex; justify-content: space-between; }
#live-status[data-state="live"] { color: #1e7b34; } #live-status[data-state="down"] { color: #b3261e; }
.empty { color: #5b6475; background: none; border-style: dashed; }
.read-only .actions{display:none}
`
