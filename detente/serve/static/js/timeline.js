// Dyad timeline: cooperation vs conflict counts, mean Goldstein and mean tone per period,
// one series per reporting outlet's country (the framing comparison).
"use strict";
(async function () {
  const root = document.getElementById("timeline");
  const { a, b, by } = root.dataset;
  let data;
  try {
    const url = `/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/timeline?by=${encodeURIComponent(by)}`;
    data = await detente.getJSON(url);
  } catch (err) {
    detente.status("timeline-status", "Could not load the timeline: " + err.message);
    return;
  }
  // Both directions together per (outlet country, period); means weighted by events (Goldstein) and
  // by mentions (tone, which belongs to the reporting articles).
  const cells = new Map();
  let undated = 0;
  for (const row of data.series) {
    if (row.period === "undated") {
      undated += row.events;
      continue;
    }
    const key = row.outlet_country + "|" + row.period;
    const c = cells.get(key) || { country: row.outlet_country, period: row.period, events: 0, cooperation: 0,
      conflict: 0, goldsteinSum: 0, toneSum: 0, toneWeight: 0 };
    c.events += row.events;
    c.cooperation += row.quad1 + row.quad2;
    c.conflict += row.quad3 + row.quad4;
    c.goldsteinSum += (row.goldstein ?? 0) * row.events;
    if (row.tone !== null) {
      c.toneSum += row.tone * row.mentions;
      c.toneWeight += row.mentions;
    }
    cells.set(key, c);
  }
  const rows = [...cells.values()].map((c) => ({ ...c, goldstein: c.goldsteinSum / c.events,
    tone: c.toneWeight ? c.toneSum / c.toneWeight : null }));
  const total = rows.reduce((n, r) => n + r.events, 0);
  detente.status("timeline-status", total
    ? `${total} events between ${a} and ${b} in ${new Set(rows.map((r) => r.period)).size} ${by}(s)` +
      (undated ? `; ${undated} without a ${by}-precise date are left out` : "")
    : `No dated events between ${a} and ${b} yet.`);
  if (!total) return;

  const periods = [...new Set(rows.map((r) => r.period))].sort();
  const countries = [...new Set(rows.map((r) => r.country))].sort();
  const colour = d3.scaleOrdinal(countries, detente.colours);
  const width = 960, panelHeight = 220, margin = { top: 28, right: 20, bottom: 30, left: 56 };
  const x = d3.scaleBand(periods, [margin.left, width - margin.right]).padding(0.2);
  const sub = d3.scaleBand(countries, [0, x.bandwidth()]).padding(0.1);
  const step = Math.ceil(periods.length / 12); // at most about 12 labels, so that they never overlap
  const ticks = periods.filter((_, i) => i % step === 0);

  const legend = d3.select(root).append("div").attr("class", "legend");
  for (const country of countries) {
    const item = legend.append("span").style("margin-right", "1rem");
    item.append("span").attr("class", "swatch").style("background", colour(country)).text("\u00a0\u00a0");
    item.append("span").text(" outlets in " + country);
  }

  function panel(title, height) {
    const svg = d3.select(root).append("svg").attr("viewBox", [0, 0, width, height]).attr("width", width)
      .attr("height", height).attr("role", "img").attr("aria-label", title);
    svg.append("text").attr("class", "panel-title").attr("x", margin.left).attr("y", 16).text(title);
    svg.append("g").attr("class", "axis").attr("transform", `translate(0,${height - margin.bottom})`)
      .call(d3.axisBottom(x).tickValues(ticks).tickSizeOuter(0));
    return svg;
  }

  // 1. Cooperation up, conflict down.
  const maxCount = d3.max(rows, (r) => Math.max(r.cooperation, r.conflict)) || 1;
  const barsHeight = panelHeight + 60;
  const bars = panel("Cooperation (up, solid) vs conflict (down, pale), events", barsHeight);
  const y = d3.scaleLinear([-maxCount, maxCount], [barsHeight - margin.bottom, margin.top]).nice();
  bars.append("g").attr("class", "axis").attr("transform", `translate(${margin.left},0)`)
    .call(d3.axisLeft(y).ticks(6).tickFormat((v) => Math.abs(v)));
  bars.append("line").attr("x1", margin.left).attr("x2", width - margin.right).attr("y1", y(0)).attr("y2", y(0))
    .attr("stroke", "#a0aec0");
  const groups = bars.append("g").selectAll("g").data(rows).join("g")
    .attr("transform", (r) => `translate(${x(r.period) + sub(r.country)},0)`);
  groups.append("rect").attr("class", "bar coop").attr("width", sub.bandwidth()).attr("y", (r) => y(r.cooperation))
    .attr("height", (r) => y(0) - y(r.cooperation)).attr("fill", (r) => colour(r.country))
    .append("title").text((r) => `${r.country} outlets, ${r.period}: ${r.cooperation} cooperation`);
  groups.append("rect").attr("class", "bar conflict").attr("width", sub.bandwidth()).attr("y", y(0))
    .attr("height", (r) => y(-r.conflict) - y(0)).attr("fill", (r) => colour(r.country)).attr("fill-opacity", 0.45)
    .append("title").text((r) => `${r.country} outlets, ${r.period}: ${r.conflict} conflict`);

  // 2 and 3. Mean Goldstein and mean tone, one line per outlet country.
  function linePanel(title, value, domain) {
    const svg = panel(title, panelHeight);
    const points = rows.filter((r) => value(r) !== null && !Number.isNaN(value(r)));
    const extent = d3.extent(points, value);
    const yy = d3.scaleLinear(domain || [Math.min(0, extent[0] ?? 0), Math.max(0, extent[1] ?? 0) || 1],
      [panelHeight - margin.bottom, margin.top]).nice();
    svg.append("g").attr("class", "axis").attr("transform", `translate(${margin.left},0)`)
      .call(d3.axisLeft(yy).ticks(5));
    svg.append("line").attr("x1", margin.left).attr("x2", width - margin.right).attr("y1", yy(0)).attr("y2", yy(0))
      .attr("stroke", "#cbd5e0").attr("stroke-dasharray", "3 3");
    const cx = (r) => x(r.period) + x.bandwidth() / 2;
    for (const country of countries) {
      const series = points.filter((r) => r.country === country).sort((p, q) => d3.ascending(p.period, q.period));
      svg.append("path").datum(series).attr("fill", "none").attr("stroke", colour(country)).attr("stroke-width", 2)
        .attr("d", d3.line().x(cx).y((r) => yy(value(r))));
      svg.append("g").selectAll("circle").data(series).join("circle").attr("class", "point")
        .attr("cx", cx).attr("cy", (r) => yy(value(r))).attr("r", 4).attr("fill", colour(country))
        .append("title").text((r) => `${r.country} outlets, ${r.period}: ${value(r).toFixed(2)}`);
    }
    if (!points.length) {
      svg.append("text").attr("x", width / 2).attr("y", panelHeight / 2).attr("text-anchor", "middle")
        .attr("fill", "#718096").text("no values yet");
    }
  }
  linePanel("Mean Goldstein score (−10 conflict … +10 cooperation)", (r) => r.goldstein, [-10, 10]);
  linePanel("Mean tone of the reporting articles", (r) => r.tone);
})();
