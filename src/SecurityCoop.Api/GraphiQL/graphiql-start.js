// Starts GraphiQL on /graphql. Kept out of the page so the Content-Security-Policy allows no inline script.
(function () {
  var root = document.getElementById('graphiql');
  if (!window.GraphiQL || !window.React || !window.ReactDOM) {
    root.id = 'missing';
    root.textContent = 'The GraphiQL assets are not in this build (npm was not available when it was built). ' +
      'The API still answers POST and GET requests at /graphql.';
    return;
  }
  var fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  var example = '# Members of both ASEAN and the ASEAN Regional Forum\n' +
    '{\n  overlap(bodies: ["org:asean", "mech:arf"]) {\n    count\n    members { node { id name } }\n  }\n}\n';
  ReactDOM.createRoot(root).render(React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: example }));
})();
