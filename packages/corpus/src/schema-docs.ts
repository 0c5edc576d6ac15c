/**
 * Reading the schema as documentation: a field's description and its closed list of values, found
 * by the same dotted path the CSV tables use ("attribution.actorId"). The CSV descriptions, the
 * data package's enum constraints and the README's field tables all come from here, so each is
 * written once, in schema.ts.
 */
import { z } from 'zod';

/** The schema inside nullable, optional and default wrappers. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (
    inner instanceof z.ZodNullable ||
    inner instanceof z.ZodOptional ||
    inner instanceof z.ZodDefault
  )
    inner = inner.unwrap() as z.ZodType;
  return inner;
}

/** The schema one wrapper in: inside a nullable, optional or default; itself otherwise. */
function unwrapOnce(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodNullable ||
    schema instanceof z.ZodOptional ||
    schema instanceof z.ZodDefault
    ? (schema.unwrap() as z.ZodType)
    : schema;
}

/** The first description found on the schema or inside its wrappers. */
export function descriptionOf(schema: z.ZodType): string | undefined {
  for (let current = schema; ; current = unwrapOnce(current)) {
    const description = current.meta()?.description;
    if (description) return description;
    if (unwrapOnce(current) === current) return undefined;
  }
}

/** The schema of a field at a dotted path inside an object schema (lists are looked through). */
export function fieldSchema(schema: z.ZodType, path: string): z.ZodType {
  return path.split('.').reduce<z.ZodType>((current, key) => {
    let inner = unwrap(current);
    if (inner instanceof z.ZodArray) inner = unwrap(inner.element as z.ZodType);
    if (!(inner instanceof z.ZodObject))
      throw new Error(`no field "${key}" in the schema at ${path}`);
    const field = inner.shape[key] as z.ZodType | undefined;
    if (!field) throw new Error(`no field "${key}" in the schema at ${path}`);
    return field;
  }, schema);
}

/** The values a closed vocabulary allows, or undefined for an open field. */
export function enumValues(schema: z.ZodType): readonly string[] | undefined {
  const inner = unwrap(schema);
  return inner instanceof z.ZodEnum ? (inner.options as string[]) : undefined;
}

/** A field's description, which every generated document needs: an undocumented field is a bug. */
export function describedField(schema: z.ZodType, path: string): string {
  const description = descriptionOf(fieldSchema(schema, path));
  if (!description) throw new Error(`the field ${path} has no description in schema.ts`);
  return description;
}

interface FieldDoc {
  path: string;
  description: string;
  values?: readonly string[];
  /** For a field that may be left out: what it is then. */
  absent?: string;
}

/** What a field left out becomes: its default, or nothing for an optional field. */
function absentValue(schema: z.ZodType): string | undefined {
  if (schema instanceof z.ZodDefault) {
    const value: unknown = schema.def.defaultValue;
    return JSON.stringify(value);
  }
  if (schema instanceof z.ZodOptional) return 'left out';
  return undefined;
}

/** Every documented field inside an object schema, nested objects flattened to dotted paths. */
export function fieldDocs(schema: z.ZodType, prefix = ''): FieldDoc[] {
  let inner = unwrap(schema);
  if (inner instanceof z.ZodArray) inner = unwrap(inner.element as z.ZodType);
  if (!(inner instanceof z.ZodObject)) return [];
  return Object.entries(inner.shape as Record<string, z.ZodType>).flatMap(([name, field]) => {
    const path = `${prefix}${name}`;
    const element = unwrap(field);
    const nested =
      element instanceof z.ZodObject ||
      (element instanceof z.ZodArray &&
        unwrap(element.element as z.ZodType) instanceof z.ZodObject);
    const own = descriptionOf(field);
    const values = enumValues(field);
    const absent = absentValue(field);
    const doc: FieldDoc[] = own
      ? [{ path, description: own, ...(values ? { values } : {}), ...(absent ? { absent } : {}) }]
      : [];
    const suffix = element instanceof z.ZodArray ? '[].' : '.';
    return nested ? [...doc, ...fieldDocs(field, `${path}${suffix}`)] : doc;
  });
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

const meaning = (d: FieldDoc) =>
  [
    cell(d.description),
    d.values ? `One of ${d.values.map((v) => `\`${v}\``).join(', ')}` : '',
    d.absent ? `May be left out${d.absent === 'left out' ? '' : ` (default \`${d.absent}\`)`}` : '',
  ]
    .filter(Boolean)
    .join('. ');

/** A Markdown table of fields and what each means. */
export const fieldTable = (docs: readonly FieldDoc[]): string =>
  [
    '| field | meaning |',
    '| --- | --- |',
    ...docs.map((d) => `| \`${d.path}\` | ${meaning(d)} |`),
  ].join('\n');

/** The README's tables of the compiled corpus (corpus.json): one per collection. */
export function fieldTables(corpusSchema: z.ZodObject): string {
  const collections = Object.entries(corpusSchema.shape as Record<string, z.ZodType>).filter(
    ([, s]) => unwrap(s) instanceof z.ZodArray,
  );
  const topLevel = Object.keys(corpusSchema.shape).filter(
    (k) => !collections.some(([c]) => c === k),
  );
  const top = fieldDocs(corpusSchema).filter((d) => topLevel.includes(d.path.split('.')[0]!));
  return [
    '#### Top level',
    '',
    fieldTable(top),
    ...collections.flatMap(([name, s]) => [
      '',
      `#### \`${name}[]\``,
      '',
      `${descriptionOf(s)}.`,
      '',
      fieldTable(fieldDocs(s)),
    ]),
  ].join('\n');
}

/** The README's tables of the authored files: one per file, with what may be left out. */
export function authoredTables(files: Record<string, z.ZodType>): string {
  return Object.entries(files)
    .flatMap(([file, schema]) => [
      `#### \`${file}\``,
      '',
      unwrap(schema) instanceof z.ZodArray ? 'A list of records, each with these fields.\n' : '',
      fieldTable(fieldDocs(schema)),
      '',
    ])
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
