// Starts GraphiQL on /graphql. Kept out of the page so the Content-Security-Policy allows no inline script.
// Its tabs are an overlap example and every GraphQL example of the README (shipped beside this script), split as the
// README test splits them: one tab per top-level document, comment lines left out. Introspection asks for the schema
// description (shown at the top of the docs pane) and for deprecated arguments. The explorer plugin (tick fields to
// build a query) is bundled from npm like GraphiQL.
(function () {
  var root = document.getElementById('graphiql');
  if (!window.GraphiQL || !window.React || !window.ReactDOM) {
    root.id = 'missing';
    root.textContent = 'The GraphiQL assets are not in this build (npm was not available when it was built). ' +
      'The API still answers POST and GET requests at /graphql.';
    return;
  }
  var example = '# Members of both ASEAN and the ASEAN Regional Forum\n' +
    '{\n  overlap(bodies: ["org:asean", "mech:arf"]) {\n    count\n    members { node { id name } }\n  }\n}\n';

  function readmeExamples(text) {
    var examples = [];
    var inBlock = false;
    var current = [];
    var depth = 0;
    text.split('\n').forEach(function (raw) {
      var line = raw.replace(/\r$/, '');
      if (line.indexOf('```') === 0) {
        inBlock = line === '```graphql';
        return;
      }
      if (!inBlock || /^\s*#/.test(line)) return;
      current.push(line);
      depth += (line.match(/\{/g) || []).length - (line.match(/\}/g) || []).length;
      if (depth === 0 && current.join('\n').trim().length > 0) {
        examples.push(current.join('\n').trim() + '\n');
        current = [];
      }
    });
    return examples;
  }

  function start(examples) {
    var tabs = [{ query: example }].concat(examples.map(function (query) { return { query: query }; }));
    ReactDOM.createRoot(root).render(React.createElement(GraphiQL, {
      fetcher: GraphiQL.createFetcher({ url: '/graphql' }),
      defaultTabs: tabs,
      schemaDescription: true,
      inputValueDeprecation: true,
      // The explorer plugin builds queries by ticking fields; the page works without it if it is missing.
      plugins: window.GraphiQLPluginExplorer ? [GraphiQLPluginExplorer.explorerPlugin()] : [],
    }));
  }

  fetch('/assets/README.md')
    .then(function (response) { return response.ok ? response.text() : ''; })
    .then(function (text) { start(readmeExamples(text)); }, function () { start([]); });
})();
