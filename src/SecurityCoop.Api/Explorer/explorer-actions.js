// What the user does: add, open and collapse nodes, find paths, build an overlap, change the date and the
// filters, play through the years. Each action reads what it needs (one request), updates the state, and
// redraws the graph, the panels and the URL.
import { $, el } from './explorer-dom.js';
import { typeLabel } from './explorer-vocabulary.js';
import { state, known, nameOf, asOfText, ALL_DATES, FIRST_YEAR } from './explorer-state.js';
import { fetchViews, resolveNode, search } from './explorer-api.js';
import { graph, syncGraph, restyle, dataNodes, setKeyFocus, fitIfOutside } from './explorer-graph.js';
import { renderDetails, renderPath, renderOverlap, renderSearchHits, updateDownloads, buildLegend } from './explorer-panels.js';
import { writeUrl, readFragment, whileRestoring } from './explorer-url.js';

/** One step of the year player lasts at least this long, so each year can be seen. */
const PLAY_STEP_MS = 450;

// ---------------------------------------------------------------- status

export function setStatus(message, kind) {
  const status = $('#status');
  status.textContent = message;
  status.dataset.kind = kind;
}

/** Runs one user action: shows that it is busy, and shows its error, if any, until the next action. */
export async function task(label, action) {
  state.pending += 1;
  setStatus(`${label}…`, 'busy');
  try {
    await action();
    if (state.pending === 1) setStatus(summaryText(), 'info');
  } catch (error) {
    setStatus(error.message, 'error');
    console.error(error);
  } finally {
    state.pending -= 1;
    writeUrl();
  }
}

export function summaryText() {
  const cy = graph();
  if (!cy) return 'Ready.';
  const capped = [...state.expansions.entries()].filter(([, e]) => e.total > e.shown.length);
  const note = capped.map(([id, e]) => ` ${nameOf(id)}: ${e.shown.length} of ${e.total} neighbours drawn.`).join('');
  return `${dataNodes().length} nodes and ${cy.edges('[kind = "relation"]').length} relations shown, as of ${asOfText()}.${note}`;
}

export function updateGraphCount() {
  const cy = graph();
  const clusters = cy.nodes('[kind = "cluster"]');
  const folded = clusters.reduce((sum, c) => sum + c.data('count'), 0);
  const more = clusters.length ? ` (${folded} more in ${clusters.length} cluster${clusters.length === 1 ? '' : 's'})` : '';
  $('#graph-count').textContent = `${dataNodes().length} nodes${more} · ${cy.edges('[kind = "relation"]').length} relations · as of ${asOfText()}`;
}

let knownTimer = null;
function updateKnownNodes() {
  clearTimeout(knownTimer);
  knownTimer = setTimeout(() => {
    const options = [...known.values()].slice(0, 800).map(n => el('option', { value: n.id, label: `${n.name} (${typeLabel(n.type)})` }));
    $('#known-nodes').replaceChildren(...options);
  }, 200);
}

/** Takes in what fetchViews read for every view on screen. */
function applyViews(views) {
  views.expansions.forEach((expansion, id) => state.expansions.set(id, expansion));
  if (state.path) state.path.paths = views.paths;
  state.overlap.result = views.overlap;
  state.details = views.details;
  state.renderedAsOf = state.asOf;
}

/** Redraws everything from the state. */
function redraw(options) {
  syncGraph(options);
  updateGraphCount();
  updateKnownNodes();
  renderDetails();
  renderPath();
  renderOverlap();
  updateDownloads();
}

// ---------------------------------------------------------------- nodes

export function addRoot(id) {
  return task(`Adding ${nameOf(id)}`, async () => {
    const { details } = await fetchViews({ details: id });
    state.roots.add(id);
    state.selected = id;
    state.details = details;
    redraw();
  });
}

