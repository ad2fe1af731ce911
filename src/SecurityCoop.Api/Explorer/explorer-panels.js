// The panels beside the graph: search results, the selected node's details with its sources, paths, the
// overlap with each member's role in each body, the legend and filters, and the download links.
import { $, el } from './explorer-dom.js';
import { state, known, nameOf, labelOf, asOfText, dateText, nodeTypeFilter, relationTypeFilter } from './explorer-state.js';
import { vocabulary, swatch, typeLabel } from './explorer-vocabulary.js';
import {
  addRoot, openNode, collapseNode, findPath, addOverlapBody, removeOverlapBody, focusPath, onTypeToggle, onRelationToggle,
} from './explorer-actions.js';

/** Format, label, and whether it is a graph format (one that can carry positions). */
const EXPORT_FORMATS = [
  ['node-link', 'Node-link JSON', true], ['cytoscape', 'Cytoscape.js JSON', true], ['graphology', 'Graphology JSON', true],
  ['vis-network', 'vis-network JSON', true], ['graphml', 'GraphML', true], ['gexf', 'GEXF', true],
  ['csv-nodes', 'CSV: nodes', false], ['csv-edges', 'CSV: edges', false], ['dyad-year', 'CSV: dyad-year', false],
];

const roleText = role => role.toLowerCase().replaceAll('_', ' ');

export function nodeButton(node) {
  return el('button', { type: 'button', class: 'node-link', 'data-id': node.id, title: node.id, onclick: () => addRoot(node.id) },
    swatch(node.type), node.acronym || node.name);
}

// ---------------------------------------------------------------- search

export function renderSearchHits(text, hits) {
  const items = hits.map(searchHitItem);
  $('#search-results').replaceChildren(...(items.length ? items : [el('li', { class: 'empty' }, `No node matches "${text}".`)]));
}

function searchHitItem(hit) {
  const node = hit.node;
  const pick = () => addRoot(node.id);
  const matched = hit.matchedField === 'name' ? null : el('span', { class: 'hint matched' }, `${hit.matchedField}: ${hit.matchedText}`);
  return el('li', {
    'data-id': node.id, tabindex: 0, role: 'button', title: node.id,
    onclick: pick, onkeydown: e => searchHitKey(e, pick),
  }, swatch(node.type),
  el('span', { class: 'hit' }, el('span', { class: 'name' }, node.name), node.acronym ? ` (${node.acronym})` : '', matched),
  el('span', { class: 'type' }, typeLabel(node.type)));
}

/** Enter or Space picks a hit; the arrow keys move between hits and back to the search box. */
function searchHitKey(event, pick) {
  const item = event.currentTarget;
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    pick();
  } else if (event.key === 'ArrowDown') {
    event.preventDefault();
    item.nextElementSibling?.focus();
  } else if (event.key === 'ArrowUp') {
    event.preventDefault();
    (item.previousElementSibling ?? $('#search')).focus();
  }
}

// ---------------------------------------------------------------- details

function sourceList(sources) {
  return el('ol', { class: 'sources' }, sources.map(s => el('li', { class: 'source' },
    el('span', { class: 'source-ref', title: s.title ? `${s.title} (${s.document})` : s.document }, s.citation || `${s.document}, line ${s.line}`),
    el('blockquote', { class: 'source-quote' }, s.quote))));
}

export function renderDetails() {
  const panel = $('#details');
  const node = state.details;
  if (!node) {
    panel.replaceChildren(el('p', { class: 'hint' }, 'Select a node to see its properties, relations and sources.'));
    delete panel.dataset.id;
    return;
  }
  panel.dataset.id = node.id;
  const parts = [
    detailsHeader(node),
    node.description ? el('p', { class: 'description' }, node.description) : null,
    detailsActions(node),
    propertyTable(node),
    conflictList(node),
    el('h3', {}, `Sources (${node.sources.length})`),
    sourceList(node.sources),
    el('h3', {}, `Relations as of ${asOfText()} (${node.relations.length})`),
    relationList(node),
  ];
  panel.replaceChildren(...parts.filter(Boolean));
}

function detailsHeader(node) {
  return el('header', { class: 'details-head' },
    el('h2', { id: 'details-name' }, swatch(node.type), node.name),
    el('p', { class: 'meta' }, el('code', {}, node.id), ` · ${typeLabel(node.type)}`,
      node.acronym ? ` · ${node.acronym}` : ''),
    node.aliases.length ? el('p', { class: 'meta aliases' }, `Also: ${node.aliases.join('; ')}`) : null);
}

