// A downloaded Word document read back apart from the app: the package unpacked by JSZip,
// its XML parts parsed by the browser's own XML parser (which refuses what is not
// well-formed), found the way Word finds them (content types, relationships).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';

const MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const HEADER = 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml';
const OFFICE_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';

/** What Word will find in the `.docx` file at `path`; `page` lends its XML parser. */
export async function readWord(page, path) {
  const zip = await JSZip.loadAsync(await readFile(path));
  const part = async (name) => {
    const file = zip.file(name);
    assert.ok(file, `${name} in the package (${Object.keys(zip.files).join(', ')})`);
    return file.async('string');
  };
  const parts = {};
  for (const name of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/_rels/document.xml.rels', 'word/styles.xml']) {
    parts[name] = await part(name);
  }
  const found = await page.evaluate(
    ({ parts, MAIN, OFFICE_DOCUMENT }) => {
      const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
      const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
      const parse = (name) => {
        const xml = new DOMParser().parseFromString(parts[name], 'application/xml');
        const error = xml.getElementsByTagName('parsererror')[0];
        if (error) throw new Error(`${name} is no well-formed XML: ${error.textContent}`);
        return xml;
      };
      const types = parse('[Content_Types].xml');
      const overrides = Object.fromEntries(
        [...types.getElementsByTagName('Override')].map((o) => [o.getAttribute('PartName'), o.getAttribute('ContentType')]),
      );
      const start = [...parse('_rels/.rels').getElementsByTagName('Relationship')].find((r) => r.getAttribute('Type') === OFFICE_DOCUMENT);
      const document = parse('word/document.xml');
      const w = (node, name) => [...node.getElementsByTagNameNS(W, name)];
      const attribute = (node, name) => node.getAttributeNS(W, name);
      // Text as Word shows it: w:t as written but for a line end in it, which Word shows as
      // a space; w:br a line break, w:tab a tab.
      const text = (paragraph) =>
        [...paragraph.getElementsByTagNameNS(W, '*')]
          .map((n) => (n.localName === 't' ? n.textContent.replace(/[\r\n]/g, ' ') : n.localName === 'br' ? '\n' : n.localName === 'tab' && n.parentNode.localName === 'r' ? '\t' : ''))
          .join('');
      const paragraphs = w(document, 'p');
      const headings = paragraphs
        .map((p) => ({ style: w(p, 'pStyle').map((s) => attribute(s, 'val'))[0] ?? '', text: text(p) }))
        .filter((h) => h.style.startsWith('Heading'));
      const tables = w(document, 'tbl').map((table) => w(table, 'tr').map((row) => w(row, 'tc').map((cell) => w(cell, 'p').map(text).join('\n'))));
      const styles = Object.fromEntries(
        w(parse('word/styles.xml'), 'style').map((s) => [attribute(s, 'styleId'), attribute(w(s, 'name')[0], 'val')]),
      );
      const size = w(document, 'pgSz')[0];
      const relationships = [...parse('word/_rels/document.xml.rels').getElementsByTagName('Relationship')];
      const headerParts = w(document, 'headerReference').map((reference) => {
        const id = reference.getAttributeNS(R, 'id');
        return `word/${relationships.find((r) => r.getAttribute('Id') === id)?.getAttribute('Target')}`;
      });
      return {
        main: overrides['/word/document.xml'] === MAIN,
        start: start?.getAttribute('Target').replace(/^\//, ''),
        overrides,
        paragraphs: paragraphs.map(text),
        headings,
        tables,
        styles,
        page: { width: attribute(size, 'w'), height: attribute(size, 'h'), orient: attribute(size, 'orient') },
        headerParts,
      };
    },
    { parts, MAIN, OFFICE_DOCUMENT },
  );
  assert.ok(found.main, '[Content_Types].xml declares word/document.xml the main document');
  assert.equal(found.start, 'word/document.xml', '_rels/.rels leads to word/document.xml');
  // The page header: each part a header reference leads to, declared a header.
  const header = [];
  for (const name of found.headerParts) {
    assert.equal(found.overrides[`/${name}`], HEADER, `${name} is declared a header`);
    const xml = await part(name);
    header.push(
      await page.evaluate((xml) => {
        const parsed = new DOMParser().parseFromString(xml, 'application/xml');
        if (parsed.getElementsByTagName('parsererror')[0]) throw new Error('the header is no well-formed XML');
        return parsed.documentElement.textContent;
      }, xml),
    );
  }
  return { ...found, header };
}
