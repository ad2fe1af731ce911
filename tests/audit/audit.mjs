// Runs every graphql-http server audit against the GraphQL URL given as the only argument and prints one
// JSON array of { name, status, reason }. Exit code 1 when any MUST audit fails.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs http://host:port/graphql');
  process.exit(2);
}

const results = [];
for (const audit of serverAudits({ url, fetchFn: fetch })) {
  const result = await audit.fn();
  results.push({ id: audit.id, name: audit.name, status: result.status, reason: result.reason ?? null });
}
console.log(JSON.stringify(results, null, 2));
process.exit(results.some((r) => r.name.startsWith('MUST') && r.status !== 'ok') ? 1 : 0);