/** A click on a node: select it, show its details, and expand it if it is not expanded yet. */
export function openNode(id) {
  return task(`Expanding ${nameOf(id)}`, async () => {
    const expand = state.expansions.has(id) ? [] : [id];
    const { expansions, details } = await fetchViews({ expand, details: id });
    expansions.forEach((expansion, key) => state.expansions.set(key, expansion));
    state.selected = id;
    state.details = details;
    setKeyFocus(id);
    redraw();
  });
}

export function collapseNode(id) {
  state.expansions.delete(id);
  state.roots.add(id);
  [...state.openClusters].filter(key => key.startsWith(`${id}|`)).forEach(key => state.openClusters.delete(key));
  redraw();
  setStatus(summaryText(), 'info');
  writeUrl();
}

/** Opens a cluster of a hub's leaves: its nodes are drawn one by one in the hub's neighbourhood. */
export function openCluster(key) {
  state.openClusters.add(key);
  redraw();
  setStatus(summaryText(), 'info');
  writeUrl();
}

// ---------------------------------------------------------------- paths

export function pickPathEnd(id) {
  if (state.pathPick === 'from') {
    $('#path-from').value = id;
    state.pathPick = 'to';
    setStatus(`Path start: ${nameOf(id)}. Shift-click (or Shift+Enter on) the end node.`, 'info');
    return;
  }
  $('#path-to').value = id;
  state.pathPick = 'from';
  findPath();
}

export function findPath() {
  return task('Finding paths', async () => {
    const from = await resolveNode($('#path-from').value, 'a start node');
    const to = await resolveNode($('#path-to').value, 'an end node');
    const spec = { from, to, mode: $('#path-mode').value, weak: $('#path-weak').checked, focus: null };
    spec.paths = (await fetchViews({ path: spec })).paths;
    state.path = spec;
    state.highlight = 'path';
    redraw();
  });
}

export function clearPath() {
  state.path = null;
  if (state.highlight === 'path') state.highlight = state.overlap.result ? 'overlap' : null;
  redraw();
  writeUrl();
}

export function focusPath(index) {
  state.path.focus = state.path.focus === index ? null : index;
  state.highlight = 'path';
  restyle();
  renderPath();
  writeUrl();
}

// ---------------------------------------------------------------- overlap

export function addOverlapBody() {
  return task('Computing the overlap', async () => {
    const input = $('#overlap-input');
    const text = input.value.trim() || state.selected || '';
    const id = await resolveNode(text, 'a body');
    if (!state.overlap.bodies.includes(id)) state.overlap.bodies.push(id);
    input.value = '';
    await reloadOverlap();
  });
}

export function removeOverlapBody(id) {
  return task('Computing the overlap', async () => {
    state.overlap.bodies = state.overlap.bodies.filter(b => b !== id);
    await reloadOverlap();
  });
}

export function clearOverlap() {
  state.overlap = { bodies: [], result: null };
  if (state.highlight === 'overlap') state.highlight = state.path ? 'path' : null;
  redraw();
  writeUrl();
}

async function reloadOverlap() {
  state.overlap.result = (await fetchViews({ bodies: state.overlap.bodies })).overlap;
  state.highlight = state.overlap.result ? 'overlap' : state.path ? 'path' : null;
  redraw();
}

// ---------------------------------------------------------------- the views under a date and filters

/**
 * Re-reads every view on screen (expansions, paths, overlap, details) under the current date and filters, in
 * one request. Nodes that appear keep a place beside their neighbours; nothing already drawn moves.
 */
export function refreshViews() {
  clearTimeout(state.timer);
  state.timer = null;
  const version = ++state.version;
  return task(`Updating the views as of ${asOfText()}`, async () => {
    const views = await fetchViews({
      expand: [...state.expansions.keys()], details: state.selected, path: state.path, bodies: state.overlap.bodies,
    });
    if (version !== state.version) return; // a newer refresh is under way
    applyViews(views);
    redraw({ keepLayout: true });
    // While playing the camera stays put too; the player fits once at the end.
    if (!state.playing) fitIfOutside();
  });
}

