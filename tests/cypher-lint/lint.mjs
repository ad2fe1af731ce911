#!/usr/bin/env node
// Lints *.cypher files with Neo4j's Cypher linter (@neo4j-cypher/language-support).
// Usage: node lint.mjs <file-or-folder> [...]
// Prints one JSON document to stdout; exit 1 if any error, 0 otherwise, 2 on usage errors.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const USAGE = 'usage: node lint.mjs <file-or-folder> [...]';

// Parameters ($rows, $q, ...) are supplied by the application at run time, so
// the linter's "Parameter $x is not defined." diagnostics are not meaningful here.
const PARAM_NOT_DEFINED = /^Parameter \$.+ is not defined\.$/;

// LSP DiagnosticSeverity: 1 Error, 2 Warning, 3 Information, 4 Hint.
const SEVERITY = { 1: 'error', 2: 'warning', 3: 'info', 4: 'info' };

function usage(message) {
  if (message) process.stderr.write(`${message}\n`);
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}

function collect(path, out) {
  const st = statSync(path);
  if (st.isDirectory()) {
    for (const name of readdirSync(path).sort()) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const child = join(path, name);
      const cst = statSync(child);
      if (cst.isDirectory()) collect(child, out);
      else if (cst.isFile() && name.endsWith('.cypher')) out.push(child);
    }
  } else if (st.isFile()) {
    out.push(path);
  }
}

// The linter reports "Expected any of CYPHER, EXPLAIN, PROFILE or a statement"
// when the text after the last statement holds only comments (e.g. a trailing
// `// end` after the final `;`, or a comment-only file). Blank out such a
// comment-only tail (keeping newlines, so positions do not move). Strings and
// backtick identifiers are skipped so `//` inside them is not taken as a comment.
function blankTrailingComments(text) {
  let lastCode = -1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      while (i < n && text[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < n && text[j] !== c) j += c !== '`' && text[j] === '\\' ? 2 : 1;
      lastCode = Math.min(j, n - 1);
      i = j + 1;
    } else {
      if (!/\s/.test(c)) lastCode = i;
      i++;
    }
  }
  const tail = text.slice(lastCode + 1);
  if (tail.trim() === '') return text;
  return text.slice(0, lastCode + 1) + tail.replace(/[^\r\n]/g, ' ');
}

function lintText(rawText) {
  const text = blankTrailingComments(rawText);
  // Empty schema: no labels/types/procedures/functions known, so the linter does
  // not flag unknown labels, procedures or functions (it only checks those when
  // the schema lists them).
  const result = lintCypherQuery(text, {}, { consoleCommandsEnabled: false });
  // Older prereleases return an array, newer ones { diagnostics, symbolTables }.
  const raw = Array.isArray(result) ? result : (result?.diagnostics ?? []);
  return raw
    .filter((d) => !PARAM_NOT_DEFINED.test(d.message))
    .map((d) => ({
      severity: SEVERITY[d.severity ?? 1] ?? 'error',
      message: d.message,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
    }))
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

const args = process.argv.slice(2);
if (args.length === 0 || args.includes('-h') || args.includes('--help')) usage();

const files = [];
for (const arg of args) {
  try {
    collect(arg, files);
  } catch (e) {
    usage(`cannot read ${arg}: ${e.message}`);
  }
}

const report = { files: [], errors: 0, warnings: 0 };
for (const file of [...new Set(files.map((f) => resolve(f)))]) {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  let diagnostics;
  try {
    diagnostics = lintText(text);
  } catch (e) {
    diagnostics = [
      { severity: 'error', message: `linter crashed: ${e?.message ?? e}`, line: 1, column: 1 },
    ];
  }
  const rel = relative(process.cwd(), file);
  report.files.push({ file: rel.startsWith('..') ? file : rel, diagnostics });
  for (const d of diagnostics) {
    if (d.severity === 'error') report.errors++;
    else if (d.severity === 'warning') report.warnings++;
  }
}

process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
process.exitCode = report.errors > 0 ? 1 : 0;
