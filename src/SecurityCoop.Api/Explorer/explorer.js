// The SecurityCoop explorer: a small page over the GraphQL API. It renders only what the user is
// exploring (search picks, expanded neighbourhoods, paths, overlaps), never the whole graph.
'use strict';

(() => {
  // ---------------------------------------------------------------- constants

  /** Slider position that means "no date filter". */
  const ALL_DATES = 2026;
  /** At most this many neighbours of one node are drawn; the status says when more exist. */
  const MAX_NEIGHBOURS = 250;
  /** Above this many nodes the force layout is skipped and new nodes keep their spiral places. */
  const MAX_LAYOUT_NODES = 400;

  const NODE_TYPES = [
    { type: 'STATE', label: 'State', colour: '#2f6db5' },
    { type: 'ORGANISATION', label: 'Organisation', colour: '#d9572b' },
    { type: 'MECHANISM', label: 'Mechanism', colour: '#e6a11f' },
    { type: 'AGREEMENT', label: 'Agreement', colour: '#3f9c4a' },
    { type: 'INITIATIVE', label: 'Initiative', colour: '#8e5ac8' },
    { type: 'EVENT', label: 'Event', colour: '#b0436f' },
    { type: 'THEME', label: 'Theme', colour: '#25a3a8' },
    { type: 'GROUP', label: 'Group', colour: '#5b5b5b' },
    { type: 'PERSON', label: 'Person', colour: '#c1a36b' },
    { type: 'PLACE', label: 'Place', colour: '#8fa4bf' },
  ];
  const TYPE_INFO = new Map(NODE_TYPES.map(t => [t.type, t]));

  const RELATION_TYPES = [
    'MEMBER_OF', 'OBSERVER_OF', 'DIALOGUE_PARTNER_OF', 'PARTICIPATES_IN', 'PART_OF', 'ESTABLISHED_BY',
    'SIGNATORY_OF', 'ADDRESSES', 'IMPLEMENTS', 'COOPERATES_WITH', 'SUCCESSOR_OF', 'HEADQUARTERED_IN',
    'HELD_IN', 'LOCATED_IN', 'HOLDS_POSITION_IN', 'DISPUTE_WITH', 'TARGETS', 'ACTIVE_IN', 'LINKED_TO',
  ];

  const EXPORT_FORMATS = [
    ['node-link', 'Node-link JSON'], ['cytoscape', 'Cytoscape.js JSON'], ['graphology', 'Graphology JSON'],
    ['vis-network', 'vis-network JSON'], ['graphml', 'GraphML'], ['gexf', 'GEXF'],
    ['csv-nodes', 'CSV: nodes'], ['csv-edges', 'CSV: edges'], ['dyad-year', 'CSV: dyad-year'],
  ];

  // ---------------------------------------------------------------- GraphQL documents

  const RELATION_FIELDS = `fragment Rel on Relation {
    id type role status weak since { text } until { text } date { text } asOf { text } from { id } to { id } }`;
  const NODE_FIELDS = 'id name type acronym';

  const SEARCH = `query Search($text: String!, $first: Int) {
    search(text: $text, first: $first) { node { ${NODE_FIELDS} } match matchedField matchedText } }`;

  const NEIGHBOURS = `query Neighbours($id: ID!, $asOf: PartialDate, $nodeTypes: [NodeType!], $relationTypes: [RelationType!], $first: Int) {
    node(id: $id) { ${NODE_FIELDS}
      neighbourCount(asOf: $asOf, includeUnestablished: false, nodeTypes: $nodeTypes, relationTypes: $relationTypes)
      neighbours(asOf: $asOf, includeUnestablished: false, nodeTypes: $nodeTypes, relationTypes: $relationTypes, first: $first) {
        node { ${NODE_FIELDS} } relation { ...Rel } direction } } } ${RELATION_FIELDS}`;

  const DETAILS = `query Details($id: ID!, $asOf: PartialDate, $types: [RelationType!]) {
    node(id: $id) { ${NODE_FIELDS} aliases description props { key value } sources { document line quote title citation }
      conflicts { about kept claims { value } }
      relations(asOf: $asOf, includeUnestablished: false, types: $types) {
        id type role status evidence how since { text } until { text } date { text } asOf { text }
        from { ${NODE_FIELDS} } to { ${NODE_FIELDS} } sources { document line quote title citation } } } }`;

  const PATH_ARGS = 'from: $from, to: $to, asOf: $asOf, excludeWeakLinks: $weak, relationTypes: $types';
  const PATH_FIELDS = `length nodes { ${NODE_FIELDS} } steps { direction relation { ...Rel } }`;
  const PATH_VARS = '$from: ID!, $to: ID!, $asOf: PartialDate, $weak: Boolean, $types: [RelationType!]';
  const ALL_SHORTEST = `query AllShortest(${PATH_VARS}) {
    paths: allShortestPaths(${PATH_ARGS}, first: 10) { ${PATH_FIELDS} } } ${RELATION_FIELDS}`;
  const K_SHORTEST = `query KShortest(${PATH_VARS}) {
    paths: kShortestPaths(${PATH_ARGS}, k: 5) { ${PATH_FIELDS} } } ${RELATION_FIELDS}`;

  const OVERLAP = `query Overlap($bodies: [ID!]!, $asOf: PartialDate) {
    overlap(bodies: $bodies, asOf: $asOf) { count bodies { ${NODE_FIELDS} }
      members { node { ${NODE_FIELDS} } affiliations { body { id } role relation { ...Rel } } } } } ${RELATION_FIELDS}`;

  // ---------------------------------------------------------------- state

  const state = {
    asOf: null, // null: all dates
    renderedAsOf: null, // the as-of of the views on screen
    roots: new Set(), // nodes added directly (search, details links)
    expansions: new Map(), // node id -> { total, shown: [neighbour] }
    selected: null,
    details: null,
    path: null, // { from, to, mode, weak, paths, focus }
    overlap: { bodies: [], result: null },
    highlight: null, // 'path' | 'overlap' | null
    hiddenTypes: new Set(),
    relationTypes: new Set(RELATION_TYPES),
    pathPick: 'from',
    pending: 0,
    timer: null,
    layoutRunning: false,
    version: 0,
  };
  /** Every node the page has heard of: id -> { id, name, type, acronym }. */
  const known = new Map();
  let cy = null;

  // ---------------------------------------------------------------- small helpers

  const $ = selector => document.querySelector(selector);

  /** Creates an element with attributes (class, data-*, on* handlers) and children (text or nodes). */
  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children.flat()) {
      if (child !== null && child !== undefined && child !== false) node.append(child);
    }
    return node;
  }

  const nameOf = id => known.get(id)?.name ?? id;
  const labelOf = node => node.acronym || node.name;
  const colourOf = type => TYPE_INFO.get(type)?.colour ?? '#999';
  const typeLabel = type => TYPE_INFO.get(type)?.label ?? type;
  const asOfText = () => (state.asOf === null ? 'all dates' : String(state.asOf));

  function swatch(type) {
    return el('span', { class: 'swatch', style: `background:${colourOf(type)}`, title: typeLabel(type) });
  }

  function remember(node) {
    if (node && node.id) known.set(node.id, { id: node.id, name: node.name, type: node.type, acronym: node.acronym });
  }

  /** "since 2016-06 until 2020", "2005", "as of 2023": what a relation's dates say. */
  function dateText(rel) {
    const parts = [];
    if (rel.since) parts.push(`since ${rel.since.text}`);
    if (rel.until) parts.push(`until ${rel.until.text}`);
    if (rel.date) parts.push(rel.date.text);
    if (rel.asOf) parts.push(`as of ${rel.asOf.text}`);
    return parts.join(', ');
  }

  // ---------------------------------------------------------------- status and GraphQL

  function setStatus(message, kind) {
    const status = $('#status');
    status.textContent = message;
    status.dataset.kind = kind;
  }

  function graphqlErrorMessage(errors) {
    return errors.map(e => {
      const code = e.extensions?.code;
      return code ? `${code}: ${e.message}` : e.message;
    }).join(' · ');
  }

  /** POSTs a document; throws with the API's own messages when the answer carries errors. */
  async function gql(query, variables) {
    let response;
    try {
      response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
        body: JSON.stringify({ query, variables }),
      });
    } catch (error) {
      throw new Error(`The API cannot be reached (${error.message}).`);
    }
    let body;
    try {
      body = await response.json();
    } catch {
      throw new Error(`The API answered ${response.status} without a GraphQL response.`);
    }
    if (body.errors && body.errors.length) throw new Error(graphqlErrorMessage(body.errors));
    if (!response.ok || !body.data) throw new Error(`The API answered ${response.status}.`);
    return body.data;
  }

  /** Runs one user action: shows that it is busy, and shows its error, if any, until the next action. */
  async function task(label, action) {
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
    }
  }

  function summaryText() {
    if (!cy) return 'Ready.';
    const capped = [...state.expansions.entries()].filter(([, e]) => e.total > e.shown.length);
    const note = capped.map(([id, e]) => ` ${nameOf(id)}: ${e.shown.length} of ${e.total} neighbours drawn.`).join('');
    return `${cy.nodes().length} nodes and ${cy.edges().length} relations shown, as of ${asOfText()}.${note}`;
  }

  // ---------------------------------------------------------------- fetching (pure: returns, never stores)

  function nodeTypeFilter() {
    if (state.hiddenTypes.size === 0) return null;
    return NODE_TYPES.map(t => t.type).filter(t => !state.hiddenTypes.has(t));
  }

  function relationTypeFilter() {
    return state.relationTypes.size === RELATION_TYPES.length ? null : [...state.relationTypes];
  }

  function filtersExcludeEverything() {
    return state.hiddenTypes.size === NODE_TYPES.length || state.relationTypes.size === 0;
  }

  async function fetchNeighbours(id) {
    if (filtersExcludeEverything()) return { total: 0, shown: [] };
    const data = await gql(NEIGHBOURS, { id, asOf: state.asOf, nodeTypes: nodeTypeFilter(), relationTypes: relationTypeFilter(), first: MAX_NEIGHBOURS });
    if (!data.node) throw new Error(`No node has id '${id}'.`);
    remember(data.node);
    const neighbours = data.node.neighbours;
    neighbours.forEach(n => remember(n.node));
    return { total: data.node.neighbourCount, shown: neighbours };
  }

  async function fetchDetails(id) {
    const types = relationTypeFilter();
    const data = state.relationTypes.size === 0 ? null : await gql(DETAILS, { id, asOf: state.asOf, types });
    if (data && !data.node) throw new Error(`No node has id '${id}'.`);
    const node = data ? data.node : { ...known.get(id), aliases: [], props: [], sources: [], conflicts: [], relations: [] };
    remember(node);
    node.relations.forEach(r => { remember(r.from); remember(r.to); });
    return node;
  }

  async function fetchPaths(spec) {
    const query = spec.mode === 'k' ? K_SHORTEST : ALL_SHORTEST;
    const data = await gql(query, { from: spec.from, to: spec.to, asOf: state.asOf, weak: spec.weak, types: relationTypeFilter() });
    data.paths.forEach(p => p.nodes.forEach(remember));
    return data.paths;
  }

  async function fetchOverlap(bodies) {
    if (bodies.length === 0) return null;
    const data = await gql(OVERLAP, { bodies, asOf: state.asOf });
    data.overlap.bodies.forEach(remember);
    data.overlap.members.forEach(m => remember(m.node));
    return data.overlap;
  }

  /** A typed id ("org:sco") is taken as it is; anything else is looked up with search, best hit first. */
  async function resolveNode(text, what) {
    const value = text.trim();
    if (!value) throw new Error(`Choose ${what}: type an id or a name, or select a node.`);
    if (known.has(value) || /^[a-z]+:\S+$/.test(value)) return value;
    const data = await gql(SEARCH, { text: value, first: 1 });
    if (data.search.length === 0) throw new Error(`Nothing is called "${value}".`);
    remember(data.search[0].node);
    return data.search[0].node.id;
  }

  // ---------------------------------------------------------------- what the graph should show

  /** The elements the current exploration asks for: roots, expansions, paths and the overlap. */
  function desiredElements() {
    const nodes = new Map();
    const edges = new Map();
    const addNode = id => {
      const node = known.get(id);
      if (node && !state.hiddenTypes.has(node.type)) nodes.set(id, node);
    };
    const addEdge = rel => {
      if (nodes.has(rel.from.id) && nodes.has(rel.to.id)) edges.set(rel.id, rel);
    };
    state.roots.forEach(addNode);
    for (const [id, expansion] of state.expansions) {
      addNode(id);
      expansion.shown.forEach(n => { addNode(n.node.id); addEdge(n.relation); });
    }
    for (const path of state.path?.paths ?? []) {
      path.nodes.forEach(n => addNode(n.id));
      path.steps.forEach(s => addEdge(s.relation));
    }
    const overlap = state.overlap.result;
    if (overlap) {
      overlap.bodies.forEach(b => addNode(b.id));
      overlap.members.forEach(m => addNode(m.node.id));
      overlap.members.forEach(m => m.affiliations.forEach(a => addEdge(a.relation)));
    }
    return { nodes, edges };
  }

  /** Node and edge ids that the path or overlap highlight covers. */
  function highlightSets() {
    const path = { nodes: new Set(), edges: new Set() };
    const paths = state.path?.paths ?? [];
    const focused = state.path?.focus ?? null;
    paths.forEach((p, i) => {
      if (focused !== null && focused !== i) return;
      p.nodes.forEach(n => path.nodes.add(n.id));
      p.steps.forEach(s => path.edges.add(s.relation.id));
    });
    const overlap = { nodes: new Set(), edges: new Set(), bodies: new Set() };
    const result = state.overlap.result;
    if (result) {
      result.bodies.forEach(b => overlap.bodies.add(b.id));
      result.members.forEach(m => {
        overlap.nodes.add(m.node.id);
        m.affiliations.forEach(a => overlap.edges.add(a.relation.id));
      });
    }
    return { path, overlap };
  }

  // ---------------------------------------------------------------- the Cytoscape view

  const GRAPH_STYLE = [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)', label: 'data(label)', width: 18, height: 18,
        'border-width': 1.5, 'border-color': '#ffffff', 'font-size': 10, color: '#1d2330',
        'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'ellipsis', 'text-max-width': '120px',
        'text-background-color': '#ffffff', 'text-background-opacity': 0.75, 'text-background-padding': '1px',
        'min-zoomed-font-size': 6,
      },
    },
    { selector: 'node.expanded', style: { width: 28, height: 28, 'border-color': '#1d2330', 'border-width': 2, 'font-weight': 'bold' } },
    { selector: 'node.chosen', style: { 'underlay-color': '#ffd400', 'underlay-opacity': 0.7, 'underlay-padding': 7 } },
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier', width: 1.3, 'line-color': '#b9c0ca', 'target-arrow-shape': 'triangle',
        'target-arrow-color': '#b9c0ca', 'arrow-scale': 0.8, label: 'data(type)', 'font-size': 7, color: '#5a6270',
        'text-rotation': 'autorotate', 'min-zoomed-font-size': 9, 'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
      },
    },
    { selector: 'edge.weak', style: { 'line-style': 'dashed' } },
    { selector: 'node.in-overlap', style: { 'border-color': '#1f9d55', 'border-width': 4 } },
    { selector: 'node.overlap-body', style: { shape: 'diamond', 'border-color': '#1f9d55', 'border-width': 4 } },
    { selector: 'edge.in-overlap', style: { 'line-color': '#1f9d55', 'target-arrow-color': '#1f9d55', width: 2.5, 'z-index': 5 } },
    { selector: 'node.on-path', style: { 'border-color': '#ff6a00', 'border-width': 5, 'z-index': 10 } },
    { selector: 'edge.on-path', style: { 'line-color': '#ff6a00', 'target-arrow-color': '#ff6a00', width: 4, 'z-index': 10, 'font-size': 9 } },
    { selector: '.faded', style: { opacity: 0.2 } },
  ];

  function createGraph() {
    cy = cytoscape({
      container: $('#graph'), style: GRAPH_STYLE, elements: [], minZoom: 0.1, maxZoom: 4,
      boxSelectionEnabled: false, autounselectify: true,
    });
    cy.on('tap', 'node', event => {
      const id = event.target.id();
      if (event.originalEvent && event.originalEvent.shiftKey) pickPathEnd(id);
      else openNode(id);
    });
  }

  /** Where to put a new node: in a spiral around a neighbour already drawn, or around the view's centre. */
  function placeNear(id, want, counters) {
    let anchor = null;
    for (const rel of want.edges.values()) {
      const other = rel.from.id === id ? rel.to.id : rel.to.id === id ? rel.from.id : null;
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

  /** Brings the view in line with the exploration: removes what is gone, adds what is new, updates classes. */
  function syncGraph() {
    if (!cy) return;
    const want = desiredElements();
    const stale = cy.elements().filter(e => !(e.isNode() ? want.nodes : want.edges).has(e.id()));
    const counters = new Map();
    let added = 0;
    cy.batch(() => {
      cy.remove(stale);
      for (const node of want.nodes.values()) {
        if (cy.getElementById(node.id).nonempty()) continue;
        cy.add({ group: 'nodes', data: { id: node.id, label: labelOf(node), name: node.name, type: node.type, colour: colourOf(node.type) }, position: placeNear(node.id, want, counters) });
        added += 1;
      }
      for (const rel of want.edges.values()) {
        if (cy.getElementById(rel.id).nonempty()) continue;
        cy.add({ group: 'edges', data: { id: rel.id, source: rel.from.id, target: rel.to.id, type: rel.type } });
        if (rel.weak) cy.getElementById(rel.id).addClass('weak');
      }
      applyClasses();
    });
    if (added > 0) runLayout();
    updateGraphCount();
    updateKnownNodes();
  }

  function applyClasses() {
    const { path, overlap } = highlightSets();
    const active = state.highlight === 'path' ? path : state.highlight === 'overlap' ? overlap : null;
    cy.elements().forEach(e => {
      const id = e.id();
      e.toggleClass('expanded', e.isNode() && state.expansions.has(id));
      e.toggleClass('chosen', id === state.selected);
      e.toggleClass('on-path', (e.isNode() ? path.nodes : path.edges).has(id));
      e.toggleClass('in-overlap', (e.isNode() ? overlap.nodes : overlap.edges).has(id));
      e.toggleClass('overlap-body', e.isNode() && overlap.bodies.has(id));
      const lit = active && ((e.isNode() ? active.nodes : active.edges).has(id) || active.bodies?.has(id));
      e.toggleClass('faded', Boolean(active) && !lit);
    });
  }

  // Fits the graph to the view, but never closer than a readable zoom: a lone node or a pair must not fill the screen.
  const MAX_FIT_ZOOM = 1.5;
  function fitGraph() {
    cy.fit(undefined, 30);
    if (cy.zoom() > MAX_FIT_ZOOM) {
      cy.zoom(MAX_FIT_ZOOM);
      cy.center();
    }
  }

  function runLayout() {
    if (cy.nodes().length > MAX_LAYOUT_NODES) {
      fitGraph();
      return;
    }
    state.layoutRunning = true;
    const layout = cy.layout({
      name: 'cose', randomize: false, animate: false, fit: false, padding: 30, nodeDimensionsIncludeLabels: true,
      idealEdgeLength: () => 70, nodeRepulsion: () => 9000, edgeElasticity: () => 80, numIter: 1500, componentSpacing: 60,
    });
    layout.one('layoutstop', () => { state.layoutRunning = false; fitGraph(); });
    layout.run();
  }

  function updateGraphCount() {
    $('#graph-count').textContent = `${cy.nodes().length} nodes · ${cy.edges().length} relations · as of ${asOfText()}`;
  }

  let knownTimer = null;
  function updateKnownNodes() {
    clearTimeout(knownTimer);
    knownTimer = setTimeout(() => {
      const options = [...known.values()].slice(0, 800).map(n => el('option', { value: n.id, label: `${n.name} (${typeLabel(n.type)})` }));
      $('#known-nodes').replaceChildren(...options);
    }, 200);
  }

  // ---------------------------------------------------------------- actions

  function addRoot(id) {
    return task(`Adding ${nameOf(id)}`, async () => {
      const node = await fetchDetails(id);
      state.roots.add(id);
      state.selected = id;
      state.details = node;
      syncGraph();
      renderDetails();
      updateDownloads();
    });
  }

  /** A click on a node: select it, show its details, and expand it if it is not expanded yet. */
  function openNode(id) {
    return task(`Expanding ${nameOf(id)}`, async () => {
      const expand = !state.expansions.has(id);
      const [expansion, node] = await Promise.all([expand ? fetchNeighbours(id) : null, fetchDetails(id)]);
      if (expansion) state.expansions.set(id, expansion);
      state.selected = id;
      state.details = node;
      syncGraph();
      renderDetails();
      updateDownloads();
    });
  }

  function collapseNode(id) {
    state.expansions.delete(id);
    state.roots.add(id);
    syncGraph();
    renderDetails();
    setStatus(summaryText(), 'info');
  }

  function pickPathEnd(id) {
    if (state.pathPick === 'from') {
      $('#path-from').value = id;
      state.pathPick = 'to';
      setStatus(`Path start: ${nameOf(id)}. Shift-click the end node.`, 'info');
      return;
    }
    $('#path-to').value = id;
    state.pathPick = 'from';
    findPath();
  }

  function findPath() {
    return task('Finding paths', async () => {
      const from = await resolveNode($('#path-from').value, 'a start node');
      const to = await resolveNode($('#path-to').value, 'an end node');
      const spec = { from, to, mode: $('#path-mode').value, weak: $('#path-weak').checked, focus: null };
      spec.paths = await fetchPaths(spec);
      state.path = spec;
      state.highlight = 'path';
      syncGraph();
      renderPath();
    });
  }

  function clearPath() {
    state.path = null;
    if (state.highlight === 'path') state.highlight = state.overlap.result ? 'overlap' : null;
    syncGraph();
    renderPath();
  }

  function addOverlapBody() {
    return task('Computing the overlap', async () => {
      const input = $('#overlap-input');
      const text = input.value.trim() || state.selected || '';
      const id = await resolveNode(text, 'a body');
      if (!state.overlap.bodies.includes(id)) state.overlap.bodies.push(id);
      input.value = '';
      await reloadOverlap();
    });
  }

  function removeOverlapBody(id) {
    return task('Computing the overlap', async () => {
      state.overlap.bodies = state.overlap.bodies.filter(b => b !== id);
      await reloadOverlap();
    });
  }

  function clearOverlap() {
    state.overlap = { bodies: [], result: null };
    if (state.highlight === 'overlap') state.highlight = state.path ? 'path' : null;
    syncGraph();
    renderOverlap();
  }

  async function reloadOverlap() {
    state.overlap.result = await fetchOverlap(state.overlap.bodies);
    state.highlight = state.overlap.result ? 'overlap' : state.path ? 'path' : null;
    syncGraph();
    renderOverlap();
  }

  /** Re-runs every view on screen (expansions, paths, overlap, details) under the current date and filters. */
  function refreshViews() {
    clearTimeout(state.timer);
    state.timer = null;
    const version = ++state.version;
    return task(`Updating the views as of ${asOfText()}`, async () => {
      const ids = [...state.expansions.keys()];
      const [expansions, paths, overlap, details] = await Promise.all([
        Promise.all(ids.map(fetchNeighbours)),
        state.path ? fetchPaths(state.path) : null,
        fetchOverlap(state.overlap.bodies),
        state.selected ? fetchDetails(state.selected) : null,
      ]);
      if (version !== state.version) return; // a newer refresh is under way
      ids.forEach((id, i) => state.expansions.set(id, expansions[i]));
      if (state.path) state.path.paths = paths;
      state.overlap.result = overlap;
      state.details = details;
      state.renderedAsOf = state.asOf;
      syncGraph();
      renderPath();
      renderOverlap();
      renderDetails();
      updateDownloads();
    });
  }

  function scheduleRefresh() {
    clearTimeout(state.timer);
    state.timer = setTimeout(refreshViews, 300);
  }

  function clearHighlight() {
    state.highlight = null;
    if (state.path) state.path.focus = null;
    restyle();
    renderPath();
  }

  function clearGraph() {
    state.roots.clear();
    state.expansions.clear();
    state.selected = null;
    state.details = null;
    state.path = null;
    state.overlap = { bodies: [], result: null };
    state.highlight = null;
    syncGraph();
    renderDetails();
    renderPath();
    renderOverlap();
    updateDownloads();
    setStatus(summaryText(), 'info');
  }

  // ---------------------------------------------------------------- search

  let searchTimer = null;
  let searchSeq = 0;

  function onSearchInput() {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(runSearch, 200);
  }

  function runSearch() {
    clearTimeout(searchTimer);
    const text = $('#search').value.trim();
    const list = $('#search-results');
    if (!text) {
      list.replaceChildren();
      return Promise.resolve();
    }
    const seq = ++searchSeq;
    return task(`Searching for "${text}"`, async () => {
      const data = await gql(SEARCH, { text, first: 15 });
      if (seq !== searchSeq) return;
      data.search.forEach(hit => remember(hit.node));
      const items = data.search.map(searchHitItem);
      list.replaceChildren(...(items.length ? items : [el('li', { class: 'empty' }, `No node matches "${text}".`)]));
      updateKnownNodes();
    });
  }

  function searchHitItem(hit) {
    const node = hit.node;
    const pick = () => addRoot(node.id);
    const matched = hit.matchedField === 'name' ? null : el('span', { class: 'hint matched' }, `${hit.matchedField}: ${hit.matchedText}`);
    return el('li', {
      'data-id': node.id, tabindex: 0, role: 'button', title: node.id,
      onclick: pick, onkeydown: e => { if (e.key === 'Enter') pick(); },
    }, swatch(node.type),
    el('span', { class: 'hit' }, el('span', { class: 'name' }, node.name), node.acronym ? ` (${node.acronym})` : '', matched),
    el('span', { class: 'type' }, typeLabel(node.type)));
  }

  // ---------------------------------------------------------------- rendering the panels

  function nodeButton(node) {
    return el('button', { type: 'button', class: 'node-link', 'data-id': node.id, title: node.id, onclick: () => addRoot(node.id) },
      swatch(node.type), node.acronym || node.name);
  }

  function sourceList(sources) {
    return el('ol', { class: 'sources' }, sources.map(s => el('li', { class: 'source' },
      el('span', { class: 'source-ref', title: s.title ? `${s.title} (${s.document})` : s.document }, s.citation || `${s.document}, line ${s.line}`),
      el('blockquote', { class: 'source-quote' }, s.quote))));
  }

  function renderDetails() {
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

  function renderPath() {
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
      onclick: () => focusPath(index),
    }, parts);
  }

  function focusPath(index) {
    state.path.focus = state.path.focus === index ? null : index;
    state.highlight = 'path';
    restyle();
    renderPath();
  }

  function restyle() {
    if (cy) cy.batch(applyClasses);
  }

  function renderOverlap() {
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
        nodeButton(m.node), ' ', el('span', { class: 'hint' }, m.affiliations.map(a => a.role.toLowerCase().replaceAll('_', ' ')).join(', '))))));
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

  function updateDownloads() {
    const { params, ego } = exportQuery();
    // Colons and commas may stand as they are in a query string; keep the links readable.
    const query = params.toString().replaceAll('%3A', ':').replaceAll('%2C', ',');
    $('#downloads').replaceChildren(...EXPORT_FORMATS.map(([format, label]) =>
      el('a', { href: `/export/${format}${query ? `?${query}` : ''}`, 'data-format': format, download: true }, label)));
    const scope = ego ? `the network of ${nameOf(state.selected)} to depth ${$('#export-depth').value}` : 'the whole graph';
    const chosen = $('#export-scope').value === 'ego' && !state.selected ? ' (select a node for its network)' : '';
    $('#export-note').textContent = `Exports ${scope}${chosen}, as of ${asOfText()}.`;
  }

  // ---------------------------------------------------------------- filters and time

  function buildLegend() {
    $('#legend').replaceChildren(...NODE_TYPES.map(t => el('li', {},
      el('label', { 'data-type': t.type },
        el('input', { type: 'checkbox', checked: true, value: t.type, onchange: onTypeToggle }),
        swatch(t.type), t.label))));
    $('#relation-types').replaceChildren(...RELATION_TYPES.map(type => el('li', {},
      el('label', {}, el('input', { type: 'checkbox', checked: true, value: type, onchange: onRelationToggle }), type))));
  }

  function onTypeToggle(event) {
    if (event.target.checked) state.hiddenTypes.delete(event.target.value);
    else state.hiddenTypes.add(event.target.value);
    refreshViews();
  }

  function onRelationToggle(event) {
    if (event.target.checked) state.relationTypes.add(event.target.value);
    else state.relationTypes.delete(event.target.value);
    refreshViews();
  }

  function readAsOf() {
    const value = Number($('#asof').value);
    state.asOf = value >= ALL_DATES ? null : value;
    $('#asof-label').textContent = asOfText();
  }

  // ---------------------------------------------------------------- start

  function wireControls() {
    $('#search').addEventListener('input', onSearchInput);
    $('#search').addEventListener('keydown', e => { if (e.key === 'Enter') runSearch(); });
    $('#asof').addEventListener('input', () => { readAsOf(); scheduleRefresh(); });
    $('#asof').addEventListener('change', () => { readAsOf(); refreshViews(); });
    $('#find-path').addEventListener('click', findPath);
    $('#path-clear').addEventListener('click', clearPath);
    $('#overlap-add').addEventListener('click', addOverlapBody);
    $('#overlap-input').addEventListener('keydown', e => { if (e.key === 'Enter') addOverlapBody(); });
    $('#overlap-clear').addEventListener('click', clearOverlap);
    $('#export-scope').addEventListener('change', updateDownloads);
    $('#export-depth').addEventListener('change', updateDownloads);
    $('#relayout').addEventListener('click', () => { if (cy) runLayout(); });
    $('#fit').addEventListener('click', () => { if (cy) fitGraph(); });
    $('#clear-highlight').addEventListener('click', clearHighlight);
    $('#clear-graph').addEventListener('click', clearGraph);
  }

  function start() {
    buildLegend();
    readAsOf();
    updateDownloads();
    wireControls();
    window.explorer = { state, known, get cy() { return cy; }, busy: () => state.pending > 0 || state.timer !== null || state.layoutRunning };
    if (typeof window.cytoscape !== 'function') {
      setStatus('The graph library is not in this build (cytoscape.min.js is missing): run npm install in src/SecurityCoop.Api/client and rebuild.', 'error');
      return;
    }
    createGraph();
    updateGraphCount();
    setStatus('Ready. Search for a body, a state or an agreement to begin.', 'info');
  }

  start();
})();