function detailsActions(node) {
  const expanded = state.expansions.has(node.id);
  return el('div', { class: 'row actions' },
    el('button', { type: 'button', id: 'details-expand', onclick: () => (expanded ? collapseNode(node.id) : openNode(node.id)) },
      expanded ? 'Collapse' : 'Expand'),
    el('button', { type: 'button', class: 'secondary', id: 'details-path-from', onclick: () => { $('#path-from').value = node.id; state.pathPick = 'to'; } }, 'Path from'),
    el('button', { type: 'button', class: 'secondary', id: 'details-path-to', onclick: () => { $('#path-to').value = node.id; findPath(); } }, 'Path to'),
    el('button', { type: 'button', class: 'secondary', id: 'details-overlap', onclick: () => { $('#overlap-input').value = node.id; addOverlapBody(); } }, 'Add to overlap'));
}

function propertyTable(node) {
  const props = node.props.filter(p => p.key !== 'description');
  if (props.length === 0) return null;
  return el('table', { class: 'props' }, el('tbody', {}, props.map(p =>
    el('tr', { 'data-key': p.key }, el('th', {}, p.key.replaceAll('_', ' ')), el('td', {}, p.value)))));
}

function conflictList(node) {
  if (!node.conflicts.length) return null;
  return el('div', { class: 'conflicts' }, el('h3', {}, 'Where the sources disagree'),
    el('ul', {}, node.conflicts.map(c => el('li', {}, `${c.about}: `, c.claims.map(cl => cl.value).join(' | '),
      c.kept ? ` (kept: ${c.kept})` : ''))));
}

function relationList(node) {
  if (node.relations.length === 0) return el('p', { class: 'hint' }, 'No relation holds at this date.');
  return el('ul', { class: 'relations' }, node.relations.map(rel => relationItem(node, rel)));
}

function relationItem(node, rel) {
  const outgoing = rel.from.id === node.id;
  const other = outgoing ? rel.to : rel.from;
  const extras = [rel.role, rel.status, rel.evidence && `evidence: ${rel.evidence}`, rel.how, dateText(rel)].filter(Boolean);
  return el('li', { class: 'relation', 'data-relation-id': rel.id, 'data-other': other.id },
    el('span', { class: 'rel-type' }, outgoing ? `${rel.type} →` : `← ${rel.type}`), ' ', nodeButton(other),
    extras.length ? el('span', { class: 'rel-extra' }, ` ${extras.join(' · ')}`) : null,
    el('details', { class: 'rel-sources' }, el('summary', {}, `${rel.sources.length} source${rel.sources.length === 1 ? '' : 's'}`),
      sourceList(rel.sources)));
}

// ---------------------------------------------------------------- paths

export function renderPath() {
  const box = $('#path-result');
  const spec = state.path;
  if (!spec) {
    box.replaceChildren();
    return;
  }
  if (spec.paths.length === 0) {
    box.replaceChildren(el('p', { class: 'empty' }, `No path from ${nameOf(spec.from)} to ${nameOf(spec.to)} within 6 hops, as of ${asOfText()}.`));
    return;
  }
  const hops = spec.paths[0].length;
  box.replaceChildren(
    el('p', {}, `${spec.paths.length} path${spec.paths.length === 1 ? '' : 's'}, ${hops} hop${hops === 1 ? '' : 's'}${spec.mode === 'k' ? ' and more' : ' each'}, as of ${asOfText()}. Click one to highlight it alone.`),
    el('ol', { class: 'paths' }, spec.paths.map(pathItem)));
}

function pathItem(path, index) {
  const parts = [el('span', { class: 'path-node' }, labelOf(path.nodes[0]))];
  path.steps.forEach((step, i) => {
    const arrow = step.direction === 'OUTGOING' ? ` —${step.relation.type}→ ` : ` ←${step.relation.type}— `;
    parts.push(el('span', { class: 'path-rel' }, arrow), el('span', { class: 'path-node' }, labelOf(path.nodes[i + 1])));
  });
  const focused = state.path.focus === index;
  return el('li', {
    class: focused ? 'path focused' : 'path', 'data-nodes': path.nodes.map(n => n.id).join(' '), tabindex: 0,
    onclick: () => focusPath(index), onkeydown: e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); focusPath(index); } },
  }, parts);
}

