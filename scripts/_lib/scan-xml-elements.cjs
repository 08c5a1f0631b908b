/**
 * A small, tolerant scanner for the start tags of an XML document: enough to read a
 * manifest's attributes and element nesting without an XML library. Well-formedness
 * is the schema validator's job; this never throws.
 */
'use strict';

const TAG = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTITY = /&(?:#x([0-9a-f]+)|#(\d+)|(lt|gt|amp|quot|apos));/gi;
const NAMED = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text) {
  return text.replace(ENTITY, (all, hex, dec, name) => {
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    if (dec) return String.fromCodePoint(parseInt(dec, 10));
    return NAMED[name.toLowerCase()] ?? all;
  });
}

/** Blanks comments, CDATA, processing instructions and DOCTYPE, keeping their line breaks. */
function blankMarkup(xml) {
  return xml.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>/g, (m) => m.replace(/[^\n]/g, ' '));
}

/**
 * @typedef {{ name: string, attrs: Record<string, string>, line: number, parent: ScannedElement | null, parents: string[] }} ScannedElement
 * @param {string} xml
 * @returns {ScannedElement[]} every element in document order, with 1-based line numbers
 */
function scanXmlElements(xml) {
  const text = blankMarkup(String(xml));
  const elements = [];
  const stack = [];
  let line = 1;
  let last = 0;
  for (const m of text.matchAll(TAG)) {
    for (let i = last; i < m.index; i++) if (text.charCodeAt(i) === 10) line++;
    last = m.index;
    const [, closing, name, rawAttrs, selfClosing] = m;
    if (closing) {
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at >= 0) stack.length = at;
      continue;
    }
    const attrs = {};
    for (const a of rawAttrs.matchAll(ATTR)) attrs[a[1]] = decodeEntities(a[2] ?? a[3]);
    const parent = stack.length > 0 ? stack[stack.length - 1] : null;
    const el = { name, attrs, line, parent, parents: stack.map((e) => e.name) };
    elements.push(el);
    if (!selfClosing) stack.push(el);
  }
  return elements;
}

module.exports = { scanXmlElements };
