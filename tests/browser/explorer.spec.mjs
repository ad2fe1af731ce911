// Drives the explorer page (GET /) in Debian's headless Chromium through playwright-core, which never
// downloads a browser. Usage: node explorer.spec.mjs <base url> <screenshot.png>
// Prints {"ok": ..., "checks": [{id, name, ok, detail|error}], "screenshot": ...} and exits 1 on any failure.
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const STEP_TIMEOUT = 15_000;
const INDIA_SCO_MEMBERSHIP = 'rel:member_of:state-india:org-sco:2016-06';

const [baseUrl, screenshotPath] = process.argv.slice(2);
if (!baseUrl || !screenshotPath) {
  console.error('usage: node explorer.spec.mjs <base url> <screenshot.png>');
  process.exit(2);
}

const checks = [];

/** Runs one check (a stable id and a sentence); its return value is the detail reported, a throw is its failure. */
async function check(id, name, body) {
  try {
    checks.push({ id, name, ok: true, detail: (await body()) ?? null });
  } catch (error) {
    checks.push({ id, name, ok: false, error: firstLine(error) });
  }
}

function firstLine(error) {
  return String(error && error.message ? error.message : error).split('\n')[0];
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/** Waits until the page has no request, refresh or layout under way. */
async function settle(page) {
  await page.waitForFunction(() => window.explorer && !window.explorer.busy(), null, { timeout: STEP_TIMEOUT });
}

async function statusOf(page) {
  return page.$eval('#status', s => ({ kind: s.dataset.kind, text: s.textContent }));
}

async function settleWithoutError(page) {
  await settle(page);
  const status = await statusOf(page);
  expect(status.kind !== 'error', `the page shows an error: ${status.text}`);
}

const hasElement = (page, id) => page.evaluate(i => window.explorer.cy.getElementById(i).nonempty(), id);

/** Clicks a graph node with the real mouse, at its place on the canvas. */
async function clickNode(page, id, modifiers = []) {
  const point = await page.evaluate(nodeId => {
    const cy = window.explorer.cy;
    const node = cy.getElementById(nodeId);
    if (node.empty()) return null;
    const box = cy.container().getBoundingClientRect();
    let p = node.renderedPosition();
    if (p.x < 0 || p.y < 0 || p.x > box.width || p.y > box.height) {
      cy.center(node);
      p = node.renderedPosition();
    }
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
  expect(point, `${id} is not in the graph`);
  for (const key of modifiers) await page.keyboard.down(key);
  await page.mouse.click(point.x, point.y);
  for (const key of modifiers) await page.keyboard.up(key);
}

async function setAsOf(page, year) {
  await page.fill('#asof', String(year));
  await page.waitForFunction(y => window.explorer.state.renderedAsOf === y, year, { timeout: STEP_TIMEOUT });
  await settleWithoutError(page);
}

async function overlapCount(page) {
  return page.$eval('#overlap-count', e => Number(e.textContent));
}

async function addOverlapBody(page, id) {
  await page.fill('#overlap-input', id);
  await page.click('#overlap-add');
  await page.waitForSelector(`#overlap-bodies li[data-id="${id}"]`, { timeout: STEP_TIMEOUT });
  await settleWithoutError(page);
}

/** The bytes of a finished download. */
async function readDownload(download) {
  const stream = await download.createReadStream();
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

async function pathNodeLists(page) {
  return page.$$eval('#path-result li.path', items => items.map(li => li.dataset.nodes.split(' ')));
}

async function run(page) {
  const scriptErrors = [];
  page.on('pageerror', error => scriptErrors.push(error.message));
  const policyViolations = [];
  page.on('console', message => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
  });

  await check('load', 'the page loads with the graph library and says it is ready', async () => {
    await page.goto(new URL('/', baseUrl).toString());
    await page.waitForFunction(() => window.explorer && window.explorer.cy, null, { timeout: STEP_TIMEOUT });
    const status = await statusOf(page);
    expect(status.kind === 'info' && status.text.startsWith('Ready'), `status: ${status.kind} ${status.text}`);
    return status.text;
  });
  if (!checks[0].ok) return; // nothing else can work without the page

  await check('search', 'searching for RATS lists mech:rats', async () => {
    await page.fill('#search', 'RATS');
    await page.waitForSelector('#search-results li[data-id="mech:rats"]', { timeout: STEP_TIMEOUT });
    await settleWithoutError(page);
    return page.$$eval('#search-results li[data-id]', items => items.map(li => li.dataset.id));
  });

  await check('choose', 'choosing mech:rats adds it to the graph and selects it', async () => {
    await page.click('#search-results li[data-id="mech:rats"]');
    await settleWithoutError(page);
    expect(await hasElement(page, 'mech:rats'), 'mech:rats is not drawn');
    const selected = await page.$eval('#details', d => d.dataset.id);
    expect(selected === 'mech:rats', `details show ${selected}`);
    const { nodes, zoom, size } = await page.evaluate(() => {
      const cy = window.explorer.cy;
      const box = cy.$id('mech:rats').renderedBoundingBox();
      return { nodes: cy.nodes().length, zoom: cy.zoom(), size: Math.max(box.w, box.h) };
    });
    // A lone node is drawn at a readable size, not zoomed until it fills the graph.
    expect(nodes > 1 || (zoom <= 1.5 && size < 200), `a lone node at zoom ${zoom} is ${size} px`);
    return { nodes, zoom };
  });

  await check('expand', 'clicking mech:rats expands its neighbours, org:sco among them', async () => {
    await clickNode(page, 'mech:rats');
    await page.waitForFunction(() => window.explorer.state.expansions.has('mech:rats'), null, { timeout: STEP_TIMEOUT });
    await settleWithoutError(page);
    const drawn = await page.evaluate(() => {
      const cy = window.explorer.cy;
      const rats = cy.getElementById('mech:rats');
      return {
        nodes: cy.nodes().length,
        edgesToSco: rats.edgesWith(cy.getElementById('org:sco')).length,
        expandedClass: rats.hasClass('expanded'),
      };
    });
    expect(drawn.nodes > 10, `only ${drawn.nodes} nodes drawn`);
    expect(drawn.edgesToSco > 0, 'no edge between mech:rats and org:sco');
    expect(drawn.expandedClass, 'mech:rats is not marked expanded');
    return drawn;
  });

  await check('details', 'the details panel shows the properties, relations and source quotes of mech:rats', async () => {
    const details = await page.$eval('#details', d => ({
      name: d.querySelector('#details-name')?.textContent ?? '',
      props: [...d.querySelectorAll('.props tr')].map(tr => tr.dataset.key),
      quotes: [...d.querySelectorAll(':scope > .sources .source-quote')].map(q => q.textContent),
      refs: [...d.querySelectorAll(':scope > .sources .source-ref')].map(r => r.textContent),
      relationToSco: d.querySelectorAll('.relation[data-other="org:sco"]').length,
      relationQuotes: d.querySelectorAll('.relation .source-quote').length,
    }));
    expect(details.name.includes('Regional Anti-Terrorist Structure'), `name shown: ${details.name}`);
    expect(details.props.includes('headquarters'), `properties: ${details.props.join(', ')}`);
    expect(details.quotes.some(q => q.includes('Tashkent')), `no source quote about Tashkent among ${details.quotes.length}`);
    expect(details.refs.length > 0 && details.refs.every(r => /^(Bartók and Varró|Honrada), .*, line \d+$/.test(r)),
      `sources should cite their document by author and title: ${details.refs.slice(0, 3).join(' | ')}`);
    expect(details.relationToSco > 0 && details.relationQuotes > 0, 'relations to org:sco or their sources are missing');
    return { quote: details.quotes[0], quotes: details.quotes.length, relationQuotes: details.relationQuotes };
  });

  await check('path', 'the shortest paths from state:india to mech:rats include one through org:sco, highlighted', async () => {
    await page.fill('#path-from', 'state:india');
    await page.fill('#path-to', 'mech:rats');
    await page.click('#find-path');
    await page.waitForSelector('#path-result li.path', { timeout: STEP_TIMEOUT });
    await settleWithoutError(page);
    const paths = await pathNodeLists(page);
    expect(paths.some(p => p.includes('org:sco')), `paths: ${JSON.stringify(paths)}`);
    const lit = await page.evaluate(() => ['state:india', 'org:sco', 'mech:rats']
      .every(id => window.explorer.cy.getElementById(id).hasClass('on-path')));
    expect(lit, 'the path through org:sco is not highlighted');
    return paths.map(p => p.join(' > '));
  });

  await check('overlap', 'the overlap of org:asean and mech:arf counts 10, listed and highlighted', async () => {
    await addOverlapBody(page, 'org:asean');
    await addOverlapBody(page, 'mech:arf');
    const count = await overlapCount(page);
    const listed = await page.$$eval('#overlap-result .members > li', items => items.map(li => li.dataset.id));
    const lit = await page.evaluate(() => window.explorer.cy.nodes('.in-overlap').length);
    expect(count === 10, `count shown: ${count}`);
    expect(listed.length === 10 && lit === 10, `listed ${listed.length}, highlighted ${lit}`);
    return { count, members: listed };
  });

  await check('overlap-roles', "each member of the overlap shows its role in each body, named", async () => {
    const members = await page.$$eval('#overlap-result .members > li', items => items.map(li => ({
      id: li.dataset.id,
      roles: [...li.querySelectorAll('.roles > li')].map(r => ({ body: r.dataset.body, name: r.querySelector('.role-body')?.textContent, role: r.querySelector('.role')?.textContent })),
    })));
    const bodies = ['org:asean', 'mech:arf'];
    const missing = members.filter(m => !bodies.every(b => m.roles.some(r => r.body === b && r.role && r.name)));
    expect(members.length === 10, `${members.length} members listed`);
    expect(missing.length === 0, `members without a role in each body: ${missing.map(m => m.id).join(', ')}`);
    return members.slice(0, 2);
  });

  await check('downloads', 'the download links point at /export with the selected node as center, and the API answers them', async () => {
    const links = await page.$$eval('#downloads a', items => items.map(a => a.getAttribute('href')));
    expect(links.length === 9, `${links.length} links`);
    expect(links.every(h => h.startsWith('/export/') && h.includes('center=mech:rats') && h.includes('depth=1')), links.join(' '));
    expect(links.some(h => h.startsWith('/export/graphml?')) && links.some(h => h.startsWith('/export/dyad-year?')), 'formats missing');
    const statuses = await page.evaluate(hrefs => Promise.all(hrefs.map(h => fetch(h).then(r => r.status))), links);
    expect(statuses.every(s => s === 200), `export answers: ${statuses.join(', ')}`);
    await page.check('#export-layout');
    const laidOut = await page.$$eval('#downloads a', items => items.map(a => ({ format: a.dataset.format, href: a.getAttribute('href') })));
    const graphFormats = ['node-link', 'cytoscape', 'graphology', 'vis-network', 'graphml', 'gexf'];
    expect(laidOut.every(l => l.href.includes('layout=force') === graphFormats.includes(l.format)), `with positions: ${laidOut.map(l => l.href).join(' ')}`);
    const graphology = await page.evaluate(href => fetch(href).then(r => r.json()), laidOut.find(l => l.format === 'graphology').href);
    expect(graphology.nodes.every(n => Number.isFinite(n.attributes.x) && Number.isFinite(n.attributes.y)), 'the graphology download with positions has nodes without x and y');
    await page.uncheck('#export-layout');
    return links;
  });

  await check('error-status', 'a GraphQL error (unknown node) is shown in the status area', async () => {
    await page.fill('#path-from', 'state:nowhere');
    await page.click('#find-path');
    await page.waitForSelector('#status[data-kind="error"]', { timeout: STEP_TIMEOUT });
    const status = await statusOf(page);
    expect(status.text.includes('NODE_NOT_FOUND'), status.text);
    const visible = await page.isVisible('#status');
    expect(visible, 'the status area is hidden');
    await page.fill('#path-from', 'state:india');
    await page.click('#find-path');
    await settleWithoutError(page);
    return status.text;
  });

  await check('asof-all', 'at all dates India expanded shows its SCO membership', async () => {
    await clickNode(page, 'state:india');
    await page.waitForFunction(() => window.explorer.state.expansions.has('state:india'), null, { timeout: STEP_TIMEOUT });
    await settleWithoutError(page);
    expect(await hasElement(page, INDIA_SCO_MEMBERSHIP), 'the membership edge is not drawn');
    const listed = await page.$$eval(`#details .relation[data-relation-id="${INDIA_SCO_MEMBERSHIP}"]`, l => l.length);
    expect(listed === 1, 'the membership is not listed in the details');
    return { asOf: await page.textContent('#asof-label') };
  });

  await check('asof-2000', 'as of 2000 the India-SCO membership is gone and no path reaches RATS, founded in 2004', async () => {
    await setAsOf(page, 2000);
    const label = await page.textContent('#asof-label');
    expect(label === '2000', `label: ${label}`);
    expect(!(await hasElement(page, INDIA_SCO_MEMBERSHIP)), 'the membership edge is still drawn');
    const listed = await page.$$eval('#details .relation[data-other="org:sco"]', l => l.length);
    expect(listed === 0, `${listed} India-SCO relations still listed`);
    const paths = await pathNodeLists(page);
    expect(paths.length === 0, `RATS did not exist in 2000, yet paths were drawn: ${JSON.stringify(paths)}`);
    const links = await page.$$eval('#downloads a', items => items.map(a => a.getAttribute('href')));
    expect(links.every(h => h.includes('asOf=2000')), 'download links lack asOf=2000');
    return { label, paths: paths.map(p => p.join(' > ')) };
  });

  await check('asof-overlap', 'the SCO overlap counts 6 members as of 2010 and 9 as of 2023', async () => {
    await page.click('#overlap-clear');
    await addOverlapBody(page, 'org:sco');
    await setAsOf(page, 2010);
    const in2010 = await overlapCount(page);
    await setAsOf(page, 2023);
    const in2023 = await overlapCount(page);
    const lit = await page.evaluate(() => window.explorer.cy.nodes('.in-overlap').length);
    expect(in2010 === 6 && in2023 === 9, `2010: ${in2010}, 2023: ${in2023}`);
    expect(lit === 9, `${lit} highlighted as of 2023`);
    expect(await hasElement(page, INDIA_SCO_MEMBERSHIP), 'the India-SCO membership is not back as of 2023');
    const outside = await page.evaluate(() => {
      const cy = window.explorer.cy;
      const box = cy.extent();
      return cy.nodes('[kind != "hood"]').filter(n => { const p = n.position(); return p.x < box.x1 || p.x > box.x2 || p.y < box.y1 || p.y > box.y2; }).map(n => n.id());
    });
    expect(outside.length === 0, `nodes the date change brought in lie outside the view: ${outside.slice(0, 5).join(', ')}`);
    return { asOf2010: in2010, asOf2023: in2023 };
  });

  await check('vocabulary', "the legend and the relation filter list the schema's NodeType and RelationType values, in order", async () => {
    const { legend, relations, schema } = await page.evaluate(async () => {
      const response = await fetch('/graphql', {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: '{ n: __type(name: "NodeType") { enumValues { name } } r: __type(name: "RelationType") { enumValues { name } } }' }),
      });
      const { data } = await response.json();
      return {
        legend: [...document.querySelectorAll('#legend input')].map(i => i.value),
        relations: [...document.querySelectorAll('#relation-types input')].map(i => i.value),
        schema: { nodeTypes: data.n.enumValues.map(v => v.name), relationTypes: data.r.enumValues.map(v => v.name) },
      };
    });
    expect(JSON.stringify(legend) === JSON.stringify(schema.nodeTypes), `legend ${legend.join(',')} vs schema ${schema.nodeTypes.join(',')}`);
    expect(JSON.stringify(relations) === JSON.stringify(schema.relationTypes), `relations ${relations.length} vs schema ${schema.relationTypes.length}`);
    return { nodeTypes: legend.length, relationTypes: relations.length };
  });

  await check('clusters', "expanding the SCO folds its many single-link neighbours into clusters by type; clicking one draws its nodes", async () => {
    await clickNode(page, 'org:sco');
    await page.waitForFunction(() => window.explorer.state.expansions.has('org:sco'), null, { timeout: STEP_TIMEOUT });
    await settleWithoutError(page);
    const before = await page.evaluate(() => {
      const cy = window.explorer.cy;
      return {
        nodes: cy.nodes('[kind = "node"]').length,
        clusters: cy.nodes('[kind = "cluster"]').map(c => ({ id: c.id(), key: c.data('key'), count: c.data('count'), type: c.data('type'), label: c.data('label') })),
        neighbours: window.explorer.state.expansions.get('org:sco').shown.length,
      };
    });
    expect(before.clusters.length > 0, `no cluster among ${before.nodes} nodes`);
    expect(before.clusters.every(c => c.count >= 5 && c.label.startsWith(`${c.count} `)), JSON.stringify(before.clusters));
    const cluster = before.clusters.sort((a, b) => b.count - a.count)[0];
    await clickNode(page, cluster.id);
    await page.waitForFunction(id => window.explorer.cy.getElementById(id).empty(), cluster.id, { timeout: STEP_TIMEOUT });
    await settleWithoutError(page);
    const after = await page.evaluate(({ type }) => {
      const cy = window.explorer.cy;
      return { nodes: cy.nodes('[kind = "node"]').length, ofType: cy.nodes(`[kind = "node"][type = "${type}"][parent = "hood:org:sco"]`).length };
    }, cluster);
    expect(after.nodes === before.nodes + cluster.count, `${before.nodes} nodes + ${cluster.count} in the cluster, but ${after.nodes} drawn after opening it`);
    expect(after.ofType === cluster.count, `${after.ofType} ${cluster.type} nodes in the SCO's neighbourhood, cluster had ${cluster.count}`);
    return { before: before.nodes, clusters: before.clusters.map(c => c.label), opened: cluster.label, after: after.nodes };
  });

  await check('neighbourhoods', "each expanded hub's own neighbours sit in its box, and the boxes do not overlap", async () => {
    const hoods = await page.evaluate(() => window.explorer.cy.nodes('[kind = "hood"]').map(h => {
      const box = h.boundingBox({ includeLabels: false });
      return { id: h.id(), hub: h.data('hub'), children: h.children().length, box: { x1: box.x1, x2: box.x2, y1: box.y1, y2: box.y2 } };
    }));
    expect(hoods.length >= 2, `${hoods.length} neighbourhood boxes: ${hoods.map(h => h.id).join(', ')}`);
    const overlapping = [];
    for (let i = 0; i < hoods.length; i++) {
      for (let j = i + 1; j < hoods.length; j++) {
        const a = hoods[i].box;
        const b = hoods[j].box;
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlapping.push(`${hoods[i].hub} / ${hoods[j].hub}`);
      }
    }
    expect(overlapping.length === 0, `overlapping neighbourhoods: ${overlapping.join(', ')}`);
    return hoods.map(h => `${h.hub}: ${h.children}`);
  });

  await check('labels', 'with 150+ nodes drawn, the labels shown never overlap, and zooming in shows more of them', async () => {
    await page.fill('#asof', '2026');
    await page.waitForFunction(() => window.explorer.state.renderedAsOf === null, null, { timeout: STEP_TIMEOUT });
    await settleWithoutError(page);
    for (;;) {
      const next = await page.evaluate(() => window.explorer.cy.nodes('[kind = "cluster"]').first().id());
      if (!next) break;
      await clickNode(page, next);
      await page.waitForFunction(id => window.explorer.cy.getElementById(id).empty(), next, { timeout: STEP_TIMEOUT });
      await settleWithoutError(page);
    }
    await page.click('#fit');
    await page.waitForTimeout(300);
    const labelState = () => page.evaluate(() => {
      const cy = window.explorer.cy;
      const width = cy.width();
      const height = cy.height();
      const nodes = cy.nodes('[kind != "hood"]');
      const shown = [];
      const hiddenOnScreen = [];
      nodes.forEach(n => {
        const p = n.renderedPosition();
        const onScreen = p.x > 0 && p.y > 0 && p.x < width && p.y < height;
        if (n.hasClass('label-hidden')) {
          if (onScreen) hiddenOnScreen.push(n.id());
          return;
        }
        const b = n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
        if (b.w > 0 && onScreen) shown.push({ id: n.id(), x1: b.x1, x2: b.x2, y1: b.y1, y2: b.y2 });
      });
      const overlaps = [];
      for (let i = 0; i < shown.length; i++) {
        for (let j = i + 1; j < shown.length; j++) {
          const a = shown[i];
          const b = shown[j];
          if (a.x1 + 1 < b.x2 && b.x1 + 1 < a.x2 && a.y1 + 1 < b.y2 && b.y1 + 1 < a.y2) overlaps.push(`${a.id} / ${b.id}`);
        }
      }
      return { nodes: nodes.length, shown: shown.map(s => s.id), hiddenOnScreen, overlaps, zoom: cy.zoom() };
    });
    const fitted = await labelState();
    expect(fitted.nodes >= 150, `only ${fitted.nodes} nodes drawn`);
    expect(fitted.overlaps.length === 0, `${fitted.overlaps.length} overlapping labels: ${fitted.overlaps.slice(0, 5).join(', ')}`);
    expect(fitted.hiddenOnScreen.length > 0, 'every label is shown, so nothing was culled');
    expect(['org:sco', 'mech:rats'].every(id => fitted.shown.includes(id)), `the expanded hubs' labels are not shown: ${fitted.shown.slice(0, 10).join(', ')}`);
    await page.screenshot({ path: screenshotPath.replace(/\.png$/, '-large.png') });
    await page.evaluate(() => {
      const cy = window.explorer.cy;
      cy.zoom({ level: cy.zoom() * 3, renderedPosition: cy.$id('org:sco').renderedPosition() });
    });
    await page.waitForTimeout(300);
    const zoomed = await labelState();
    const revealed = fitted.hiddenOnScreen.filter(id => zoomed.shown.includes(id));
    expect(zoomed.overlaps.length === 0, `${zoomed.overlaps.length} overlapping labels after zooming in: ${zoomed.overlaps.slice(0, 5).join(', ')}`);
    expect(revealed.length > 0, 'zooming in showed no label that was hidden');
    await page.click('#fit');
    return { nodes: fitted.nodes, shownFitted: fitted.shown.length, hiddenFitted: fitted.hiddenOnScreen.length, revealedByZoom: revealed.length };
  });

  await check('keyboard', 'in the graph the arrow keys move the focus to the next node that way and Enter opens it', async () => {
    await page.focus('#graph');
    const start = await page.evaluate(() => window.explorer.keyboardFocus());
    expect(start, 'focusing the graph gives no node the keyboard focus');
    const moves = [];
    for (const [key, axis, sign] of [['ArrowRight', 'x', 1], ['ArrowDown', 'y', 1], ['ArrowLeft', 'x', -1], ['ArrowUp', 'y', -1]]) {
      const from = await page.evaluate(() => { const n = window.explorer.cy.$id(window.explorer.keyboardFocus()); return { id: n.id(), ...n.position() }; });
      await page.keyboard.press(key);
      const to = await page.evaluate(() => { const n = window.explorer.cy.$id(window.explorer.keyboardFocus()); return { id: n.id(), ...n.position() }; });
      if (to.id !== from.id) {
        expect((to[axis] - from[axis]) * sign > 0, `${key} moved the focus from ${from.id} to ${to.id}, the other way`);
        moves.push(`${key}: ${to.id}`);
      }
    }
    expect(moves.length >= 2, `the arrow keys moved the focus only ${moves.length} times`);
    const focused = await page.evaluate(() => window.explorer.keyboardFocus());
    await page.keyboard.press('Enter');
    await page.waitForFunction(id => document.querySelector('#details').dataset.id === id && window.explorer.state.expansions.has(id), focused, { timeout: STEP_TIMEOUT });
    await settleWithoutError(page);
    const selected = await page.$eval('#details', d => d.dataset.id);
    expect(selected === focused, `Enter on ${focused} selected ${selected}`);
    const announced = await page.textContent('#graph-focus');
    expect(announced.length > 0, 'the focused node is not announced');
    return { moves, opened: focused, announced };
  });

  await check('images', 'PNG and SVG save the graph on screen: a PNG of the view, an SVG with the node labels as text', async () => {
    const [png] = await Promise.all([page.waitForEvent('download', { timeout: STEP_TIMEOUT }), page.click('#save-png')]);
    const pngBytes = await readDownload(png);
    expect(pngBytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'the PNG file has no PNG signature');
    const width = pngBytes.readUInt32BE(16);
    const height = pngBytes.readUInt32BE(20);
    const view = await page.evaluate(() => ({ w: window.explorer.cy.width(), h: window.explorer.cy.height() }));
    expect(Math.abs(width - 2 * view.w) <= 2 && Math.abs(height - 2 * view.h) <= 2, `PNG ${width} x ${height} for a ${view.w} x ${view.h} view`);
    const [svg] = await Promise.all([page.waitForEvent('download', { timeout: STEP_TIMEOUT }), page.click('#save-svg')]);
    const svgText = (await readDownload(svg)).toString('utf8');
    const parsed = await page.evaluate(text => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { root: doc.documentElement.nodeName, error: doc.querySelector('parsererror') !== null, texts: [...doc.querySelectorAll('text')].map(t => t.textContent) };
    }, svgText);
    expect(parsed.root === 'svg' && !parsed.error, `the SVG does not parse: ${parsed.root}`);
    const shown = await page.evaluate(() => window.explorer.cy.nodes('[kind != "hood"]').filter(n => !n.hasClass('label-hidden')).map(n => n.data('label')));
    expect(shown.some(label => parsed.texts.includes(label)), `no shown label is in the SVG's text: ${parsed.texts.slice(0, 5).join(', ')}`);
    return { png: `${png.suggestedFilename()} ${width}x${height}`, svg: `${svg.suggestedFilename()} ${svgText.length} chars, ${parsed.texts.length} texts` };
  });

  await check('url-state', 'the address holds the view: opened in a new page it draws the same nodes, year, selection, path and overlap', async () => {
    const capture = p => p.evaluate(() => {
      const e = window.explorer;
      return {
        nodes: e.cy.nodes('[kind = "node"]').map(n => n.id()).sort(),
        asOf: document.querySelector('#asof-label').textContent,
        selected: document.querySelector('#details').dataset.id ?? null,
        overlap: document.querySelector('#overlap-count')?.textContent ?? null,
        paths: [...document.querySelectorAll('#path-result li.path')].map(li => li.dataset.nodes),
      };
    });
    const here = await capture(page);
    const address = page.url();
    expect(address.includes('#') && address.includes('expand=org:sco'), `the address does not describe the view: ${address}`);
    const other = await page.context().newPage();
    try {
      await other.goto(address);
      await other.waitForFunction(() => window.explorer && window.explorer.cy && window.explorer.state.renderedAsOf !== undefined, null, { timeout: STEP_TIMEOUT });
      await settleWithoutError(other);
      const there = await capture(other);
      for (const key of Object.keys(here)) {
        expect(JSON.stringify(here[key]) === JSON.stringify(there[key]), `${key}: ${JSON.stringify(here[key]).slice(0, 120)} here, ${JSON.stringify(there[key]).slice(0, 120)} from the link`);
      }
    } finally {
      await other.close();
    }
    return { address: address.slice(address.indexOf('#')).slice(0, 200), nodes: here.nodes.length };
  });

  await check('play', 'Play steps through every year to all dates, one view per year, and nothing drawn moves', async () => {
    await setAsOf(page, 2009);
    const before = await page.evaluate(() => {
      const cy = window.explorer.cy;
      window.explorerRemoved = new Set();
      cy.on('remove', 'node', e => window.explorerRemoved.add(e.target.id()));
      return Object.fromEntries(cy.nodes('[kind != "hood"]').map(n => [n.id(), n.position()]));
    });
    await page.click('#play');
    await page.waitForFunction(() => !window.explorer.state.playing, null, { timeout: 90_000 });
    await settleWithoutError(page);
    const after = await page.evaluate(() => ({
      steps: window.explorer.playSteps,
      label: document.querySelector('#asof-label').textContent,
      removed: [...window.explorerRemoved],
      positions: Object.fromEntries(window.explorer.cy.nodes('[kind != "hood"]').map(n => [n.id(), n.position()])),
    }));
    const years = after.steps.map(s => s.year);
    const expected = Array.from({ length: 2026 - 2010 + 1 }, (_, i) => 2010 + i);
    expect(JSON.stringify(years) === JSON.stringify(expected), `years played: ${years.join(',')}`);
    expect(after.label === 'all dates', `ended at ${after.label}`);
    const moved = Object.keys(before).filter(id => after.positions[id] && !after.removed.includes(id)
      && Math.hypot(after.positions[id].x - before[id].x, after.positions[id].y - before[id].y) > 0.5);
    expect(moved.length === 0, `${moved.length} nodes moved while playing: ${moved.slice(0, 5).join(', ')}`);
    const ms = after.steps.map(s => s.ms).sort((a, b) => a - b);
    return { steps: years.length, medianStepMs: ms[Math.floor(ms.length / 2)], slowestStepMs: ms[ms.length - 1] };
  });

  await check('script-errors', 'the page raised no script errors', async () => {
    expect(scriptErrors.length === 0, scriptErrors.join(' | '));
    return null;
  });

  await check('screenshot', 'a screenshot is saved', async () => {
    await page.screenshot({ path: screenshotPath });
    return screenshotPath;
  });

  await check('phone-width', 'at 390 px wide nothing overflows the screen and the graph keeps its place', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(new URL('/', baseUrl).toString());
    await page.waitForFunction(() => window.explorer && window.explorer.cy, null, { timeout: STEP_TIMEOUT });
    const layout = await page.evaluate(() => {
      const graph = document.querySelector('.graph-area').getBoundingClientRect();
      const wide = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
        .map(e => e.id || e.className || e.tagName).slice(0, 5);
      return { scrollWidth: document.documentElement.scrollWidth, width: window.innerWidth, graphWidth: graph.width, graphHeight: graph.height, wide };
    });
    await page.screenshot({ path: screenshotPath.replace(/\.png$/, '-phone.png') });
    await page.setViewportSize({ width: 1600, height: 1000 });
    expect(layout.scrollWidth <= layout.width, `the page is ${layout.scrollWidth} px wide on a ${layout.width} px screen: ${layout.wide.join(', ')}`);
    expect(layout.graphWidth >= 300 && layout.graphHeight >= 300, `the graph is ${layout.graphWidth} x ${layout.graphHeight} px`);
    return layout;
  });

  await check('graphiql', 'GraphiQL starts under the same Content-Security-Policy', async () => {
    await page.goto(new URL('/graphql', baseUrl).toString());
    await page.waitForSelector('.graphiql-container, #missing', { timeout: STEP_TIMEOUT });
    expect(await page.$('.graphiql-container') !== null, 'GraphiQL did not start (its assets are missing from the build)');
    return null;
  });

  await check('graphiql-examples', "GraphiQL opens the README's examples as tabs and shows the schema description", async () => {
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.waitForSelector('.graphiql-container', { timeout: STEP_TIMEOUT });
    const readme = await (await fetch(new URL('/assets/README.md', baseUrl))).text();
    const blocks = (readme.match(/^```graphql$/gm) || []).length;
    const tabs = await page.$$eval('.graphiql-tab', (elements) => elements.length);
    expect(blocks > 0 && tabs > blocks, `${tabs} tabs for ${blocks} README graphql blocks`);
    await page.click('[aria-label="Show Documentation Explorer"]');
    await page.waitForFunction(() => document.querySelector('.graphiql-doc-explorer')?.textContent.includes('SecurityCoop:'), null, { timeout: STEP_TIMEOUT });
    return `${tabs} tabs`;
  });

  await check('graphiql-explorer-plugin', "GraphiQL's explorer plugin lists the query fields, and ticking one writes it into the editor", async () => {
    await page.click('[aria-label="Show GraphiQL Explorer"]');
    await page.waitForSelector('.graphiql-explorer-root', { timeout: STEP_TIMEOUT });
    await page.waitForFunction(() => document.querySelector('.graphiql-explorer-root')?.textContent.includes('overlap'), null, { timeout: STEP_TIMEOUT });
    const fields = await page.$$eval('.graphiql-explorer-root .graphiql-explorer-field-view', items => items.length);
    expect(fields > 10, `${fields} fields in the explorer`);
    await page.click('.graphiql-explorer-root .graphiql-explorer-field-view >> text=states');
    await page.waitForFunction(() => [...document.querySelectorAll('.graphiql-query-editor .CodeMirror-line')].some(l => l.textContent.includes('states')), null, { timeout: STEP_TIMEOUT });
    return `${fields} fields`;
  });

  await check('content-security-policy', 'neither page broke the Content-Security-Policy', async () => {
    expect(policyViolations.length === 0, policyViolations.join(' | '));
    return null;
  });
}

/**
 * Sigma.js (WebGL) draws the graphology export that carries a server-side layout; without positions it refuses
 * the same export. Runs on a blank page, with graphology and Sigma from this folder's node_modules.
 */
async function sigmaCheck(page) {
  await check('sigma', 'Sigma.js draws the graphology export with layout=force, and refuses it without positions', async () => {
    await page.setViewportSize({ width: 900, height: 700 });
    await page.setContent('<body style="margin:0;background:#fff"><div id="graph" style="width:800px;height:600px"></div></body>');
    await page.addScriptTag({ path: new URL('./node_modules/graphology/dist/graphology.umd.min.js', import.meta.url).pathname });
    await page.addScriptTag({ path: new URL('./node_modules/sigma/dist/sigma.min.js', import.meta.url).pathname });
    const draw = data => page.evaluate(d => {
      try {
        const graph = window.graphology.Graph.from(d);
        const renderer = new window.Sigma(graph, document.getElementById('graph'));
        renderer.refresh();
        return { ok: true, nodes: graph.order, edges: graph.size, drawn: graph.nodes().filter(n => renderer.getNodeDisplayData(n)).length };
      } catch (error) {
        return { ok: false, error: String(error.message || error) };
      }
    }, data);
    const exported = async query => (await page.request.get(new URL(`/export/graphology${query}`, baseUrl).toString())).json();
    const without = await draw(await exported(''));
    expect(!without.ok && /x|coordinates|position/i.test(without.error), `Sigma took the export without positions: ${JSON.stringify(without)}`);
    const laidOut = await exported('?layout=force');
    const drawn = await draw(laidOut);
    expect(drawn.ok, `Sigma refused the export with positions: ${drawn.error}`);
    expect(drawn.nodes === laidOut.nodes.length && drawn.drawn === drawn.nodes, `${drawn.drawn} of ${laidOut.nodes.length} nodes drawn`);
    const shot = await page.locator('#graph').screenshot();
    const inked = await page.evaluate(async b64 => {
      const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      let count = 0;
      for (let i = 0; i < pixels.length; i += 4) if (pixels[i] < 200 || pixels[i + 1] < 200 || pixels[i + 2] < 200) count += 1;
      return count / (pixels.length / 4);
    }, shot.toString('base64'));
    await page.screenshot({ path: screenshotPath.replace(/\.png$/, '-sigma.png') });
    // 441 nodes of a few pixels and thin edges ink under 1% of the canvas; a blank canvas inks none.
    expect(inked > 0.002, `only ${(inked * 100).toFixed(2)}% of the canvas is drawn on`);
    return { refusedWithout: without.error, nodes: drawn.nodes, edges: drawn.edges, inkedShare: Number(inked.toFixed(3)) };
  });
}

async function main() {
  let browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, timeout: 60_000 });
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT);
    await run(page);
    await sigmaCheck(await context.newPage());
  } catch (error) {
    checks.push({ id: 'browser', name: 'Chromium starts and the page can be driven', ok: false, error: firstLine(error) });
  } finally {
    if (browser) await browser.close();
  }
  const ok = checks.length > 0 && checks.every(c => c.ok);
  process.stdout.write(`${JSON.stringify({ ok, checks, screenshot: screenshotPath }, null, 2)}\n`);
  process.exitCode = ok ? 0 : 1;
}

await main();
