// The map: an offline basemap of country borders (Natural Earth via world-atlas, no tiles),
// and the items clustered in the browser (supercluster) so 100,000 points stay fast: only the
// clusters and points of the current view are drawn, on one canvas.
import L from "leaflet";
import Supercluster from "supercluster";
import { feature } from "topojson-client";
import { EVENT_TYPES, label } from "./vocab.js";
import { coordinates, placeLine, radius } from "./points.js";

/** Cluster properties: items per event type and the summed toll, merged up the tree. */
const clusterOptions = {
  radius: 48,
  maxZoom: 14,
  map: (p) => ({ counts: { [p.event_type]: 1 }, killed: p.killed }),
  reduce: (acc, p) => {
    for (const [type, n] of Object.entries(p.counts)) acc.counts[type] = (acc.counts[type] || 0) + n;
    acc.killed += p.killed;
  },
};

function dominantType(counts) {
  return EVENT_TYPES.reduce((best, t) => ((counts[t] || 0) > (counts[best] || 0) ? t : best), EVENT_TYPES[0]);
}

/**
 * Natural Earth cuts shapes at ±180° (Russia, Fiji); drawn on a flat map, a ring that jumps
 * from 179.9 to -179.9 streaks across the world. Each ring continues past 180 instead.
 */
export function unwrapAntimeridian(geojson) {
  const line = (points) => {
    const out = [];
    for (const [lon0, lat] of points) {
      let lon = lon0;
      const prev = out.length ? out[out.length - 1][0] : lon;
      while (lon - prev > 180) lon -= 360;
      while (lon - prev < -180) lon += 360;
      out.push([lon, lat]);
    }
    return out;
  };
  const depth = { LineString: 0, MultiLineString: 1, Polygon: 1, MultiPolygon: 2 };
  const walk = (coords, d) => (d === 0 ? line(coords) : coords.map((c) => walk(c, d - 1)));
  const fix = (geometry) => (geometry.type in depth
    ? { ...geometry, coordinates: walk(geometry.coordinates, depth[geometry.type]) } : geometry);
  if (geojson.type === "FeatureCollection") {
    return { ...geojson, features: geojson.features.map((f) => ({ ...f, geometry: f.geometry && fix(f.geometry) })) };
  }
  return fix(geojson);
}

export class EventMap {
  /** @param {HTMLElement} element @param {{onOpen:(item)=>void,onView:()=>void}} handlers */
  constructor(element, handlers) {
    this.handlers = handlers;
    this.items = [];
    this.byKey = new Map();
    this.points = new Map();
    this.renderer = L.canvas({ padding: 0.2 });
    this.map = L.map(element, {
      worldCopyJump: true, minZoom: 2, maxZoom: 16, preferCanvas: true, zoomControl: true,
      attributionControl: true,
    }).setView([20, 20], 2);
    this.map.attributionControl.setPrefix(false);
    this.map.attributionControl.addAttribution("Borders: Natural Earth");
    this.layer = L.layerGroup().addTo(this.map);
    this.ring = null;
    this.map.on("moveend", () => { this.draw(); handlers.onView(); });
  }

  /**
   * Draws the country borders shipped with the page: the coarse outlines (1:110m) at first,
   * the detailed ones (1:50m, seven times the vertices) once the map is zoomed in far enough
   * to see the difference.
   */
  async loadBasemap({ coarse, fine, fineFromZoom = 4 }) {
    const layers = { coarse: this.countryLayer(coarse), fine: null }; // promises, each asked once
    const swap = async () => {
      const detailed = this.map.getZoom() >= fineFromZoom;
      if (detailed) layers.fine ??= this.countryLayer(fine);
      const [show, hide] = detailed ? [layers.fine, layers.coarse] : [layers.coarse, layers.fine];
      const [shown, hidden] = await Promise.all([show, hide]);
      if (detailed !== this.map.getZoom() >= fineFromZoom) return; // zoomed again meanwhile: a later swap decides
      if (hidden) hidden.remove();
      if (!this.map.hasLayer(shown)) shown.addTo(this.map).bringToBack();
      this.map.getContainer().dataset.basemap = detailed ? "fine" : "coarse"; // which outlines are drawn
    };
    this.map.on("zoomend", swap);
    await swap();
  }

  /** One canvas layer of countries, filled and outlined (borders and coasts in one pass). */
  async countryLayer(url) {
    const topo = await (await fetch(url)).json();
    return L.geoJSON(unwrapAntimeridian(feature(topo, topo.objects.countries)), {
      renderer: this.renderer, interactive: false, smoothFactor: 2,
      style: { color: "#a39d90", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1 },
    });
  }

  /** Replaces the items shown (an event or incident list from the API). */
  setItems(items, keyOf) {
    this.items = items;
    this.byKey = new Map(items.map((it) => [keyOf(it), it]));
    this.lats = new Float64Array(items.length).fill(NaN);
    this.lons = new Float64Array(items.length).fill(NaN);
    const points = [];
    for (const [i, it] of items.entries()) {
      const xy = coordinates(it);
      if (!xy) continue;
      [this.lons[i], this.lats[i]] = xy;
      points.push({
        type: "Feature", geometry: { type: "Point", coordinates: xy },
        properties: { key: keyOf(it), event_type: it.event_type, killed: it.fatalities?.best || 0 },
      });
    }
    this.index = new Supercluster(clusterOptions).load(points);
    this.draw();
  }

