// The SecurityCoop explorer: a small page over the GraphQL API. It renders only what the user is exploring
// (search picks, expanded neighbourhoods, paths, overlaps), never the whole graph. This module starts the
// page: it reads the types from the schema, wires the controls, and opens the view a link describes.
import { $ } from './explorer-dom.js';
import { state, known } from './explorer-state.js';
import { gql } from './explorer-api.js';
import { VOCABULARY_QUERY, loadVocabulary, vocabulary } from './explorer-vocabulary.js';
import { graph, createGraph, runLayout, fitGraph, saveImage, keyboardFocus } from './explorer-graph.js';
import { buildLegend, updateDownloads } from './explorer-panels.js';
import {
  setStatus, task, readAsOf, scheduleRefresh, refreshViews, findPath, clearPath, addOverlapBody, clearOverlap,
  clearHighlight, clearGraph, onSearchInput, runSearch, openNode, pickPathEnd, openCluster, togglePlay,
  restoreFromUrl, updateGraphCount,
} from './explorer-actions.js';

function wireControls() {
  $('#search').addEventListener('input', onSearchInput);
  $('#search').addEventListener('keydown', e => {
    if (e.key === 'Enter') runSearch();
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      $('#search-results li[data-id]')?.focus();
    }
  });
  $('#asof').addEventListener('input', () => { readAsOf(); scheduleRefresh(); });
  $('#asof').addEventListener('change', () => { readAsOf(); refreshViews(); });
  $('#play').addEventListener('click', togglePlay);
  $('#find-path').addEventListener('click', findPath);
  $('#path-clear').addEventListener('click', clearPath);
  $('#overlap-add').addEventListener('click', addOverlapBody);
  $('#overlap-input').addEventListener('keydown', e => { if (e.key === 'Enter') addOverlapBody(); });
  $('#overlap-clear').addEventListener('click', clearOverlap);
  $('#export-scope').addEventListener('change', updateDownloads);
  $('#export-depth').addEventListener('change', updateDownloads);
  $('#export-layout').addEventListener('change', updateDownloads);
  $('#relayout').addEventListener('click', () => { if (graph()) runLayout(); });
  $('#fit').addEventListener('click', () => { if (graph()) fitGraph(); });
  $('#clear-highlight').addEventListener('click', clearHighlight);
  $('#clear-graph').addEventListener('click', clearGraph);
  $('#save-png').addEventListener('click', () => task('Saving the graph as PNG', async () => saveImage('png')));
  $('#save-svg').addEventListener('click', () => task('Saving the graph as SVG', async () => saveImage('svg')));
  window.addEventListener('hashchange', () => { if (!state.pending) restoreFromUrl(); });
}

async function start() {
  try {
    await open();
  } finally {
    state.starting = false;
  }
}

async function open() {
  window.explorer = {
    state, known, vocabulary, get cy() { return graph(); }, keyboardFocus,
    busy: () => state.starting || state.pending > 0 || state.timer !== null || state.layoutRunning || state.playing,
  };
  wireControls();
  readAsOf();
  updateDownloads();
  if (typeof window.cytoscape !== 'function') {
    setStatus('The graph library is not in this build (cytoscape.min.js is missing): run npm install in src/SecurityCoop.Api/client and rebuild.', 'error');
    return;
  }
  try {
    loadVocabulary(await gql(VOCABULARY_QUERY, {}));
  } catch (error) {
    setStatus(`The node and relation types could not be read from the schema: ${error.message}`, 'error');
    return;
  }
  state.relationTypes = new Set(vocabulary.relationTypes.map(t => t.type));
  buildLegend();
  createGraph({ open: openNode, pickPathEnd, openCluster, clearHighlight });
  updateGraphCount();
  if (await restoreFromUrl()) return;
  setStatus('Ready. Search for a body, a state or an agreement to begin.', 'info');
}

start();
