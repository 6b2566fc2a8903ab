// Actor network: force layout computed up front (deterministic, no animation), drawn once.
"use strict";
(async function () {
  const root = document.getElementById("network");
  const names = ["actor", "source", "target", "dyad", "root", "quad_class", "plover", "date_from", "date_to",
    "outlet_country", "outlet", "level", "min_weight"];
  const query = detente.params(root.dataset.query, names);
  let data;
  try {
    data = await detente.getJSON("/api/network?" + query);
  } catch (err) {
    detente.status("network-status", "Could not load the network: " + err.message);
    return;
  }
  if (!data.links.length) {
    detente.status("network-status", "No events between two coded actors match these filters yet.");
    return;
  }
  detente.status("network-status", `${data.nodes.length} actors, ${data.links.length} links`);
  const width = 960, height = 640;
  const nodes = data.nodes.map((n) => ({ ...n }));
  const links = data.links.map((l) => ({ ...l }));
  const radius = d3.scaleSqrt([0, d3.max(nodes, (n) => n.events)], [4, 26]);
  const thickness = d3.scaleSqrt([0, d3.max(links, (l) => l.weight)], [1, 10]);
  // Green for mostly cooperation, red for mostly conflict.
  const tint = d3.scaleLinear([-1, 0, 1], ["#c53030", "#a0aec0", "#2f855a"]);
  const balance = (l) => (l.cooperation - l.conflict) / l.weight;

  const simulation = d3.forceSimulation(nodes)
    .force("link", d3.forceLink(links).id((n) => n.id).distance(120))
    .force("charge", d3.forceManyBody().strength(-320))
    .force("collide", d3.forceCollide((n) => radius(n.events) + 6))
    .force("center", d3.forceCenter(width / 2, height / 2))
    .stop();
  for (let i = 0; i < 300; i += 1) simulation.tick();
  for (const n of nodes) {
    n.x = Math.max(30, Math.min(width - 30, n.x));
    n.y = Math.max(30, Math.min(height - 30, n.y));
  }

  const svg = d3.select(root).append("svg").attr("viewBox", [0, 0, width, height]).attr("width", width)
    .attr("height", height).attr("role", "img").attr("aria-label", "actor network");
  svg.append("g").selectAll("line").data(links).join("line").attr("class", "link")
    .attr("x1", (l) => l.source.x).attr("y1", (l) => l.source.y).attr("x2", (l) => l.target.x)
    .attr("y2", (l) => l.target.y).attr("stroke", (l) => tint(balance(l))).attr("stroke-opacity", 0.8)
    .attr("stroke-width", (l) => thickness(l.weight))
    .append("title").text((l) => `${l.source.id} – ${l.target.id}: ${l.weight} events ` +
      `(${l.cooperation} cooperation, ${l.conflict} conflict, mean Goldstein ${l.goldstein_mean})`);
  const node = svg.append("g").selectAll("g").data(nodes).join("a")
    .attr("href", (n) => "/?actor=" + encodeURIComponent(n.id)).attr("class", "node")
    .attr("transform", (n) => `translate(${n.x},${n.y})`);
  node.append("circle").attr("r", (n) => radius(n.events)).attr("fill", "#2b6cb0").attr("fill-opacity", 0.85)
    .attr("stroke", "white");
  node.append("text").attr("x", (n) => radius(n.events) + 3).attr("dy", "0.35em").attr("font-size", 12)
    .text((n) => n.id);
  node.append("title").text((n) => `${n.name} (${n.id}): ${n.events} events`);
})();
