// The page's own style and script, inlined: the report makes no request of any kind.

export const STYLE = `*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1f2328;background:#fff}
main{max-width:62rem;margin:0 auto;padding:1.5rem 1rem 4rem}
h1{font-size:1.6rem;margin:0 0 .5rem}h2{font-size:1.35rem;margin:0 0 .75rem;overflow-wrap:anywhere}h3{font-size:1.05rem;margin:1.5rem 0 .5rem}
.meta{color:#57606a}
nav.toc ol{padding-left:1.5rem}nav.toc a{overflow-wrap:anywhere}
article{border-top:2px solid #d0d7de;margin-top:2rem;padding-top:1.25rem}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:0}dl.facts dt{color:#57606a}dl.facts dd{margin:0;overflow-wrap:anywhere}
ul.legend{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:.4rem}
ul.legend label{display:inline-flex;align-items:center;gap:.4rem;border:1px solid #d0d7de;border-radius:1rem;padding:.15rem .7rem .15rem .5rem;cursor:pointer;overflow-wrap:anywhere}
ul.legend input{margin:0}
.swatch{flex:none;width:.95rem;height:.95rem;border-radius:3px;background:hsl(var(--h) 85% 86%);border:2px solid hsl(var(--h) 55% 38%)}
.swatch.none,mark.quote.none{--h:210;filter:saturate(0)}
.statement{white-space:pre-wrap;overflow-wrap:anywhere;line-height:1.9;border:1px solid #d0d7de;border-radius:6px;padding:1rem 1.25rem;background:#fbfbfc}
mark.quote{color:inherit;background:hsl(var(--h) 85% 88%);border-bottom:2px solid hsl(var(--h) 55% 38%);border-radius:2px;cursor:pointer}
mark.quote.off{background:none;border-bottom-color:transparent}
mark.quote:focus-visible,.ent:focus-visible{outline:2px solid #0969da;outline-offset:1px}
.ent{border:1px solid #8c959f;border-radius:.35em;padding:0 .2em;cursor:pointer}
.ent::after{content:attr(data-label);margin-left:.3em;font-size:.62em;font-weight:700;letter-spacing:.04em;text-transform:uppercase;color:#57606a;vertical-align:.15em}
.ent.speaker{border-color:hsl(var(--h) 55% 38%)}.ent.speaker.off{border-color:#d0d7de}
.ent.event{border-style:dashed}
.date{border-bottom:1px dotted #57606a;cursor:pointer}
:target{outline:2px solid #0969da;outline-offset:2px}
svg.chart{display:block;width:100%;height:auto;font-size:12px}
svg.chart .axis{stroke:#57606a}svg.chart .grid{stroke:#8c959f}svg.chart .tick{fill:#57606a;font-size:11px}
svg.chart .reference line{stroke:#0969da;stroke-dasharray:4 3}
svg.chart .mention rect{fill:#8c959f}
svg.chart .event text{fill:#1f2328}svg.chart .event circle,svg.chart .event rect{fill:#6e7781}
svg.chart .planned circle,svg.chart .planned rect{fill:#1a7f37}svg.chart .ongoing circle,svg.chart .ongoing rect{fill:#9a6700}
svg.chart .cancelled circle,svg.chart .cancelled rect{fill:#cf222e}svg.chart .postponed circle,svg.chart .postponed rect{fill:#8250df}
svg.chart a:hover text,svg.chart a:focus text{text-decoration:underline}
.chart-key{display:flex;flex-wrap:wrap;gap:.2rem 1rem;margin:.25rem 0 0;padding:0;list-style:none;font-size:.85rem;color:#57606a}
.chart-key i{display:inline-block;width:.7rem;height:.7rem;border-radius:50%;margin-right:.3rem;vertical-align:-.05rem;background:#6e7781}
.chart-key i.planned{background:#1a7f37}.chart-key i.ongoing{background:#9a6700}.chart-key i.cancelled{background:#cf222e}.chart-key i.postponed{background:#8250df}
.chart-key i.ref{width:1rem;height:0;border-radius:0;background:none;border-top:2px dashed #0969da;vertical-align:.2rem}.chart-key i.tick{width:.35rem;border-radius:1px;background:#8c959f}
#tip{position:absolute;z-index:10;max-width:min(24rem,calc(100vw - 16px));padding:.45rem .65rem;border-radius:6px;background:#1f2328;color:#fff;font-size:.85rem;line-height:1.4;white-space:pre-line;pointer-events:none}
@media print{#tip,ul.legend input{display:none}}`;

/** Tips on hover, focus and click (a click pins one; Escape or a click elsewhere lets it go); the legend's filter. */
export const SCRIPT = `(() => {
  const tip = document.getElementById('tip');
  let pinned = null;
  const show = (el) => {
    tip.textContent = el.dataset.tip;
    tip.hidden = false;
    const box = el.getBoundingClientRect();
    const room = document.documentElement.clientWidth - tip.offsetWidth - 8;
    tip.style.left = Math.max(8, Math.min(box.left, room)) + window.scrollX + 'px';
    tip.style.top = box.bottom + window.scrollY + 6 + 'px';
  };
  const hide = () => { if (!pinned) tip.hidden = true; };
  const tipped = (e) => e.target instanceof Element ? e.target.closest('[data-tip]') : null;
  document.addEventListener('mouseover', (e) => { const el = tipped(e); if (el && !pinned) show(el); });
  document.addEventListener('mouseout', (e) => { if (tipped(e)) hide(); });
  document.addEventListener('focusin', (e) => { const el = tipped(e); if (el && !pinned) show(el); });
  document.addEventListener('focusout', hide);
  document.addEventListener('click', (e) => {
    const el = tipped(e);
    pinned = el && el !== pinned ? el : null;
    if (pinned) show(pinned); else tip.hidden = true;
  });
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') { pinned = null; tip.hidden = true; } });
  for (const box of document.querySelectorAll('ul.legend input')) {
    box.addEventListener('change', () => {
      for (const el of box.closest('article').querySelectorAll('[data-speaker-id="' + box.value + '"]')) el.classList.toggle('off', !box.checked);
    });
  }
})();`;
