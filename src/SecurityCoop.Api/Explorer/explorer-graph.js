// The Cytoscape view: draws the view model, lays it out (fCoSE, each hub's neighbourhood as a box of its
// own), keeps labels readable (a constant screen size, and only labels that do not overlap, most important
// first), moves a keyboard focus between nodes, and saves the view as PNG or SVG.
import { $, download } from './explorer-dom.js';
import { state, labelOf } from './explorer-state.js';
import { colourOf } from './explorer-vocabulary.js';
import { viewModel, highlightSets } from './explorer-view.js';

/** Above this many nodes the force layout is skipped and new nodes keep the places they were given. */
const MAX_LAYOUT_NODES = 600;
/** Fitting never zooms closer than this: a lone node or a pair must not fill the screen. */
const MAX_FIT_ZOOM = 1.5;
/** Node labels are drawn at this size on screen, whatever the zoom. */
const LABEL_PX = 11;
const LABEL_MAX_PX = 150;
const LABEL_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';

let cy = null;
export const graph = () => cy;

const zoomed = size => () => size / (cy ? cy.zoom() : 1);

function graphStyle() {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)', label: 'data(label)', width: 18, height: 18,
        'border-width': 1.5, 'border-color': '#ffffff', 'font-size': zoomed(LABEL_PX), 'font-family': LABEL_FONT, color: '#1d2330',
        'text-valign': 'bottom', 'text-margin-y': zoomed(2), 'text-wrap': 'ellipsis', 'text-max-width': () => `${LABEL_MAX_PX / (cy ? cy.zoom() : 1)}px`,
        'text-background-color': '#ffffff', 'text-background-opacity': 0.75, 'text-background-padding': zoomed(1),
      },
    },
    { selector: 'node.label-hidden', style: { label: '' } },
    { selector: 'node.expanded', style: { width: 28, height: 28, 'border-color': '#1d2330', 'border-width': 2, 'font-weight': 'bold' } },
    {
      selector: 'node[kind = "cluster"]',
      style: { shape: 'round-rectangle', width: 34, height: 22, 'border-color': '#1d2330', 'border-width': 1, 'border-style': 'dashed', 'font-style': 'italic' },
    },
    {
      selector: 'node[kind = "hood"]',
      style: {
        shape: 'round-rectangle', 'background-color': '#eef2f8', 'background-opacity': 0.55, 'border-color': '#cdd5e2',
        'border-width': 1, label: '', padding: 12, events: 'no',
      },
    },
    { selector: 'node.chosen', style: { 'underlay-color': '#ffd400', 'underlay-opacity': 0.7, 'underlay-padding': 7 } },
    { selector: 'node.key-focus', style: { 'overlay-color': '#1d2330', 'overlay-opacity': 0.18, 'overlay-padding': 9 } },
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier', width: 1.3, 'line-color': '#b9c0ca', 'target-arrow-shape': 'triangle',
        'target-arrow-color': '#b9c0ca', 'arrow-scale': 0.8, label: 'data(type)', 'font-size': 7, color: '#5a6270',
        'text-rotation': 'autorotate', 'min-zoomed-font-size': 9, 'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
      },
    },
    { selector: 'edge[kind = "cluster"]', style: { width: 3, 'line-style': 'dotted' } },
    { selector: 'edge.weak', style: { 'line-style': 'dashed' } },
    { selector: 'node.in-overlap', style: { 'border-color': '#1f9d55', 'border-width': 4 } },
    { selector: 'node.overlap-body', style: { shape: 'diamond', 'border-color': '#1f9d55', 'border-width': 4 } },
    { selector: 'edge.in-overlap', style: { 'line-color': '#1f9d55', 'target-arrow-color': '#1f9d55', width: 2.5, 'z-index': 5 } },
    { selector: 'node.on-path', style: { 'border-color': '#ff6a00', 'border-width': 5, 'z-index': 10 } },
    { selector: 'edge.on-path', style: { 'line-color': '#ff6a00', 'target-arrow-color': '#ff6a00', width: 4, 'z-index': 10, 'font-size': 9 } },
    { selector: '.faded', style: { opacity: 0.2 } },
  ];
}

/** Creates the view. `on` has open(id), pickPathEnd(id) and openCluster(key). */
export function createGraph(on) {
  cy = window.cytoscape({
    container: $('#graph'), style: graphStyle(), elements: [], minZoom: 0.1, maxZoom: 4,
    boxSelectionEnabled: false, autounselectify: true,
  });
  cy.on('tap', 'node[kind = "node"]', event => {
    const id = event.target.id();
    if (event.originalEvent && event.originalEvent.shiftKey) on.pickPathEnd(id);
    else on.open(id);
  });
  cy.on('tap', 'node[kind = "cluster"]', event => on.openCluster(event.target.data('key')));
  cy.on('mouseover', 'node', event => event.target.removeClass('label-hidden'));
  cy.on('mouseout', 'node', () => scheduleLabels());
  cy.on('zoom', () => { zoomChanged = true; });
  cy.on('viewport', () => scheduleLabels());
  wireKeyboard(on);
  return cy;
}

