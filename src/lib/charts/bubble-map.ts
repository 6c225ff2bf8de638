/*
 * A world map with area-proportional circles (d3-geo, Equal Earth; Natural Earth 1:110m land and
 * borders from world-atlas). The frame is cropped to the places shown; the largest circles are
 * drawn first so that small ones stay visible on top.
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import { scaleSqrt } from 'd3-scale';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { el, markGroup, svgFrame, text, textWidth, type ChartLabels } from './svg.ts';

export interface MapPoint {
  key: string;
  label: string;
  lat: number;
  lon: number;
  value: number;
  href: string;
  tip: string;
  /** Placed by editorial inference (drawn dashed). */
  flagged?: boolean;
  /** Print the label next to the circle. */
  labelled?: boolean;
}

export interface MapOptions extends ChartLabels {
  /** Reference values for the size legend, with their printed form. */
  legend: readonly { value: number; display: string }[];
  /** Heading of the size legend. */
  legendTitle: string;
  /** ISO 3166 numeric code of the country to emphasise (Kazakhstan: "398"). */
  home?: string;
  /** Radius of the largest value. */
  maxRadius?: number;
  /** Area to frame, [west, south, east, north] in degrees. */
  bounds?: readonly [number, number, number, number];
  width?: number;
  height?: number;
}

type Countries = Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;
const topo = world as unknown as Countries;

export function renderBubbleMap(points: readonly MapPoint[], o: MapOptions): string {
  const width = o.width ?? 960, height = o.height ?? 470;
  const [w, s, e, n] = o.bounds ?? [-100, -5, 150, 66];
  const frame: [number, number][] = [];
  for (let i = 0; i <= 10; i++) {
    const lon = w + ((e - w) * i) / 10, lat = s + ((n - s) * i) / 10;
    frame.push([lon, s], [lon, n], [w, lat], [e, lat]);
  }
  const projection = geoEqualEarth().rotate([-(w + e) / 2, 0])
    .fitExtent([[8, 8], [width - 8, height - 8]], { type: 'MultiPoint', coordinates: frame })
    .clipExtent([[0, 0], [width, height]]);
  const path = geoPath(projection).digits(1);

  const land = path(feature(topo, topo.objects.land)) ?? '';
  const borders = path(mesh(topo, topo.objects.countries, (a, b) => a !== b)) ?? '';
  const homeGeom = o.home ? topo.objects.countries.geometries.find((g) => String(g.id) === o.home) : undefined;
  const home = homeGeom ? path(feature(topo, homeGeom)) ?? '' : '';

  const rMax = o.maxRadius ?? 30;
  const r = scaleSqrt().domain([0, Math.max(...points.map((p) => p.value), ...o.legend.map((l) => l.value))]).range([0, rMax]);
  const placed = points.map((p) => ({ p, xy: projection([p.lon, p.lat]) })).filter((q): q is { p: MapPoint; xy: [number, number] } => !!q.xy)
    .sort((a, b) => b.p.value - a.p.value);
  const circles = placed.map(({ p, xy: [cx, cy] }) => markGroup({ key: p.key, href: p.href, tip: p.tip, className: `tone-1${p.flagged ? ' flagged' : ''}` },
    el('circle', { class: 'bubble', cx, cy, r: Math.max(1.5, r(p.value)) })));
  // Labels beside their circles: right, left, above or below, whichever collides with no earlier label.
  const boxes: [number, number, number, number][] = [];
  const free = (b: [number, number, number, number]) => b[0] >= 0 && b[2] <= width && !boxes.some((o) => b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3]);
  const labels = placed.filter(({ p }) => p.labelled).map(({ p, xy: [cx, cy] }) => {
    const rr = Math.max(1.5, r(p.value));
    const w = textWidth(p.label, 12), h = 14;
    const options = [
      { x: cx + rr + 3, y: cy, anchor: 'start', box: [cx + rr + 3, cy - h / 2, cx + rr + 3 + w, cy + h / 2] },
      { x: cx - rr - 3, y: cy, anchor: 'end', box: [cx - rr - 3 - w, cy - h / 2, cx - rr - 3, cy + h / 2] },
      { x: cx, y: cy - rr - 8, anchor: 'middle', box: [cx - w / 2, cy - rr - 8 - h / 2, cx + w / 2, cy - rr - 8 + h / 2] },
      { x: cx, y: cy + rr + 9, anchor: 'middle', box: [cx - w / 2, cy + rr + 9 - h / 2, cx + w / 2, cy + rr + 9 + h / 2] },
    ] as const;
    const pick = options.find((o) => free([...o.box])) ?? options[0];
    boxes.push([...pick.box]);
    return text({ class: 'map-label', x: pick.x, y: pick.y, dy: '0.35em', 'text-anchor': pick.anchor }, p.label);
  });

  // Size legend: nested circles sharing their bottom point.
  const lx = 16 + rMax, ly = height - 16;
  const legend = el('g', { class: 'size-legend', 'aria-hidden': 'true' },
    el('rect', { class: 'legend-bg', x: 4, y: ly - 2 * rMax - 30, width: 2 * rMax + 110, height: 2 * rMax + 40, rx: 4 }),
    text({ class: 'legend-title', x: 10, y: ly - 2 * rMax - 14 }, o.legendTitle),
    ...o.legend.map((l) => {
      const rr = r(l.value);
      return el('circle', { class: 'legend-circle', cx: lx, cy: ly - rr, r: rr })
        + el('line', { class: 'legend-tick', x1: lx, x2: lx + rMax + 8, y1: ly - 2 * rr, y2: ly - 2 * rr })
        + text({ class: 'legend-value', x: lx + rMax + 11, y: ly - 2 * rr, dy: '0.35em' }, l.display);
    }));

  const body = [
    el('rect', { class: 'sea', x: 0, y: 0, width, height }),
    el('path', { class: 'land', d: land }),
    home && el('path', { class: 'home', d: home }),
    el('path', { class: 'borders', d: borders }),
    el('g', { class: 'bubbles' }, ...circles),
    el('g', { class: 'map-labels', 'aria-hidden': 'true' }, ...labels),
    legend,
  ].filter(Boolean).join('');
  return svgFrame(o, { width, height }, body);
}

