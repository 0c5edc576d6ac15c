/**
 * Reads the authored corpus (a folder of YAML and texts) and compiles it to the published form:
 * quotes located to character offsets, texts embedded and hashed. Every problem is reported with
 * the file it is in; nothing is guessed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import type { CorpusIssue } from '../issues.js';
import { locateSchemaIssue, safeParseCorpus, type ParseResult } from '../parse.js';
import { Actor, Outlet, Topic, type Corpus, type Span } from '../schema.js';
import { AuthoredDocument, AuthoredManifest } from './format.js';

interface Located {
  span?: Span;
  issue?: string;
}

/** Finds the nth (1-based) occurrence of `needle` in `haystack`, insisting on it being unambiguous. */
export function locate(
  haystack: string,
  needle: string,
  occurrence: number | undefined,
  offset = 0,
): Located {
  const starts: number[] = [];
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1))
    starts.push(i);
  if (starts.length === 0)
    return { issue: `"${needle}" does not occur${offset ? ' in the quote' : ' in the text'}` };
  if (occurrence === undefined && starts.length > 1) {
    return {
      issue: `"${needle}" occurs ${starts.length} times; say which with an occurrence number (1–${starts.length})`,
    };
  }
  const start = starts[(occurrence ?? 1) - 1];
  if (start === undefined)
    return {
      issue: `"${needle}" occurs ${starts.length} times, so occurrence ${occurrence} does not exist`,
    };
  return { span: { exact: needle, start: offset + start, end: offset + start + needle.length } };
}

interface Source {
  file: string;
  data: unknown;
}

function readYaml(path: string, root: string, issues: CorpusIssue[]): Source | undefined {
  const file = relative(root, path) || path;
  if (!existsSync(path)) {
    issues.push({ rule: 'files', file, message: 'the file is missing' });
    return undefined;
  }
  const doc = parseDocument(readFileSync(path, 'utf8'), { prettyErrors: true });
  if (doc.errors.length) {
    for (const e of doc.errors)
      issues.push({ rule: 'yaml', file, message: e.message.split('\n')[0]! });
    return undefined;
  }
  return { file, data: doc.toJS() };
}

function validate<T>(
  schema: z.ZodType<T>,
  source: Source,
  issues: CorpusIssue[],
  collection?: string,
): T | undefined {
  const parsed = schema.safeParse(source.data);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const data = collection ? { [collection]: source.data } : source.data;
    const path = collection ? { ...issue, path: [collection, ...issue.path] } : issue;
    issues.push(locateSchemaIssue(path, data, source.file));
  }
  return undefined;
}

