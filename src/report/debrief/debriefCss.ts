// The debrief's stylesheet: readable when projected, no sideways scroll on a narrow screen, a print layout; logical properties for right-to-left.

/** Inline CSS of the HTML debrief. */
export const DEBRIEF_CSS = [
  '*{box-sizing:border-box}',
  'body{margin:0;color:#1b1b1b;background:#fff;font-family:system-ui,"Segoe UI","Noto Sans","Noto Naskh Arabic","DejaVu Sans",sans-serif;line-height:1.5;font-size:1.05rem}',
  'main{max-width:66rem;margin:0 auto;padding:1rem 1.25rem 3rem}',
  'h1{font-size:1.8rem;line-height:1.25;margin:.5rem 0}h2{margin-top:2.2rem;border-bottom:2px solid #0072B2;padding-bottom:.2rem}',
  // Table cells break between words only, and figures never: a narrow screen scrolls the table (.table), not a number.
  'p,li{overflow-wrap:anywhere}td,th{overflow-wrap:break-word}table:not(.timeline) td{white-space:nowrap}.note{color:#444;font-size:.95rem}.outcome{font-size:1.2rem}',
  'figure{margin:1rem 0}svg.chart{display:block;width:100%;height:auto;background:#fff}',
  '.chart .grid{stroke:#dedede}.chart .grid.minor{stroke:#f0f0f0}.chart .frame{fill:none;stroke:#888}',
  '.chart text{font-family:system-ui,"DejaVu Sans",sans-serif}.chart .tick{font-size:12px;fill:#333}.chart .axis-label{font-size:12px;fill:#111;font-weight:600}',
  '.chart .line{fill:none;stroke-width:2.6;stroke-linejoin:round}.chart .band{opacity:.13;stroke:none}',
  '.chart .mark{stroke:#666;stroke-dasharray:2 3}.chart .mark-tag{font-size:11px;font-weight:700;fill:#222}',
  '.chart .threshold{stroke:#555;stroke-dasharray:6 4;stroke-width:1.2}.chart .threshold-label{font-size:11px;fill:#444}',
  '.legend{display:flex;flex-wrap:wrap;gap:.2rem 1.2rem;list-style:none;padding:0;margin:.4rem 0}.legend svg{width:2.4rem;height:1rem;vertical-align:middle}',
  '.legend-title{margin:.6rem 0 0;font-weight:600}.marks{columns:2 18rem;font-size:.92rem;margin:.3rem 0;padding-inline-start:1.2rem;list-style:none}',
  '.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,19rem),1fr));gap:1rem}',
  '.indicator-figure figcaption{font-weight:600;font-size:.95rem}',
  '.table{max-width:100%;overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:.95rem}table.timeline{font-size:.88rem;line-height:1.35}table.timeline td{padding:.25rem .4rem}',
  'th,td{border-bottom:1px solid #d6d6d6;padding:.35rem .5rem;text-align:start;vertical-align:top}th{background:#f3f6f9}',
  '.timeline .date{white-space:nowrap;font-variant-numeric:tabular-nums}.kind{display:block;font-size:.75rem;letter-spacing:.04em;color:#555}',
  '.plain{margin:0;padding-inline-start:1.1rem}details summary{cursor:pointer;color:#555;font-size:.85rem}',
  'pre{white-space:pre-wrap;overflow-wrap:anywhere;font-size:.8rem;margin:.3rem 0;text-align:left}',
  '.notes{border:1px dashed #999;min-height:3.5rem;margin:.4rem 0 .9rem;padding:.3rem;color:#666}',
  '@media (max-width:40rem){body{font-size:1rem}main{padding:.6rem}th,td{padding:.3rem}.odds .tick,.odds .axis-label{font-size:15px}.odds .mark-tag{font-size:13px}}',
  '@media print{body{font-size:10.5pt}main{max-width:none;padding:0}h2{break-after:avoid}figure,tr,li{break-inside:avoid}.table{overflow:visible}.notes{min-height:5rem}details summary{display:none}svg.chart{max-width:17cm}}',
].join('');