  /** Zooms to show every item (first load without a saved view). */
  fitItems() {
    const xy = this.items.map(coordinates).filter(Boolean);
    if (!xy.length) return;
    const bounds = L.latLngBounds(xy.map(([lon, lat]) => [lat, lon]));
    this.map.fitBounds(bounds.pad(0.2), { maxZoom: 7, animate: false });
  }

  draw() {
    this.layer.clearLayers();
    this.points = new Map();
    if (!this.index) return;
    const b = this.map.getBounds();
    const bbox = [Math.max(-180, b.getWest()), Math.max(-85, b.getSouth()), Math.min(180, b.getEast()), Math.min(85, b.getNorth())];
    const zoom = Math.round(this.map.getZoom());
    for (const f of this.index.getClusters(bbox, zoom)) {
      const [lon, lat] = f.geometry.coordinates;
      if (f.properties.cluster) this.drawCluster(f, lat, lon);
      else this.drawPoint(this.byKey.get(f.properties.key), f.properties.key, lat, lon);
    }
    if (this.selected) this.highlight(this.selected);
  }

  drawCluster(f, lat, lon) {
    const n = f.properties.point_count;
    const size = n < 10 ? "s" : n < 100 ? "m" : n < 1000 ? "l" : "xl";
    const type = dominantType(f.properties.counts);
    const icon = L.divIcon({
      html: `<span>${f.properties.point_count_abbreviated}</span>`,
      className: `cluster cluster-${size} t-${type}`, iconSize: null,
    });
    const marker = L.marker([lat, lon], { icon, keyboard: false, title: `${n} items, ${f.properties.killed} killed` });
    marker.on("click", () => {
      const zoom = Math.min(this.index.getClusterExpansionZoom(f.properties.cluster_id), 16);
      this.map.flyTo([lat, lon], zoom, { duration: 0.4 });
    });
    this.layer.addLayer(marker);
  }

  /** One item: a DOM marker (few are on screen once clustered), named for screen readers. */
  drawPoint(item, key, lat, lon) {
    const d = 2 * radius(item);
    const icon = L.divIcon({ className: `pt t-${item.event_type}`, iconSize: [d, d], html: "" });
    const name = [label(item.sub_event_type || item.event_type), placeLine(item), item.date].filter(Boolean).join(", ");
    const marker = L.marker([lat, lon], { icon, title: name, alt: name, keyboard: false, riseOnHover: true });
    marker.on("click", () => this.handlers.onOpen(key));
    this.layer.addLayer(marker);
    this.points.set(key, marker);
  }

  /** Marks one item with a ring (the list's selection or the open item). */
  highlight(key) {
    this.selected = key;
    for (const el of this.map.getContainer().querySelectorAll(".pt.selected")) el.classList.remove("selected");
    this.points?.get(key)?.getElement()?.classList.add("selected");
    if (this.ring) this.ring.remove();
    this.ring = null;
    const item = this.byKey.get(key);
    const xy = item && coordinates(item);
    if (!xy) return;
    this.ring = L.circleMarker([xy[1], xy[0]], {
      renderer: this.renderer, radius: radius(item) + 5, color: "#111111", weight: 2.5,
      fill: false, interactive: false, className: "ring",
    }).addTo(this.map);
  }

  /** Pans so the item is on screen (keyboard navigation in the list). */
  reveal(key) {
    const item = this.byKey.get(key);
    const xy = item && coordinates(item);
    if (xy && !this.map.getBounds().contains([xy[1], xy[0]])) this.map.panTo([xy[1], xy[0]]);
  }

  /** The items whose point is on screen, and those with no coordinates (what the list shows). */
  itemsInView() {
    const b = this.map.getBounds();
    const [south, north, west, east] = [b.getSouth(), b.getNorth(), b.getWest(), b.getEast()];
    const allLongitudes = east - west >= 360;
    const out = [];
    for (let i = 0; i < this.items.length; i++) {
      const lat = this.lats[i];
      if (Number.isNaN(lat)) { out.push(this.items[i]); continue; }
      if (lat < south || lat > north) continue;
      // A wrapped map shows longitudes past ±180: bring each into [west, west + 360).
      const lon = allLongitudes ? west : ((((this.lons[i] - west) % 360) + 360) % 360) + west;
      if (lon <= east) out.push(this.items[i]);
    }
    return out;
  }

  /** "zoom/lat/lon" for the URL. */
  position() {
    const c = this.map.getCenter();
    return `${this.map.getZoom()}/${c.lat.toFixed(3)}/${c.lng.toFixed(3)}`;
  }

  setPosition(text) {
    const [z, lat, lon] = text.split("/").map(Number);
    if ([z, lat, lon].every(Number.isFinite)) { this.map.setView([lat, lon], z); return true; }
    return false;
  }
}
