// The view in the URL: what is drawn, selected, filtered and asked (paths, overlap), as the page's fragment,
// so a link opens the same view. Only ids and settings are kept; the data is read again when the link opens.
import { state, ALL_DATES, FIRST_YEAR } from './explorer-state.js';
import { vocabulary } from './explorer-vocabulary.js';

/** The fragment for the current view: "#asOf=2010&node=org:sco&expand=mech:rats&select=...". */
export function viewFragment() {
  const params = new URLSearchParams();
  if (state.asOf !== null) params.set('asOf', String(state.asOf));
  state.roots.forEach(id => params.append('node', id));
  state.expansions.forEach((_, id) => params.append('expand', id));
  state.openClusters.forEach(key => params.append('open', key));
  if (state.selected) params.set('select', state.selected);
  if (state.path) {
    params.set('from', state.path.from);
    params.set('to', state.path.to);
    if (state.path.mode !== 'all') params.set('mode', state.path.mode);
    if (state.path.weak) params.set('weak', '1');
    if (state.path.focus !== null) params.set('focus', String(state.path.focus));
  }
  state.overlap.bodies.forEach(id => params.append('overlap', id));
  state.hiddenTypes.forEach(type => params.append('hide', type));
  if (state.relationTypes.size !== vocabulary.relationTypes.length) {
    vocabulary.relationTypes.filter(t => !state.relationTypes.has(t.type)).forEach(t => params.append('hideRelation', t.type));
  }
  if (state.highlight) params.set('highlight', state.highlight);
  const text = params.toString().replaceAll('%3A', ':').replaceAll('%7C', '|');
  return text ? `#${text}` : '';
}

let restoring = false;

export function writeUrl() {
  if (restoring) return;
  const fragment = viewFragment();
  if (fragment !== window.location.hash) {
    history.replaceState(null, '', `${window.location.pathname}${window.location.search}${fragment}`);
  }
}

/**
 * Reads a fragment into the state (ids and settings only); unknown types and bad years are dropped, so an
 * old or edited link opens what it still can. Answers whether there was anything to restore.
 */
export function readFragment(hash) {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if ([...params.keys()].length === 0) return false;
  const nodeTypes = new Set(vocabulary.nodeTypes.map(t => t.type));
  const relationTypes = new Set(vocabulary.relationTypes.map(t => t.type));
  const year = Number(params.get('asOf'));
  state.asOf = params.has('asOf') && Number.isInteger(year) && year >= FIRST_YEAR && year < ALL_DATES ? year : null;
  state.roots = new Set(params.getAll('node'));
  state.expansions = new Map(params.getAll('expand').map(id => [id, { total: 0, shown: [] }]));
  state.openClusters = new Set(params.getAll('open'));
  state.selected = params.get('select');
  state.details = null;
  const from = params.get('from');
  const to = params.get('to');
  const focus = Number(params.get('focus'));
  state.path = from && to
    ? { from, to, mode: params.get('mode') === 'k' ? 'k' : 'all', weak: params.get('weak') === '1', focus: params.has('focus') && Number.isInteger(focus) ? focus : null, paths: [] }
    : null;
  state.overlap = { bodies: params.getAll('overlap'), result: null };
  state.hiddenTypes = new Set(params.getAll('hide').filter(t => nodeTypes.has(t)));
  const hiddenRelations = new Set(params.getAll('hideRelation'));
  state.relationTypes = new Set([...relationTypes].filter(t => !hiddenRelations.has(t)));
  const highlight = params.get('highlight');
  state.highlight = highlight === 'path' || highlight === 'overlap' ? highlight : null;
  return true;
}

/** Runs `action` without writing the URL on the way (the URL is being read). */
export async function whileRestoring(action) {
  restoring = true;
  try {
    await action();
  } finally {
    restoring = false;
  }
}