// ---------------------------------------------------------------- drawing the model

/** Where to put a new node: in a spiral around a drawn neighbour, or around the view's centre. */
function placeNear(id, model, counters) {
  let anchor = null;
  for (const edge of model.edges.values()) {
    const other = edge.source === id ? edge.target : edge.target === id ? edge.source : null;
    if (other && cy.getElementById(other).nonempty()) { anchor = other; break; }
  }
  const centre = anchor ? cy.getElementById(anchor).position() : viewCentre();
  const key = anchor ?? '';
  const i = counters.get(key) ?? 0;
  counters.set(key, i + 1);
  const angle = i * 2.39996;
  const radius = (anchor ? 90 : 40) + 22 * Math.sqrt(i);
  return { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
}

function viewCentre() {
  const extent = cy.extent();
  return { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
}

function nodeElements(model) {
  const elements = new Map();
  for (const [id, hub] of model.neighbourhoods) elements.set(id, { data: { id, kind: 'hood', hub, colour: '#eef2f8', label: '' }, parent: null });
  for (const { node, parent } of model.nodes.values()) {
    elements.set(node.id, { data: { id: node.id, kind: 'node', label: labelOf(node), name: node.name, type: node.type, colour: colourOf(node.type) }, parent });
  }
  for (const cluster of model.clusters.values()) {
    elements.set(cluster.id, {
      data: { id: cluster.id, kind: 'cluster', key: cluster.key, hub: cluster.hub, type: cluster.type, label: cluster.label, count: cluster.members.length, colour: colourOf(cluster.type) },
      parent: cluster.parent,
    });
  }
  return elements;
}

/**
 * Brings the view in line with the exploration: removes what is gone, adds what is new, moves nodes into or
 * out of neighbourhoods, updates the classes. New nodes trigger a layout unless `keepLayout` is set (the
 * date slider and the player keep every node where it is, so the picture does not jump).
 */
export function syncGraph({ keepLayout = false } = {}) {
  if (!cy) return 0;
  const model = viewModel();
  const wanted = nodeElements(model);
  const stale = cy.elements().filter(e => !(e.isNode() ? wanted : model.edges).has(e.id()));
  const counters = new Map();
  let added = 0;
  cy.batch(() => {
    cy.remove(stale);
    // Parents first, so that children can be placed in them.
    const ordered = [...wanted.values()].sort((a, b) => (a.data.kind === 'hood' ? 0 : 1) - (b.data.kind === 'hood' ? 0 : 1));
    for (const { data, parent } of ordered) {
      const existing = cy.getElementById(data.id);
      if (existing.nonempty()) {
        if ((existing.data('parent') ?? null) !== parent) existing.move({ parent });
        const { id: _, ...changed } = data;
        existing.data(changed);
        continue;
      }
      const element = { group: 'nodes', data: { ...data, parent: parent ?? undefined } };
      if (data.kind !== 'hood') element.position = placeNear(data.id, model, counters);
      cy.add(element);
      if (data.kind !== 'hood') added += 1;
    }
    for (const edge of model.edges.values()) {
      if (cy.getElementById(edge.id).nonempty()) {
        cy.getElementById(edge.id).data('type', edge.type);
        continue;
      }
      cy.add({ group: 'edges', data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type, kind: edge.id.startsWith('cluster-edge:') ? 'cluster' : 'relation' } });
      if (edge.weak) cy.getElementById(edge.id).addClass('weak');
    }
    applyClasses();
  });
  if (added > 0 && !keepLayout) runLayout();
  else scheduleLabels();
  return added;
}

export function applyClasses() {
  const { path, overlap } = highlightSets();
  const active = state.highlight === 'path' ? path : state.highlight === 'overlap' ? overlap : null;
  cy.elements().forEach(e => {
    const id = e.id();
    const node = e.isNode();
    e.toggleClass('expanded', node && state.expansions.has(id));
    e.toggleClass('chosen', id === state.selected);
    e.toggleClass('key-focus', id === keyFocus);
    e.toggleClass('on-path', (node ? path.nodes : path.edges).has(id));
    e.toggleClass('in-overlap', (node ? overlap.nodes : overlap.edges).has(id));
    e.toggleClass('overlap-body', node && overlap.bodies.has(id));
    const lit = active && ((node ? active.nodes : active.edges).has(id) || active.bodies?.has(id));
    e.toggleClass('faded', Boolean(active) && !lit && e.data('kind') !== 'hood');
  });
}

export function restyle() {
  if (cy) cy.batch(applyClasses);
  scheduleLabels();
}

/** The nodes that stand for data (nodes and clusters), not the neighbourhood boxes. */
export const drawnNodes = () => cy.nodes('[kind != "hood"]');
export const dataNodes = () => cy.nodes('[kind = "node"]');

// ---------------------------------------------------------------- layout and fitting

export function fitGraph() {
  cy.fit(undefined, 30);
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center();
  }
  scheduleLabels();
}