export function scheduleRefresh() {
  clearTimeout(state.timer);
  state.timer = setTimeout(refreshViews, 150);
}

export function clearHighlight() {
  state.highlight = null;
  if (state.path) state.path.focus = null;
  restyle();
  renderPath();
  writeUrl();
}

export function clearGraph() {
  state.roots.clear();
  state.expansions.clear();
  state.openClusters.clear();
  state.selected = null;
  state.details = null;
  state.path = null;
  state.overlap = { bodies: [], result: null };
  state.highlight = null;
  redraw();
  setStatus(summaryText(), 'info');
  writeUrl();
}

export function onTypeToggle(event) {
  if (event.target.checked) state.hiddenTypes.delete(event.target.value);
  else state.hiddenTypes.add(event.target.value);
  refreshViews();
}

export function onRelationToggle(event) {
  if (event.target.checked) state.relationTypes.add(event.target.value);
  else state.relationTypes.delete(event.target.value);
  refreshViews();
}

export function readAsOf() {
  const value = Number($('#asof').value);
  state.asOf = value >= ALL_DATES ? null : value;
  $('#asof-label').textContent = asOfText();
}

// ---------------------------------------------------------------- the year player

const sleep = ms => new Promise(resolve => { setTimeout(resolve, ms); });

/**
 * Plays through the years, one step per year from the slider's year (or the first year) to "all dates".
 * Each step is one request and no layout: nodes keep their places, so the picture changes without jumping.
 * The durations of the steps are kept in `window.explorer.playSteps` for whoever measures them.
 */
export async function togglePlay() {
  const button = $('#play');
  if (state.playing) {
    state.playing = false;
    return;
  }
  state.playing = true;
  button.textContent = 'Pause';
  button.setAttribute('aria-pressed', 'true');
  const steps = [];
  window.explorer.playSteps = steps;
  let year = state.asOf === null ? FIRST_YEAR : state.asOf + 1;
  try {
    while (state.playing && year <= ALL_DATES) {
      const started = performance.now();
      $('#asof').value = String(year);
      readAsOf();
      await refreshViews();
      const took = performance.now() - started;
      steps.push({ year, ms: Math.round(took) });
      if (took < PLAY_STEP_MS && year < ALL_DATES) await sleep(PLAY_STEP_MS - took);
      year += 1;
    }
  } finally {
    state.playing = false;
    fitIfOutside();
    button.textContent = 'Play';
    button.setAttribute('aria-pressed', 'false');
  }
}

// ---------------------------------------------------------------- search

let searchTimer = null;
let searchSeq = 0;

export function onSearchInput() {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(runSearch, 200);
}

export function runSearch() {
  clearTimeout(searchTimer);
  const text = $('#search').value.trim();
  if (!text) {
    $('#search-results').replaceChildren();
    return Promise.resolve();
  }
  const seq = ++searchSeq;
  return task(`Searching for "${text}"`, async () => {
    const hits = await search(text, 15);
    if (seq !== searchSeq) return;
    renderSearchHits(text, hits);
    updateKnownNodes();
  });
}

// ---------------------------------------------------------------- the view from a link

/** Opens the view a link describes (the URL's fragment), reading its data in one request. */
export function restoreFromUrl() {
  if (!readFragment(window.location.hash)) return Promise.resolve(false);
  $('#asof').value = String(state.asOf ?? ALL_DATES);
  $('#asof-label').textContent = asOfText();
  buildLegend();
  if (state.path) {
    $('#path-from').value = state.path.from;
    $('#path-to').value = state.path.to;
    $('#path-mode').value = state.path.mode;
    $('#path-weak').checked = state.path.weak;
  }
  return whileRestoring(() => task('Opening the linked view', async () => {
    const views = await fetchViews({
      expand: [...state.expansions.keys()], details: state.selected, path: state.path, bodies: state.overlap.bodies,
      lookup: [...state.roots].filter(id => !known.has(id)),
    });
    applyViews(views);
    redraw();
  })).then(() => true);
}
