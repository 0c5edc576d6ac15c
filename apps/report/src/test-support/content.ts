/** Reading a pdfmake document definition in tests: its nodes, and its words as one string. */
import type { Content } from 'pdfmake';

type Node = Exclude<Content, string | Content[]>;

/** Every node of a document's content, depth first. */
export function nodes(content: Content): Node[] {
  if (typeof content === 'string') return [];
  if (Array.isArray(content)) return content.flatMap(nodes);
  const children = [
    ...('stack' in content ? content.stack : []),
    ...('columns' in content ? content.columns : []),
    ...('ul' in content && content.ul ? content.ul : []),
    ...('table' in content ? content.table.body.flat() : []),
    ...('text' in content && Array.isArray(content.text) ? content.text : []),
  ];
  return [content, ...children.flatMap((c) => nodes(c as Content))];
}

/** All the words of the content in reading order, as one string; cells and blocks apart by a space. */
export function words(content: Content): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map(words).join(' ');
  if ('text' in content)
    return typeof content.text === 'string'
      ? content.text
      : content.text.map((t) => (typeof t === 'string' ? t : words(t))).join('');
  if ('table' in content)
    return content.table.body
      .flat()
      .map((c) => words(c as Content))
      .join(' ');
  if ('stack' in content) return words(content.stack);
  if ('columns' in content) return words(content.columns);
  if ('ul' in content && content.ul) return words(content.ul);
  return '';
}
