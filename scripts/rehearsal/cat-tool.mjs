// What a translator's CAT tool does to the file of npm run
// translation:export, for the rehearsal of publishing (scripts/rehearsal/run.mjs):
// every unit gets a target, its words test text (saying so and naming the
// unit) and each glossary term the unit's notes give in the target language,
// its placeholders (<ph/>) copied from the source, in the source's order, as
// the tool protects them; a name (the signatory) is kept as it is. The file is read with saxes, as translation:import reads
// it, and written back element by element: everything but the targets is
// left as it was.
import {SaxesParser} from 'saxes';

const escapeText = (/** @type {string} */ text) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const escapeAttribute = (/** @type {string} */ text) => escapeText(text).replaceAll('"', '&quot;');

/**
 * @param {string} name
 * @param {Record<string, string>} attributes
 * @param {boolean} selfClosing
 */
const openTag = (name, attributes, selfClosing) =>
  `<${name}${Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`)
    .join('')}${selfClosing ? '/>' : '>'}`;

/**
 * @typedef {object} TestText
 * @property {string} marker the first words of each unit's target, before the unit's name
 * @property {string} word every other run of words
 * @property {string[]} kept the units whose source is their target: names
 */

/** @param {string | {attributes: Record<string, string>}} item */
const inline = (item) => (typeof item === 'string' ? escapeText(item) : openTag('ph', item.attributes, true));

/**
 * The target of one unit: its source's text runs as test text, the first saying what it is and naming the unit,
 * the glossary's renderings after them, its placeholders as they are.
 * @param {string} unit
 * @param {(string | {attributes: Record<string, string>})[]} source
 * @param {string[]} renderings
 * @param {TestText} testText
 */
function target(unit, source, renderings, testText) {
  if (testText.kept.includes(unit)) return `<target>${source.map((item) => inline(item)).join('')}</target>`;
  let marked = false;
  const content = source.map((item, index) => {
    if (typeof item !== 'string' || !/\p{L}/u.test(item)) return inline(item);
    // Words apart from the placeholders around them: no ending typed onto a figure.
    const [, before = '', after = ''] = /^(\s*)[\s\S]*?(\s*)$/.exec(item) ?? [];
    const words = marked ? testText.word : `${testText.marker} (${unit})`;
    marked = true;
    const spaced = (/** @type {string} */ space, /** @type {boolean} */ edge) => (space || edge ? space : ' ');
    return escapeText(`${spaced(before, index === 0)}${words}${spaced(after, index === source.length - 1)}`);
  });
  const terms = renderings.length > 0 ? escapeText(` ${renderings.join(', ')}`) : '';
  return `<target>${content.join('')}${terms}</target>`;
}

/**
 * The exported XLIFF with every unit translated by the test, as a CAT tool saves it.
 * @param {string} xliff
 * @param {TestText} testText
 * @returns {string}
 */
export function translateWithTestText(xliff, testText) {
  const parser = new SaxesParser();
  /** @type {string[]} */
  const out = [];
  /** @type {string[]} */
  const open = [];
  /** @type {string[]} */
  let renderings = [];
  let note = '';
  /** @type {(string | {attributes: Record<string, string>})[]} */
  let source = [];
  let skipping = false;
  parser.on('xmldecl', ({version, encoding}) =>
    out.push(`<?xml version="${version ?? '1.0'}" encoding="${encoding ?? 'UTF-8'}"?>`),
  );
  parser.on('text', (text) => {
    const inside = open.at(-1);
    if (inside === 'note') note += text;
    if (inside === 'source') source.push(text);
    if (!skipping) out.push(escapeText(text));
  });
  let indent = '';
  let unit = '';
  parser.on('opentag', (tag) => {
    const attributes = /** @type {Record<string, string>} */ (tag.attributes);
    const before = out.at(-1) ?? '';
    if (tag.name === 'source') indent = /^\s*$/.test(before) ? before : '';
    // The line the old target stood on goes with it.
    if (tag.name === 'target' && /^\s*$/.test(before)) out.pop();
    if (tag.name === 'unit') {
      unit = attributes.id ?? '';
      renderings = [];
    }
    if (tag.name === 'note') note = '';
    if (tag.name === 'source') source = [];
    // A target the file has already (a translation to revise) is written anew.
    if (tag.name === 'target') skipping = true;
    if (open.at(-1) === 'source') {
      if (tag.name !== 'ph') throw new Error(`the rehearsal's CAT tool knows <ph/> in a source, not <${tag.name}>`);
      source.push({attributes});
    }
    if (!skipping) out.push(openTag(tag.name, attributes, tag.isSelfClosing));
    if (!tag.isSelfClosing) open.push(tag.name);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) open.pop();
    if (!skipping && !tag.isSelfClosing) out.push(`</${tag.name}>`);
    if (tag.name === 'target') skipping = false;
    // "Second Karabakh War → andra Karabachkriget (the 2020 war; …)": the rendering is the middle.
    const rendering = /→ (.+?)(?: \(.*\))?$/s.exec(note)?.[1];
    if (tag.name === 'note' && tag.attributes.category === 'glossary' && rendering) renderings.push(rendering);
    if (tag.name === 'source') out.push(indent, target(unit, source, renderings, testText));
  });
  parser.write(xliff).close();
  return `${out.join('')}\n`;
}
