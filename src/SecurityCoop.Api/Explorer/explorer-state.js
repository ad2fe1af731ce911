// What the user is exploring, and every node the page has heard of. The other modules read and change this
// state; the URL, the graph and the panels are drawn from it.
import { vocabulary } from './explorer-vocabulary.js';

// The years come from the slider in the page, so they are set in one place.
const slider = document.getElementById('asof');
/** Slider position that means "no date filter": its far right. */
export const ALL_DATES = Number(slider.max);
/** The first year the slider offers. */
export const FIRST_YEAR = Number(slider.min);

export const state = {
  asOf: null, // null: all dates
  renderedAsOf: null, // the as-of of the views on screen
  roots: new Set(), // nodes added directly (search, details links)
  expansions: new Map(), // node id -> { total, shown: [neighbour] }
  openClusters: new Set(), // "hub|TYPE" keys of clusters the user opened
  selected: null,
  details: null,
  path: null, // { from, to, mode, weak, paths, focus }
  overlap: { bodies: [], result: null },
  highlight: null, // 'path' | 'overlap' | null
  hiddenTypes: new Set(),
  relationTypes: new Set(), // filled from the schema at start
  pathPick: 'from',
  pending: 0,
  timer: null,
  layoutRunning: false,
  playing: false,
  starting: true, // until the types are read and a linked view is open
  version: 0,
};

/** Every node the page has heard of: id -> { id, name, type, acronym }. */
export const known = new Map();

export function remember(node) {
  if (node && node.id) known.set(node.id, { id: node.id, name: node.name, type: node.type, acronym: node.acronym });
}

export const nameOf = id => known.get(id)?.name ?? id;
export const labelOf = node => node.acronym || node.name;
export const asOfText = () => (state.asOf === null ? 'all dates' : String(state.asOf));

/** "since 2016-06, until 2020", "2005", "as of 2023": what a relation's dates say. */
export function dateText(rel) {
  const parts = [];
  if (rel.since) parts.push(`since ${rel.since.text}`);
  if (rel.until) parts.push(`until ${rel.until.text}`);
  if (rel.date) parts.push(rel.date.text);
  if (rel.asOf) parts.push(`as of ${rel.asOf.text}`);
  return parts.join(', ');
}

/** The node types to ask for, or null when none is hidden. */
export function nodeTypeFilter() {
  if (state.hiddenTypes.size === 0) return null;
  return vocabulary.nodeTypes.map(t => t.type).filter(t => !state.hiddenTypes.has(t));
}

/** The relation types to ask for, or null when all are chosen. */
export function relationTypeFilter() {
  return state.relationTypes.size === vocabulary.relationTypes.length ? null : [...state.relationTypes];
}

export function filtersExcludeEverything() {
  return state.hiddenTypes.size === vocabulary.nodeTypes.length || state.relationTypes.size === 0;
}
