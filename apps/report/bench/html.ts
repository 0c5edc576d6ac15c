/**
 * The briefing's document definition as an HTML page, for the benchmark against printing HTML with
 * headless Chromium: the same content (every text, table and chart), the same fonts, A4 pages. It
 * is written from the definition before typesetting, so Chromium does its own font fallback and
 * bidi. Running headers, page numbers and contents page numbers are left out, because Chromium's
 * command line cannot print them; the contents list their entries, linked, without page numbers.
 */
import { pathToFileURL } from 'node:url';
import type { CanvasElement, Content, DocumentDefinition, Inline, Style, TextNode } from 'pdfmake';
import { FONT_FILES } from '../src/pdf/fonts.js';

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function css(style: Style & { sup?: boolean }): string {
  const rules: string[] = [];
  if (style.fontSize) rules.push(`font-size:${style.fontSize}pt`);
  if (style.bold) rules.push('font-weight:700');
  if (style.italics) rules.push('font-style:italic');
  if (style.color) rules.push(`color:${style.color}`);
  if (style.alignment) rules.push(`text-align:${style.alignment}`);
  if (style.characterSpacing) rules.push(`letter-spacing:${style.characterSpacing}pt`);
  if (style.lineHeight) rules.push(`line-height:${style.lineHeight}`);
  if (style.margin !== undefined) {
    const m =
      typeof style.margin === 'number'
        ? [style.margin, style.margin, style.margin, style.margin]
        : style.margin.length === 2
          ? [style.margin[0], style.margin[1], style.margin[0], style.margin[1]]
          : style.margin;
    rules.push(`margin:${m[1]}pt ${m[2]}pt ${m[3]}pt ${m[0]}pt`);
  }
  return rules.join(';');
}

const classes = (style: string | string[] | undefined) =>
  style ? ` class="${[style].flat().join(' ')}"` : '';

function inline(item: Inline): string {
  if (typeof item === 'string') return escape(item);
  const body = typeof item.text === 'string' ? escape(item.text) : item.text.map(inline).join('');
  const tag = item.sup ? 'sup' : 'span';
  const inner = `<${tag}${classes(item.style)} style="${css(item)}"${item.id ? ` id="${item.id}"` : ''}>${body}</${tag}>`;
  return item.linkToDestination ? `<a href="#${item.linkToDestination}">${inner}</a>` : inner;
}

function svg(elements: CanvasElement[]): string {
  const shapes = elements.map((e) => {
    switch (e.type) {
      case 'rect':
        return `<rect x="${e.x}" y="${e.y}" width="${e.w}" height="${e.h}" fill="${e.color ?? 'none'}" stroke="${e.lineColor ?? 'none'}"/>`;
      case 'line':
        return `<line x1="${e.x1}" y1="${e.y1}" x2="${e.x2}" y2="${e.y2}" stroke="${e.lineColor ?? '#000'}" stroke-width="${e.lineWidth ?? 1}"/>`;
      case 'polyline':
        return `<polygon points="${e.points.map((p) => `${p.x},${p.y}`).join(' ')}" fill="${e.color ?? 'none'}" stroke="${e.lineColor ?? 'none'}" stroke-width="${e.lineWidth ?? 1}"/>`;
      case 'ellipse':
        return `<ellipse cx="${e.x}" cy="${e.y}" rx="${e.r1}" ry="${e.r2}" fill="${e.color ?? 'none'}" stroke="${e.lineColor ?? 'none'}" stroke-width="${e.lineWidth ?? 1}"/>`;
    }
  });
  const width = Math.max(
    1,
    ...elements.map((e) =>
      'w' in e
        ? e.x + e.w
        : 'x2' in e
          ? Math.max(e.x1, e.x2)
          : 'r1' in e
            ? e.x + e.r1
            : Math.max(...e.points.map((p) => p.x)),
    ),
  );
  const height = Math.max(
    1,
    ...elements.map((e) =>
      'h' in e
        ? e.y + e.h
        : 'y2' in e
          ? Math.max(e.y1, e.y2)
          : 'r2' in e
            ? e.y + e.r2
            : Math.max(...e.points.map((p) => p.y)),
    ),
  );
  return `<svg width="${width}pt" height="${height}pt" viewBox="0 0 ${width} ${height}">${shapes.join('')}</svg>`;
}