/** Compiles a corpus folder: `corpus.yaml`, `outlets.yaml`, `actors.yaml`, `topics.yaml`, `documents/*.yaml`, `texts/*.txt`. */
export function compileCorpusFolder(root: string): ParseResult {
  const issues: CorpusIssue[] = [];
  const fileOf = new Map<string, string>();
  const read = (name: string) => readYaml(join(root, name), root, issues);

  const manifestSource = read('corpus.yaml');
  const manifest = manifestSource && validate(AuthoredManifest, manifestSource, issues);
  const registry = <T>(name: string, collection: string, schema: z.ZodType<T>) => {
    const source = read(name);
    return (source && validate(schema.array(), source, issues, collection)) ?? [];
  };
  const outlets = registry('outlets.yaml', 'outlets', Outlet);
  const actors = registry('actors.yaml', 'actors', Actor);
  const topics = registry('topics.yaml', 'topics', Topic);

  const corpus: Corpus = {
    version: manifest?.version ?? '0.0.0',
    released: manifest?.released ?? '0000',
    title: manifest?.title ?? '',
    event: manifest?.event ?? { name: '', place: '', began: '0000', description: '' },
    documents: [],
    outlets,
    actors,
    topics,
    claims: [],
    statements: [],
    flags: [],
    nonClaims: [],
  };

  const documentsDir = join(root, 'documents');
  const files = existsSync(documentsDir)
    ? readdirSync(documentsDir)
        .filter((f) => /\.ya?ml$/.test(f))
        .sort()
    : [];
  if (files.length === 0)
    issues.push({
      rule: 'files',
      file: relative(root, documentsDir) || 'documents',
      message: 'no document files (*.yaml) found',
    });

  for (const name of files) {
    const source = read(join('documents', name));
    const authored = source && validate(AuthoredDocument, source, issues);
    if (!source || !authored) continue;
    const textPath = join(root, 'texts', authored.sourceFile);
    if (!existsSync(textPath)) {
      issues.push({
        rule: 'files',
        file: source.file,
        field: 'sourceFile',
        message: `the text file texts/${authored.sourceFile} is missing`,
      });
      continue;
    }
    const text = readFileSync(textPath, 'utf8');
    const { claims, statements, flags, nonClaims, ...meta } = authored;
    const documentId = meta.id;
    fileOf.set(`documents:${documentId}`, source.file);
    corpus.documents.push({
      ...meta,
      text,
      sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
    });

    const place = (collection: string, recordId: string, field: string, located: Located) => {
      fileOf.set(`${collection}:${recordId}`, source.file);
      if (located.issue)
        issues.push({
          rule: 'quote-located',
          file: source.file,
          collection,
          recordId,
          field,
          message: located.issue,
        });
      return located.span;
    };

    for (const { quote, quoteOccurrence, numeral, numeralOccurrence, ...claim } of claims) {
      const q = place('claims', claim.id, 'quote', locate(text, quote, quoteOccurrence));
      if (!q) continue;
      const n = place(
        'claims',
        claim.id,
        'numeral',
        locate(quote, numeral, numeralOccurrence, q.start),
      );
      if (!n) continue;
      corpus.claims.push({
        ...claim,
        documentId,
        quote: q,
        numeral: { asWritten: n.exact, start: n.start, end: n.end },
      });
    }
    for (const { quote, quoteOccurrence, ...statement } of statements) {
      const q = place('statements', statement.id, 'quote', locate(text, quote, quoteOccurrence));
      if (q) corpus.statements.push({ ...statement, documentId, quote: q });
    }
    for (const { quote, quoteOccurrence, ...flag } of flags) {
      const q = place('flags', flag.id, 'quote', locate(text, quote, quoteOccurrence));
      if (q) corpus.flags.push({ ...flag, documentId, quote: q });
    }
    for (const { quote, quoteOccurrence, ...nonClaim } of nonClaims) {
      const q = place('nonClaims', nonClaim.id, 'quote', locate(text, quote, quoteOccurrence));
      if (q) corpus.nonClaims.push({ ...nonClaim, documentId, quote: q });
    }
  }

  if (issues.length) return { ok: false, issues };
  normaliseFlagLinks(corpus);
  const result = safeParseCorpus(corpus);
  if (result.ok) return result;
  // Integrity rules see the compiled corpus; point each problem back at the file to edit.
  const withFiles = result.issues.map((issue) => {
    const file =
      issue.collection && issue.recordId
        ? fileOf.get(`${issue.collection}:${issue.recordId}`)
        : undefined;
    const registryFile =
      issue.collection && ['outlets', 'actors', 'topics'].includes(issue.collection)
        ? `${issue.collection}.yaml`
        : undefined;
    const where = file ?? registryFile;
    return where ? { ...issue, file: where } : issue;
  });
  return { ok: false, issues: withFiles };
}

/** Orders the two sides of the claim–flag link by corpus order, so every export writes it once and reads it back the same. */
function normaliseFlagLinks(corpus: Corpus): void {
  const claimOrder = new Map(corpus.claims.map((c, i) => [c.id, i]));
  const flagOrder = new Map(corpus.flags.map((f, i) => [f.id, i]));
  const byOrder = (order: Map<string, number>) => (a: string, b: string) =>
    (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity);
  for (const c of corpus.claims) c.flagIds.sort(byOrder(flagOrder));
  for (const f of corpus.flags) f.claimIds.sort(byOrder(claimOrder));
}
