/**
 * Names and spellings: every place and actor the texts name, with each spelling they use and
 * which texts use it, so a reader can tell that Ghwayran, Ghweiran and Xiwêran are one place.
 */
import {
  usesSpelling,
  type Actor,
  type Corpus,
  languageName,
} from '@attribution-lab/corpus/queries';
import type { Cell, Content } from 'pdfmake';
import { RULED, keepWithNext, sectionHeading, subHeading } from '@attribution-lab/worksheet';
import type { BriefingContext } from './context.js';
import { curlyQuotes, documentLabel, documentsInOrder } from './format.js';

export const NAMES_ID = 'names';

const GROUPS: { title: string; id: string; kinds: Actor['kind'][] }[] = [
  { title: 'Places and facilities', id: 'names-places', kinds: ['place', 'facility'] },
  { title: 'People', id: 'names-people', kinds: ['person'] },
  {
    title: 'Armed groups, governments and organisations',
    id: 'names-groups',
    kinds: ['armed-group', 'government', 'organisation'],
  },
  { title: 'Media and unnamed sources', id: 'names-media', kinds: ['media', 'unnamed-source'] },
];

/** Each spelling with the labels of the texts that use it, exactly as written. */
export function spellings(
  corpus: Corpus,
  actor: Actor,
): { spelling: string; documents: string[] }[] {
  const names = [...new Set([actor.name, ...actor.aliases])];
  return names
    .map((spelling) => ({
      spelling,
      documents: documentsInOrder(corpus)
        .filter((d) => usesSpelling(d.text, spelling))
        .map((d) => documentLabel(corpus, d)),
    }))
    .filter((s) => s.documents.length > 0);
}

function table(ctx: BriefingContext, actors: Actor[]): Content {
  const header: Cell[] = [
    'Name used here',
    'Spellings in the texts (texts using each)',
    'Who or what',
  ].map((h) => ({
    text: h,
    style: 'cellHead',
  }));
  const body: Cell[][] = actors.map((actor) => {
    const used = spellings(ctx.corpus, actor);
    return [
      { text: actor.name, bold: true },
      used.length
        ? {
            text: used.flatMap((s, i) => [
              ...(i ? ['; '] : []),
              { text: s.spelling, italics: true },
              ` (${s.documents.join(', ')})`,
            ]),
          }
        : { text: 'only under the name used here', style: 'small' },
      { text: curlyQuotes(actor.description), style: 'small' },
    ];
  });
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: [110, 150, '*'],
      body: [header, ...body],
    },
    layout: RULED,
    style: 'cell',
  };
}

function translatedFrom(corpus: Corpus): string {
  const languages = [
    ...new Set(
      corpus.documents
        .filter((d) => d.translation !== 'original')
        .map((d) => languageName(d.originalLanguage.language)),
    ),
  ];
  if (languages.length === 0) return '';
  const list =
    languages.length === 1
      ? languages[0]
      : `${languages.slice(0, -1).join(', ')} and ${languages.at(-1)}`;
  return `, some after translation from ${list}`;
}

export function names(ctx: BriefingContext): Content[] {
  const intro: Content[] = [
    sectionHeading('Annex B. Names and spellings', NAMES_ID),
    {
      text: `The texts spell the same places and actors in different ways${translatedFrom(ctx.corpus)}. Each spelling is copied exactly from the texts, typing errors included.`,
      style: 'lead',
    },
  ];
  const groups = GROUPS.map(({ title, id, kinds }) => ({
    heading: subHeading(title, id, NAMES_ID),
    actors: ctx.corpus.actors.filter((a) => kinds.includes(a.kind)),
  })).filter((g) => g.actors.length > 0);
  return groups.flatMap(({ heading, actors }, i) =>
    keepWithNext([...(i === 0 ? intro : []), heading], table(ctx, actors)),
  );
}
