// The timeline: items per week (per month or year over long spans, so bars stay wide enough
// to see) as bars, with a brush that sets the date filter.
import { brushX } from "d3-brush";
import { scaleLinear, scaleUtc } from "d3-scale";
import { select } from "d3-selection";
import { utcMonth, utcYear } from "d3-time";

const DAY = 86400000;
const HEIGHT = 96;
const MARGIN = { top: 6, right: 12, bottom: 20, left: 12 };

const isoDay = (date) => date.toISOString().slice(0, 10);
const parseDay = (text) => new Date(`${text}T00:00:00Z`);

export class Timeline {
  /** @param {SVGSVGElement} svg @param {(from:string,to:string)=>void} onBrush "" and "" clear */
  constructor(svg, onBrush) {
    this.svg = select(svg);
    this.onBrush = onBrush;
    this.bins = null;
    this.silent = false;
    new ResizeObserver(() => this.draw()).observe(svg);
  }

  /** @param {{week:string,count:number}[]} weeks week = the ISO date of its Monday */
  setWeeks(weeks, range) {
    this.bins = binWeeks(weeks);
    this.range = range;
    this.onBins?.(this.bins.unit);
    this.draw();
  }

  draw() {
    const node = this.svg.node();
    const width = node.clientWidth || 600;
    this.svg.attr("viewBox", `0 0 ${width} ${HEIGHT}`).attr("height", HEIGHT);
    this.svg.selectAll("*").remove();
    const bins = this.bins?.bars || [];
    if (!bins.length) {
      this.svg.append("text").attr("x", width / 2).attr("y", HEIGHT / 2).attr("class", "empty")
        .attr("text-anchor", "middle").text("no dated items");
      return;
    }
    const x = scaleUtc().domain([bins[0].start, bins[bins.length - 1].end]).range([MARGIN.left, width - MARGIN.right]);
    const max = Math.max(...bins.map((b) => b.count));
    const y = scaleLinear().domain([0, max]).range([HEIGHT - MARGIN.bottom, MARGIN.top]);
    this.x = x;
    const bars = this.svg.append("g").attr("class", "bars");
    for (const b of bins) {
      const [x0, x1] = [x(b.start), x(b.end)];
      bars.append("rect").attr("x", x0).attr("width", Math.max(1, x1 - x0 - 0.5))
        .attr("y", y(b.count)).attr("height", y(0) - y(b.count))
        .append("title").text(`${this.bins.unit} of ${isoDay(b.start)}: ${b.count}`);
    }
    const axis = this.svg.append("g").attr("class", "axis");
    for (const tick of x.ticks(Math.max(2, Math.floor(width / 110)))) {
      axis.append("text").attr("x", x(tick)).attr("y", HEIGHT - 5).attr("text-anchor", "middle")
        .text(x.tickFormat()(tick));
    }
    this.brush = brushX().extent([[MARGIN.left, MARGIN.top - 4], [width - MARGIN.right, HEIGHT - MARGIN.bottom + 2]])
      .on("end", (event) => this.brushed(event));
    this.brushGroup = this.svg.append("g").attr("class", "brush").call(this.brush);
    this.showRange(this.range);
  }

  brushed(event) {
    if (this.silent || !event.sourceEvent) return;
    if (!event.selection) { this.onBrush("", ""); return; }
    const [a, b] = event.selection.map((px) => this.x.invert(px));
    this.onBrush(isoDay(a), isoDay(new Date(b.getTime() - 1)));
  }

  /** Shows the date filter as the brush's selection (no callback). */
  showRange(range) {
    this.range = range;
    if (!this.brushGroup || !this.x) return;
    this.silent = true;
    if (range && (range.from || range.to)) {
      const [lo, hi] = this.x.range();
      const from = range.from ? this.x(parseDay(range.from)) : lo;
      const to = range.to ? this.x(new Date(parseDay(range.to).getTime() + DAY)) : hi;
      this.brushGroup.call(this.brush.move, [Math.max(lo, from), Math.min(hi, Math.max(to, from + 2))]);
    } else {
      this.brushGroup.call(this.brush.move, null);
    }
    this.silent = false;
  }
}

/**
 * The weekly counts of /api/stats as bars: weeks up to two years, months up to twenty, then
 * years. Returns {unit: "week"|"month"|"year", bars: [{start, end, count}]}.
 */
export function binWeeks(weeks) {
  const dated = weeks.filter((w) => w.week).map((w) => ({ start: parseDay(w.week), count: w.count }));
  if (!dated.length) return { unit: "week", bars: [] };
  const days = (Math.max(...dated.map((w) => w.start)) - Math.min(...dated.map((w) => w.start))) / DAY;
  const unit = days <= 2 * 366 ? "week" : days <= 20 * 366 ? "month" : "year";
  const interval = { month: utcMonth, year: utcYear }[unit];
  const byStart = new Map();
  for (const w of dated) {
    const start = (interval ? interval.floor(w.start) : w.start).getTime();
    byStart.set(start, (byStart.get(start) || 0) + w.count);
  }
  const bars = [...byStart].sort((a, b) => a[0] - b[0]).map(([start, count]) => ({
    start: new Date(start),
    end: interval ? interval.offset(new Date(start), 1) : new Date(start + 7 * DAY),
    count,
  }));
  return { unit, bars };
}
