/**
 * Names: "Which of these name the same place as 'Ghweiran'?" The right options are the other
 * spellings the texts use for the same actor; the wrong ones are the look-alike names of other
 * places (or groups, or people), chosen by how alike they look and, first, by looking like the
 * right ones. A spelling that two actors share is never offered, since it would be right and wrong
 * at once. Nor is a question a glance answers: a right option that shares a word with the name
 * asked about, right options that share a word among themselves, or right options whose shape
 * alone (initials among full names) sets them apart.
 */
import { spellingOffsets, type Actor, type Document } from '@attribution-lab/corpus/queries';
import { passageEvidence } from '../evidence.js';
import {
  buildExercise,
  CHOOSE_ALL,
  clampDifficulty,
  formatFor,
  type DraftOption,
} from '../exercise.js';
import { listInWords, verbFor } from '../format.js';
import { fold, type Lookup } from '../lookup.js';
import { passagesOf } from '../passages.js';
import { SIDE_BY_SIDE } from '../reading.js';
import type { Evidence, Exercise, Misconception } from '../types.js';

type ActorKind = Actor['kind'];

const MAX_RIGHT = 3;
const MAX_WRONG = 2;
const LOOK_ALIKE = 0.5;

const NOUN: Record<ActorKind, string> = {
  person: 'person',
  'armed-group': 'group',
  organisation: 'organisation',
  government: 'government or country',
  media: 'news organisation',
  'unnamed-source': 'source',
  place: 'place',
  facility: 'place',
};

const isPlace = (kind: ActorKind) => kind === 'place' || kind === 'facility';
/** Look-alikes come from the same kind of actor; places and facilities share names ("Al-Hasakah prison"). */
const familyOf = (kind: ActorKind) => (isPlace(kind) ? 'place' : kind);
/**
 * A government's names overlap in what they mean ("Americans", "Washington", "US soldiers" belong to
 * different actors yet a reader may fairly take them as one), and unnamed sources have no spellings.
 */
const ASKED = (kind: ActorKind) => kind !== 'government' && kind !== 'unnamed-source';

/** The letter pairs of a folded spelling as sorted numbers: "ghweiran" → an, ei, gh, hw, ir, ra, we. */
const letterPairs = (s: string): Int32Array => {
  const folded = fold(s);
  const pairs = new Int32Array(Math.max(0, folded.length - 1));
  for (let i = 0; i < pairs.length; i++)
    pairs[i] = folded.charCodeAt(i) * 65536 + folded.charCodeAt(i + 1);
  return pairs.sort();
};

/** Sørensen–Dice similarity of two sorted letter-pair lists: 1 for the same spelling, near 0 for unrelated ones. */
function similarity(x: Int32Array, y: Int32Array): number {
  if (x.length + y.length === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length;) {
    if (x[i] === y[j]) {
      shared++;
      i++;
      j++;
    } else if (x[i]! < y[j]!) i++;
    else j++;
  }
  return (2 * shared) / (x.length + y.length);
}

interface Spelling {
  spelling: string;
  pairs: Int32Array;
}

/** The words of a spelling a reader matches by eye: folded, three letters or more ("al" and "of" are not). */
const wordsOf = (spelling: string) =>
  new Set(
    fold(spelling)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 3),
  );

type Shape = 'initials' | 'one word' | 'several words';

/** What a spelling looks like at a glance: initials ("SDF"), one word, or several. */
const shapeOf = (spelling: string): Shape =>
  /^\p{Lu}{2,6}$/u.test(spelling)
    ? 'initials'
    : spelling.trim().split(/\s+/).length === 1
      ? 'one word'
      : 'several words';

/**
 * The other spellings worth asking about: none that shares a word with the one shown ("Saleh" for
 * "Saleh Muslim", "US-led coalition" for "International Coalition Against ISIS"), which a glance
 * matches without reading, and never several that share a word among themselves ("coalition" in
 * every right option), which would mark them out together.
 */
function fairRight(shown: string, others: readonly string[]): string[] {
  const seen = wordsOf(shown);
  const right = others.filter((s) => ![...wordsOf(s)].some((w) => seen.has(w))).slice(0, MAX_RIGHT);
  const [first, ...rest] = right.map(wordsOf);
  const shared = first ? [...first].filter((w) => rest.every((words) => words.has(w))) : [];
  return rest.length > 0 && shared.length > 0 ? right.slice(0, 1) : right;
}

/** Whether the right options alone share a shape (all initials, say, among full names). */
function shapeGivesAway(right: readonly string[], wrong: readonly string[]): boolean {
  const shapes = new Set(right.map(shapeOf));
  return shapes.size === 1 && !wrong.some((w) => shapes.has(shapeOf(w)));
}

/**
 * Each actor's spellings, one per folded form, leaving out any folded form another actor uses too:
 * such a spelling would be right and wrong at once.
 */
function spellings(actors: readonly Actor[]): Map<string, Spelling[]> {
  const owners = new Map<string, Set<string>>();
  const own = new Map<string, Map<string, string>>();
  for (const actor of actors) {
    const seen = new Map<string, string>();
    for (const alias of actor.aliases) if (!seen.has(fold(alias))) seen.set(fold(alias), alias);
    own.set(actor.id, seen);
    for (const folded of seen.keys())
      owners.set(folded, (owners.get(folded) ?? new Set()).add(actor.id));
  }
  return new Map(
    [...own].map(([id, seen]) => [
      id,
      [...seen]
        .filter(([folded]) => owners.get(folded)!.size === 1)
        .map(([, spelling]) => ({ spelling, pairs: letterPairs(spelling) })),
    ]),
  );
}