// ---------------------------------------------------------------- overlap

export function renderOverlap() {
  $('#overlap-bodies').replaceChildren(...state.overlap.bodies.map(id => el('li', { 'data-id': id },
    swatch(known.get(id)?.type), nameOf(id),
    el('button', { type: 'button', class: 'chip-remove', title: 'Remove', 'aria-label': `Remove ${nameOf(id)}`, onclick: () => removeOverlapBody(id) }, '×'))));
  const box = $('#overlap-result');
  const result = state.overlap.result;
  if (!result) {
    box.replaceChildren();
    return;
  }
  const names = result.bodies.map(labelOf).join(', ');
  box.replaceChildren(
    el('p', {}, el('strong', { id: 'overlap-count' }, String(result.count)), ` in all of ${names}, as of ${asOfText()}.`),
    el('ul', { class: 'members' }, result.members.map(m => el('li', { 'data-id': m.node.id },
      nodeButton(m.node), memberRoles(m, result.bodies)))));
}

/** A member's role in each body of the overlap: "ASEAN: member since 1967 · ARF: participant". */
function memberRoles(member, bodies) {
  const order = new Map(bodies.map((b, i) => [b.id, i]));
  const byBody = new Map();
  for (const a of member.affiliations) {
    if (!byBody.has(a.body.id)) byBody.set(a.body.id, []);
    byBody.get(a.body.id).push(a);
  }
  const entries = [...byBody.entries()].sort(([a], [b]) => (order.get(a) ?? 99) - (order.get(b) ?? 99));
  return el('ul', { class: 'roles' }, entries.map(([body, affiliations]) => el('li', { 'data-body': body },
    el('span', { class: 'role-body' }, labelOf(known.get(body) ?? { name: body })), ': ',
    el('span', { class: 'role' }, affiliations.map(a => [roleText(a.role), dateText(a.relation)].filter(Boolean).join(' ')).join('; ')))));
}

// ---------------------------------------------------------------- downloads

function exportQuery() {
  const params = new URLSearchParams();
  const ego = $('#export-scope').value === 'ego' && state.selected;
  if (ego) {
    params.set('center', state.selected);
    params.set('depth', $('#export-depth').value);
  }
  if (state.asOf !== null) params.set('asOf', String(state.asOf));
  const nodeTypes = nodeTypeFilter();
  if (nodeTypes) params.set('nodeTypes', nodeTypes.map(typeLabel).join(','));
  const relationTypes = relationTypeFilter();
  if (relationTypes) params.set('relationTypes', relationTypes.join(','));
  return { params, ego };
}

export function updateDownloads() {
  const { params, ego } = exportQuery();
  // Colons and commas may stand as they are in a query string; keep the links readable.
  const query = params.toString().replaceAll('%3A', ':').replaceAll('%2C', ',');
  // Positions mean something only in the graph formats, not in the CSV lists and the dyad table.
  const withLayout = $('#export-layout').checked ? `${query ? '&' : ''}layout=force` : '';
  $('#downloads').replaceChildren(...EXPORT_FORMATS.map(([format, label, graph]) => {
    const full = graph ? `${query}${withLayout}` : query;
    return el('a', { href: `/export/${format}${full ? `?${full}` : ''}`, 'data-format': format, download: true }, label);
  }));
  const scope = ego ? `the network of ${nameOf(state.selected)} to depth ${$('#export-depth').value}` : 'the whole graph';
  const chosen = $('#export-scope').value === 'ego' && !state.selected ? ' (select a node for its network)' : '';
  $('#export-note').textContent = `Exports ${scope}${chosen}, as of ${asOfText()}.`;
}

// ---------------------------------------------------------------- legend and filters

export function buildLegend() {
  $('#legend').replaceChildren(...vocabulary.nodeTypes.map(t => el('li', {},
    el('label', { 'data-type': t.type, title: t.description },
      el('input', { type: 'checkbox', checked: !state.hiddenTypes.has(t.type), value: t.type, onchange: onTypeToggle }),
      swatch(t.type), t.label))));
  $('#relation-types').replaceChildren(...vocabulary.relationTypes.map(({ type, description }) => el('li', {},
    el('label', { 'data-type': type, title: description },
      el('input', { type: 'checkbox', checked: state.relationTypes.has(type), value: type, onchange: onRelationToggle }), type))));
}
