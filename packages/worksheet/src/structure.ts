/**
 * The document's structure, derived from what the builders already write and run over the finished
 * definition like typesetting, so builders say at most what a chart shows (`alt`). pdfmake, as
 * patched, tags text as P, lists as L/LI, tables as Table/TR/TH/TD and drawings as Figure; this
 * pass refines that:
 * - text in a heading style is a heading (HEADING_LEVELS: H1, H2, H3);
 * - a table with no header rows only lays its cells out: a Div, not a Table;
 * - a node with `alt` is a Figure, everything drawn inside it included, and a drawing without one
 *   is decoration (an artifact);
 * - a table of contents gets leaders, since it is read across from an entry to its page number.
 * Headers, footers, backgrounds and repeated table headers are artifacts in pdfmake itself.
 */
import type { Content, DocumentDefinition, StructureType, TextNode } from './pdfmake.js';
import { HEADING_LEVELS } from './theme.js';

type Node = Exclude<Content, string | Content[]>;

function headingLevel(style: TextNode['style']): StructureType | undefined {
  const styles = typeof style === 'string' ? [style] : (style ?? []);
  return styles.map((s) => HEADING_LEVELS[s]).find(Boolean);
}

/** The tag a node gets when its builder did not give one, if it differs from pdfmake's default. */
function derivedTag(node: Node): StructureType | undefined {
  if (node.alt !== undefined) return 'Figure';
  if ('text' in node) return headingLevel(node.style);
  if ('table' in node) return node.table.headerRows ? undefined : 'Div';
  if ('canvas' in node) return 'Artifact';
  return undefined;
}

function structureNode(node: Node): Node {
  const tag = node.tag === undefined ? derivedTag(node) : undefined;
  const tagged: Node = tag ? { ...node, tag } : node;
  if (tagged.tag === 'Figure' || tagged.tag === 'Artifact') return tagged;
  if ('stack' in tagged) return { ...tagged, stack: tagged.stack.map(structureContent) };
  if ('columns' in tagged) return { ...tagged, columns: tagged.columns.map(structureContent) };
  if ('ul' in tagged || 'ol' in tagged)
    return {
      ...tagged,
      ...(tagged.ul && { ul: tagged.ul.map(structureContent) }),
      ...(tagged.ol && { ol: tagged.ol.map(structureContent) }),
    };
  if ('table' in tagged) {
    const body = tagged.table.body.map((row) => row.map(structureContent));
    return { ...tagged, table: { ...tagged.table, body } };
  }
  if ('toc' in tagged) {
    const title = tagged.toc.title && (structureNode(tagged.toc.title) as TextNode);
    return { ...tagged, toc: { leaders: true, ...tagged.toc, ...(title && { title }) } };
  }
  return tagged;
}

function structureContent(content: Content): Content {
  if (Array.isArray(content)) return content.map(structureContent);
  if (typeof content === 'string') return content;
  return structureNode(content);
}

/** The document with its structure filled in; the definition passed in is left as it was. */
export function structureDocument(definition: DocumentDefinition): DocumentDefinition {
  return { ...definition, content: structureContent(definition.content) };
}
