// Map of places named in the articles, on the Natural Earth 1:110m outline shipped with the package.
"use strict";
(async function () {
  const root = document.getElementById("map");
  const query = detente.params(root.dataset.query, ["country", "date_from", "date_to", "events_only"]);
  const measure = query.get("events_only") ? "events" : "mentions";
  query.set("located", "true");
  let world, places;
  try {
    [world, places] = await Promise.all([detente.getJSON(root.dataset.world), detente.getJSON("/api/places?" + query)]);
  } catch (err) {
    detente.status("map-status", "Could not load the map: " + err.message);
    return;
  }
  const width = 960, height = 500;
  const projection = d3.geoNaturalEarth1().fitExtent([[5, 5], [width - 5, height - 5]], { type: "Sphere" });
  const path = d3.geoPath(projection);
  const svg = d3.select(root).append("svg").attr("viewBox", [0, 0, width, height]).attr("width", width)
    .attr("height", height).attr("role", "img").attr("aria-label", "map of places");
  svg.append("path").attr("class", "sphere").attr("d", path({ type: "Sphere" })).attr("fill", "#ebf8ff");
  const countries = topojson.feature(world, world.objects.countries);
  svg.append("g").selectAll("path").data(countries.features).join("path").attr("class", "country")
    .attr("d", path).attr("fill", "#e2e8f0").attr("stroke", "#a0aec0").attr("stroke-width", 0.5)
    .append("title").text((f) => f.properties.name);

  const items = places.items;
  const area = d3.scaleSqrt([0, d3.max(items, (p) => p[measure]) || 1], [3, 18]);
  svg.append("g").selectAll("circle").data(items).join("circle").attr("class", "place")
    .attr("cx", (p) => projection([p.lon, p.lat])[0]).attr("cy", (p) => projection([p.lon, p.lat])[1])
    .attr("r", (p) => area(p[measure])).attr("fill", "#b83280").attr("fill-opacity", 0.6).attr("stroke", "white")
    .append("title").text((p) => `${p.name}${p.country ? " (" + p.country + ")" : ""}: ${p.mentions} mentions ` +
      `in ${p.articles} articles, ${p.events} events`);
  detente.status("map-status", items.length ? `${items.length} geocoded places` : "No geocoded places yet.");

  const body = d3.select("#places tbody");
  const rows = body.selectAll("tr").data(items).join("tr");
  for (const key of ["name", "country", "mentions", "articles", "events"]) rows.append("td").text((p) => p[key] ?? "");
})();
