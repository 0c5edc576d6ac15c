/**
 * What the printed document's structure needs beyond what the builders write: this pass runs over
 * the finished document definition, like typesetting, so the builders stay free of it.
 */
import type { Content, DocumentDefinition } from 'pdfmake';

/** A contents list is read across from an entry to its page number: every one gets leaders. */
function structureContent(content: Content): Content {
  if (Array.isArray(content)) return content.map(structureContent);
  if (typeof content === 'object' && 'toc' in content)
    return { ...content, toc: { leaders: true, ...content.toc } };
  return content;
}

/** The document with its structure filled in; the definition passed in is left as it was. */
export function structureDocument(definition: DocumentDefinition): DocumentDefinition {
  return { ...definition, content: structureContent(definition.content) };
}
