// Asks the GraphQL URL given as the only argument for the October 2021 introspection, as graphql-js clients and code
// generators do (every option of getIntrospectionQuery on), builds a client schema from the answer, and prints one JSON
// object: the status, any errors, and what the client schema says. Exit code 1 when the server refuses the query.
import { buildClientSchema, getIntrospectionQuery } from 'graphql';

const url = process.argv[2];
if (!url) {
  console.error('usage: node introspection.mjs http://host:port/graphql');
  process.exit(2);
}
const query = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
});
const response = await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query }),
});
const body = await response.json();
if (response.status !== 200 || body.errors) {
  console.log(JSON.stringify({ status: response.status, errors: body.errors ?? null }));
  process.exit(1);
}
const schema = buildClientSchema(body.data);
console.log(JSON.stringify({
  status: response.status,
  description: schema.description ?? null,
  partialDateSpecifiedBy: schema.getType('PartialDate')?.specifiedByURL ?? null,
  directives: schema.getDirectives().map((d) => ({ name: d.name, isRepeatable: d.isRepeatable })),
  types: Object.keys(schema.getTypeMap()).length,
}));
