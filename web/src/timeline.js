// The timeline: items per week as bars, with a brush that sets the date filter.
import { brushX } from "d3-brush";
import { scaleLinear, scaleUtc } from "d3-scale";
import { select } from "d3-selection";

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
    this.weeks = [];
    this.silent = false;
    new ResizeObserver(() => this.draw()).observe(svg);
  }

  /** @param {{week:string,count:number}[]} weeks week = the ISO date of its Monday */
  setWeeks(weeks, range) {
    this.weeks = weeks.filter((w) => w.week).sort((a, b) => a.week.localeCompare(b.week));
    this.range = range;
    this.draw();
  }

  draw() {
    const node = this.svg.node();
    const width = node.clientWidth || 600;
    this.svg.attr("viewBox", `0 0 ${width} ${HEIGHT}`).attr("height", HEIGHT);
    this.svg.selectAll("*").remove();
    if (!this.weeks.length) {
      this.svg.append("text").attr("x", width / 2).attr("y", HEIGHT / 2).attr("class", "empty")
        .attr("text-anchor", "middle").text("no dated items");
      return;
    }
    const first = parseDay(this.weeks[0].week);
    const last = new Date(parseDay(this.weeks[this.weeks.length - 1].week).getTime() + 7 * DAY);
    const x = scaleUtc().domain([first, last]).range([MARGIN.left, width - MARGIN.right]);
    const max = Math.max(...this.weeks.map((w) => w.count));
    const y = scaleLinear().domain([0, max]).range([HEIGHT - MARGIN.bottom, MARGIN.top]);
    this.x = x;
    const bars = this.svg.append("g").attr("class", "bars");
    for (const w of this.weeks) {
      const start = parseDay(w.week);
      const x0 = x(start);
      const x1 = x(new Date(start.getTime() + 7 * DAY));
      bars.append("rect").attr("x", x0).attr("width", Math.max(1, x1 - x0 - 0.5))
        .attr("y", y(w.count)).attr("height", y(0) - y(w.count))
        .append("title").text(`week of ${w.week}: ${w.count}`);
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