export function names(lookup: Lookup): Exercise[] {
  const { actors } = lookup.corpus;
  const usable = spellings(actors);
  const firstUses = new Map<string, { document: Document; start: number; end: number } | null>();
  // The first text that uses the spelling as a word of its own is enough to show it: the
  // evidence for "IS" is never the inside of "ISIS".
  const firstUse = (spelling: string) => {
    if (!firstUses.has(spelling)) {
      let found = null;
      search: for (const document of lookup.corpus.documents)
        for (let at = document.text.indexOf(spelling); at !== -1;) {
          // The corpus's rule decides whether this is the word, read in a window just wide enough
          // for it to see the characters either side, not in the whole text.
          const from = Math.max(0, at - 2);
          const [use] = spellingOffsets(
            document.text.slice(from, at + spelling.length + 2),
            spelling,
          );
          if (use) {
            found = { document, start: from + use.start, end: from + use.end };
            break search;
          }
          at = document.text.indexOf(spelling, at + 1);
        }
      firstUses.set(spelling, found);
    }
    return firstUses.get(spelling)!;
  };
  const evidenceFor = (spelling: string): Evidence[] => {
    const use = firstUse(spelling);
    return use ? [passageEvidence(use.document, use.start, use.end)] : [];
  };
  const passagesFor = (spelling: string) => {
    const use = firstUse(spelling);
    return use ? passagesOf(use.document, [use], { max: SIDE_BY_SIDE }) : [];
  };
  /** The look-alike names of other actors of the family: the likeliest to be taken for the same, of the right options' shape first. */
  const lookAlikesOf = (actor: Actor, shown: Spelling, shapes: ReadonlySet<Shape>) =>
    actors
      .filter((a) => a.id !== actor.id && familyOf(a.kind) === familyOf(actor.kind))
      .flatMap((a) => {
        const best = usable
          .get(a.id)!
          .map(({ spelling, pairs }) => ({
            spelling,
            actor: a,
            fits: shapes.has(shapeOf(spelling)) ? 1 : 0,
            score: similarity(shown.pairs, pairs),
          }))
          .sort((p, q) => q.fits - p.fits || q.score - p.score)[0];
        return best ? [best] : [];
      })
      .sort((p, q) => q.fits - p.fits || q.score - p.score)
      .slice(0, MAX_WRONG);
  /** The first of the actor's spellings to ask about that leaves a question no glance can answer. */
  const question = (actor: Actor, mine: readonly Spelling[]) => {
    for (const shown of mine) {
      const right = fairRight(
        shown.spelling,
        mine.filter((s) => s !== shown).map((s) => s.spelling),
      );
      if (right.length === 0) continue;
      const lookAlikes = lookAlikesOf(actor, shown, new Set(right.map(shapeOf)));
      if (
        lookAlikes.length > 0 &&
        !shapeGivesAway(
          right,
          lookAlikes.map((l) => l.spelling),
        )
      )
        return { shown, right, lookAlikes };
    }
    return null;
  };
  return actors.flatMap((actor) => {
    const mine = usable.get(actor.id)!;
    if (!ASKED(actor.kind) || mine.length < 2) return [];
    const found = question(actor, mine);
    if (!found) return [];
    const {
      shown: { spelling: shown },
      right,
      lookAlikes,
    } = found;
    const misconception: Misconception = isPlace(actor.kind)
      ? 'different-place'
      : 'different-actor';
    const noun = NOUN[actor.kind];
    const options: DraftOption[] = [
      ...right.map((spelling) => ({
        label: spelling,
        misconception: null,
        about: { type: 'spelling' as const, spelling },
      })),
      ...lookAlikes.map(({ spelling }) => ({
        label: spelling,
        misconception,
        about: { type: 'spelling' as const, spelling },
      })),
    ];
    const quoted = (s: string) => `“${s}”`;
    return [
      buildExercise({
        kind: 'names',
        key: actor.id,
        difficulty: clampDifficulty(
          (actor.kind === 'person' ? 1 : 2) + (lookAlikes[0]!.score >= LOOK_ALIKE ? 1 : 0),
        ),
        prompt: `The texts do not always spell a name the same way. Which of these name the same ${noun} as “${shown}”?${right.length > 1 ? ` ${CHOOSE_ALL}` : ''}`,
        format: formatFor(right.length),
        options,
        evidence: [shown, ...right].flatMap(evidenceFor),
        reading: {
          documentId: null,
          about: quoted(shown),
          lead: passagesFor(shown),
          byOption: options.map((o) => passagesFor(o.label)),
        },
        explanation: `${listInWords([shown, ...right].map(quoted))} ${verbFor(right.length + 1, 'names', 'name')} ${actor.name}. ${lookAlikes
          .map((l) =>
            fold(l.spelling) === fold(l.actor.name)
              ? `${quoted(l.spelling)} is a different ${NOUN[l.actor.kind]}.`
              : `${quoted(l.spelling)} is ${l.actor.name}, a different ${NOUN[l.actor.kind]}.`,
          )
          .join(' ')}`,
        subject: { shape: 'same-name', actorId: actor.id, spelling: shown },
      }),
    ];
  });
}