function block(content: Content): string {
  if (typeof content === 'string') return `<p>${escape(content)}</p>`;
  if (Array.isArray(content)) return content.map(block).join('\n');
  const style = css(content as Style);
  const brk = 'pageBreak' in content && content.pageBreak === 'before' ? 'break-before:page;' : '';
  const position = 'relativePosition' in content && content.relativePosition;
  const placed = position
    ? `position:absolute;left:${position.x ?? 0}pt;top:${position.y ?? 0}pt;`
    : '';
  const open = (tag: string) =>
    `<${tag}${classes(content.style)} style="${brk}${placed}${style}"${'id' in content && content.id ? ` id="${content.id}"` : ''}>`;
  if ('text' in content) {
    const node = content as TextNode;
    const tag =
      node.style === 'h1' ? 'h1' : node.style === 'h2' ? 'h2' : node.style === 'h3' ? 'h3' : 'p';
    const body = typeof node.text === 'string' ? escape(node.text) : node.text.map(inline).join('');
    return `${open(tag)}${body}</${tag}>`;
  }
  if ('stack' in content)
    return `${open('div')}<div style="position:relative">${content.stack.map(block).join('')}</div></div>`;
  if ('columns' in content)
    return `${open('div')}<div style="display:flex;gap:8pt">${content.columns.map((c) => `<div>${block(c)}</div>`).join('')}</div></div>`;
  if ('ul' in content || 'ol' in content) {
    const items = ('ul' in content ? content.ul : content.ol) ?? [];
    return `${open('ul')}${items.map((i) => `<li>${block(i)}</li>`).join('')}</ul>`;
  }
  if ('table' in content) {
    const rows = content.table.body.map(
      (row) =>
        `<tr>${row.map((cell) => (cell === '' ? '<td></td>' : `<td${typeof cell === 'object' && 'colSpan' in cell && cell.colSpan ? ` colspan="${cell.colSpan}"` : ''}>${block(cell)}</td>`)).join('')}</tr>`,
    );
    return `${open('table')}${rows.join('')}</table>`;
  }
  if ('canvas' in content) return `${open('div')}${svg(content.canvas)}</div>`;
  if ('toc' in content)
    return `${open('nav')}${content.toc.title ? block(content.toc.title) : ''}${CONTENTS}</nav>`;
  return '';
}

/** Where the contents go, filled in once every entry is known. */
const CONTENTS = '<!--contents-->';

/** The headings listed in the contents (`tocItem`), in reading order. */
function contentsEntries(content: Content): TextNode[] {
  if (typeof content === 'string') return [];
  if (Array.isArray(content)) return content.flatMap(contentsEntries);
  if ('text' in content) return content.tocItem ? [content as TextNode] : [];
  if ('stack' in content) return content.stack.flatMap(contentsEntries);
  if ('columns' in content) return content.columns.flatMap(contentsEntries);
  return [];
}

function contents(content: Content): string {
  const entries = contentsEntries(content).map((node) => {
    const text = typeof node.text === 'string' ? escape(node.text) : node.text.map(inline).join('');
    const indent = Array.isArray(node.tocMargin)
      ? ` style="margin-left:${node.tocMargin[0]}pt"`
      : '';
    return `<li${indent}><a href="#${node.id}">${text}</a></li>`;
  });
  return `<ol style="list-style:none;padding:0">${entries.join('')}</ol>`;
}

function fontFaces(): string {
  const faces: string[] = [];
  for (const [family, files] of Object.entries(FONT_FILES)) {
    const styles = [
      ['normal', 400, 'normal'],
      ['bold', 700, 'normal'],
      ['italics', 400, 'italic'],
      ['bolditalics', 700, 'italic'],
    ] as const;
    for (const [key, weight, style] of styles) {
      faces.push(
        `@font-face{font-family:${family};src:url("${pathToFileURL(files[key]).href}");font-weight:${weight};font-style:${style}}`,
      );
    }
  }
  return faces.join('\n');
}

export function toHtml(definition: DocumentDefinition): string {
  const styles = Object.entries(definition.styles ?? {})
    .map(([name, style]) => `.${name}{${css(style)}}`)
    .join('\n');
  return `<!doctype html>
<html lang="${definition.language ?? 'en'}"><head><meta charset="utf-8"><title>${escape(definition.info?.title ?? '')}</title>
<style>
${fontFaces()}
@page{size:A4;margin:66pt 54pt 58pt 54pt}
body{font-family:NotoSans,NotoSansArabic,NotoSansMath;font-size:9pt;line-height:1.22;color:#1a1a1a;margin:0}
table{border-collapse:collapse;width:100%}td{vertical-align:top;padding:3pt 5pt;border-bottom:0.4pt solid #b3b3b3}
tr{break-inside:avoid}p{margin:0 0 4pt}
${styles}
</style></head><body>
${block(definition.content).replace(CONTENTS, contents(definition.content))}
</body></html>
`;
}