/** Fits the view when a drawn node lies outside it (nodes a date change brought in); nothing moves in the graph. */
export function fitIfOutside() {
  const box = cy.extent();
  const outside = drawnNodes().some(n => {
    const p = n.position();
    return p.x < box.x1 || p.x > box.x2 || p.y < box.y1 || p.y > box.y2;
  });
  if (outside) fitGraph();
}

export function runLayout() {
  if (drawnNodes().length > MAX_LAYOUT_NODES) {
    fitGraph();
    return;
  }
  state.layoutRunning = true;
  const fcose = typeof window.cytoscapeFcose === 'function';
  const options = fcose
    ? {
      name: 'fcose', quality: 'default', randomize: false, animate: false, fit: false, padding: 30,
      nodeDimensionsIncludeLabels: false, packComponents: true, nodeRepulsion: () => 9000, idealEdgeLength: () => 75,
      edgeElasticity: () => 0.45, nestingFactor: 0.1, gravity: 0.25, gravityCompound: 1.2, numIter: 2500,
      tile: true, tilingPaddingVertical: 12, tilingPaddingHorizontal: 12, nodeSeparation: 80,
    }
    : {
      name: 'cose', randomize: false, animate: false, fit: false, padding: 30, idealEdgeLength: () => 70,
      nodeRepulsion: () => 9000, edgeElasticity: () => 80, numIter: 1500, componentSpacing: 60,
    };
  const layout = cy.layout(options);
  layout.one('layoutstop', () => { state.layoutRunning = false; fitGraph(); });
  layout.run();
}

// ---------------------------------------------------------------- labels

let labelFrame = 0;
let zoomChanged = false;

/** Culls labels on the next frame: pan and zoom fire many events, the culling runs once per frame. */
export function scheduleLabels() {
  if (labelFrame || !cy) return;
  labelFrame = requestAnimationFrame(() => {
    labelFrame = 0;
    cullLabels();
  });
}

const measure = document.createElement('canvas').getContext('2d');
const widths = new Map();
function labelWidth(text) {
  let width = widths.get(text);
  if (width === undefined) {
    measure.font = `bold ${LABEL_PX}px ${LABEL_FONT}`;
    width = Math.min(measure.measureText(text).width, LABEL_MAX_PX);
    widths.set(text, width);
  }
  return width;
}

function labelRank(node) {
  if (node.id() === state.selected) return 0;
  if (node.id() === keyFocus) return 1;
  if (node.hasClass('expanded') || node.data('kind') === 'cluster') return 2;
  if (node.hasClass('on-path') || node.hasClass('overlap-body')) return 3;
  if (node.hasClass('in-overlap')) return 4;
  return 5;
}

/**
 * Shows a label only where it overlaps no label already shown, most important first (the selection, the
 * expanded hubs and clusters, paths and the overlap, then by degree). Labels keep one size on screen, so
 * zooming in makes room and more labels appear.
 */
function cullLabels() {
  if (zoomChanged) {
    zoomChanged = false;
    cy.style().update(); // the zoom-dependent label sizes
  }
  const width = cy.width();
  const height = cy.height();
  const ranked = drawnNodes().map(n => ({ n, rank: labelRank(n), degree: n.degree(false) }))
    .sort((a, b) => a.rank - b.rank || b.degree - a.degree || (a.n.id() < b.n.id() ? -1 : 1));
  const cell = 64;
  const grid = new Map();
  const boxesNear = box => {
    const found = [];
    for (let gx = Math.floor(box.x1 / cell); gx <= Math.floor(box.x2 / cell); gx++) {
      for (let gy = Math.floor(box.y1 / cell); gy <= Math.floor(box.y2 / cell); gy++) found.push(...(grid.get(`${gx},${gy}`) ?? []));
    }
    return found;
  };
  const place = box => {
    for (let gx = Math.floor(box.x1 / cell); gx <= Math.floor(box.x2 / cell); gx++) {
      for (let gy = Math.floor(box.y1 / cell); gy <= Math.floor(box.y2 / cell); gy++) {
        const key = `${gx},${gy}`;
        if (!grid.has(key)) grid.set(key, []);
        grid.get(key).push(box);
      }
    }
  };
  cy.batch(() => {
    for (const { n } of ranked) {
      const p = n.renderedPosition();
      const w = labelWidth(n.data('label') ?? '') + 8;
      const top = p.y + n.renderedOuterHeight() / 2;
      const box = { x1: p.x - w / 2, x2: p.x + w / 2, y1: top, y2: top + LABEL_PX + 10 };
      const onScreen = box.x2 > 0 && box.x1 < width && box.y2 > 0 && box.y1 < height;
      const free = onScreen && !boxesNear(box).some(o => o.x1 < box.x2 && box.x1 < o.x2 && o.y1 < box.y2 && box.y1 < o.y2);
      if (free) place(box);
      n.toggleClass('label-hidden', !free);
    }
  });
}

