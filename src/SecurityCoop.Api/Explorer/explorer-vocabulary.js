// The node and relation types, read from the API's schema (the NodeType and RelationType enums), so the
// legend, the filters and the colours follow the schema instead of a copy of it.
import { el } from './explorer-dom.js';

/** Colours in schema order; a type beyond the palette gets a colour from its name. */
const PALETTE = ['#2f6db5', '#d9572b', '#e6a11f', '#3f9c4a', '#8e5ac8', '#b0436f', '#25a3a8', '#5b5b5b', '#c1a36b', '#8fa4bf'];

export const VOCABULARY_QUERY = `query Vocabulary {
  nodeTypes: __type(name: "NodeType") { enumValues { name description } }
  relationTypes: __type(name: "RelationType") { enumValues { name description } } }`;

/** Filled by loadVocabulary: [{ type, label, colour, description }] and [{ type, description }]. */
export const vocabulary = { nodeTypes: [], relationTypes: [] };
const byType = new Map();

export function loadVocabulary(data) {
  if (!data.nodeTypes || !data.relationTypes) throw new Error('The schema has no NodeType or RelationType enum.');
  vocabulary.nodeTypes = data.nodeTypes.enumValues.map((v, i) => ({
    type: v.name, label: titleCase(v.name), colour: PALETTE[i] ?? colourFromName(v.name), description: v.description ?? '',
  }));
  vocabulary.relationTypes = data.relationTypes.enumValues.map(v => ({ type: v.name, description: v.description ?? '' }));
  byType.clear();
  vocabulary.nodeTypes.forEach(t => byType.set(t.type, t));
}

function titleCase(name) {
  const words = name.toLowerCase().split('_');
  return [words[0][0].toUpperCase() + words[0].slice(1), ...words.slice(1)].join(' ');
}

function colourFromName(name) {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return `hsl(${hash % 360} 55% 45%)`;
}

export const colourOf = type => byType.get(type)?.colour ?? '#999';
export const typeLabel = type => byType.get(type)?.label ?? type;
/** "states", "organisations": a type's label for a count of several. */
export const typePlural = type => `${typeLabel(type).toLowerCase()}s`;

export function swatch(type) {
  return el('span', { class: 'swatch', style: `background:${colourOf(type)}`, title: typeLabel(type) });
}