// ---------------------------------------------------------------- keyboard

let keyFocus = null;
export const keyboardFocus = () => keyFocus;

/** Moves the keyboard focus to the nearest node in a direction (dx, dy), or to the selection at first. */
function moveFocus(dx, dy) {
  const nodes = drawnNodes();
  if (nodes.empty()) return null;
  const current = keyFocus && cy.getElementById(keyFocus).nonempty() ? cy.getElementById(keyFocus)
    : state.selected && cy.getElementById(state.selected).nonempty() ? cy.getElementById(state.selected) : null;
  if (!current) return nodes.sort((a, b) => b.degree(false) - a.degree(false))[0] ?? null;
  const from = current.position();
  let best = null;
  let bestScore = Infinity;
  nodes.forEach(n => {
    if (n.same(current)) return;
    const p = n.position();
    const along = (p.x - from.x) * dx + (p.y - from.y) * dy;
    const across = Math.abs((p.x - from.x) * dy - (p.y - from.y) * dx);
    if (along <= 0 || across > along * 2) return; // outside a cone of about 63 degrees either side
    const score = along + 2 * across;
    if (score < bestScore) { bestScore = score; best = n; }
  });
  return best;
}

export function setKeyFocus(id) {
  keyFocus = id;
  restyle();
  const node = id ? cy.getElementById(id) : null;
  const box = cy.extent();
  if (node && node.nonempty()) {
    const p = node.position();
    if (p.x < box.x1 || p.x > box.x2 || p.y < box.y1 || p.y > box.y2) cy.center(node);
    const what = node.data('kind') === 'cluster' ? `cluster of ${node.data('label')}, press Enter to open it`
      : `${node.data('name')}, ${node.degree(false)} relations drawn; Enter opens it, Shift+Enter makes it a path end`;
    $('#graph-focus').textContent = what;
  }
}

const DIRECTIONS = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

function wireKeyboard(on) {
  const container = $('#graph');
  container.addEventListener('keydown', event => {
    const direction = DIRECTIONS[event.key];
    if (direction) {
      event.preventDefault();
      const next = moveFocus(...direction);
      if (next) setKeyFocus(next.id());
      return;
    }
    const focused = keyFocus ? cy.getElementById(keyFocus) : null;
    if (event.key === 'Enter' && focused && focused.nonempty()) {
      event.preventDefault();
      if (focused.data('kind') === 'cluster') on.openCluster(focused.data('key'));
      else if (event.shiftKey) on.pickPathEnd(keyFocus);
      else on.open(keyFocus);
    } else if (event.key === '+' || event.key === '=') {
      cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    } else if (event.key === '-') {
      cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    } else if (event.key === '0') {
      fitGraph();
    } else if (event.key === 'Escape') {
      on.clearHighlight();
    }
  });
  container.addEventListener('focus', () => {
    if (keyFocus && cy.getElementById(keyFocus).nonempty()) return;
    const selected = state.selected && cy.getElementById(state.selected);
    const first = selected && selected.nonempty() ? selected : drawnNodes().sort((a, b) => b.degree(false) - a.degree(false))[0];
    if (first) setKeyFocus(first.id());
  });
}

// ---------------------------------------------------------------- images

/** Saves the graph as it is on screen: PNG (twice the screen's resolution) or SVG. */
export function saveImage(kind) {
  const stamp = new Date().toISOString().slice(0, 19).replaceAll(':', '-');
  const name = `securitycoop-graph-${stamp}.${kind}`;
  if (kind === 'png') {
    download(cy.png({ output: 'blob', full: false, scale: 2, bg: '#ffffff' }), name);
    return name;
  }
  if (typeof cy.svg !== 'function') throw new Error('The SVG library is not in this build (cytoscape-svg.js is missing).');
  download(new Blob([cy.svg({ full: false, scale: 1, bg: '#ffffff' })], { type: 'image/svg+xml' }), name);
  return name;
}
