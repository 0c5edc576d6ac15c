/**
 * An independent answer checker. It reads only the raw corpus and the exercise (its subject and
 * what each option stands for) and works out, in its own plain code, which options are right and
 * whether every wrong option is certainly wrong. It shares no helper with the generators, so a bug
 * there cannot hide behind the same bug here.
 */
import type { Claim, Corpus } from '@attribution-lab/corpus';
import type { Exercise, Option } from '../types.js';

type Value = number | string | { readonly low: number; readonly high: number };

/** A partial date or interval as its earliest and latest possible day, by padding: 2022 → 2022-00-00…2022-99-99. */
function bounds(date: string): [string, string] {
  const [from, to = from] = date.split('/') as [string, string?];
  const pad = (d: string, fill: string) => d + fill.slice(d.length);
  return [pad(from, '0000-00-00'), pad(to!, '9999-99-99')];
}
const before = (a: string, b: string) => bounds(a)[1] < bounds(b)[0];
const numeric = (v: number | { low: number; high: number }) =>
  typeof v === 'number' ? [v, v] : [v.low, v.high];
const overlap = (a: Value, b: Value): boolean => {
  if (typeof a === 'string' && typeof b === 'string') return !before(a, b) && !before(b, a);
  if (typeof a === 'string' || typeof b === 'string') return false;
  const [lowA, highA] = numeric(a);
  const [lowB, highB] = numeric(b);
  return lowA! <= highB! && lowB! <= highA!;
};
const fold = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'").toLowerCase().trim();

const QUALIFIER_MEANING: Record<string, string> = {
  around: 'approximate',
  about: 'approximate',
  some: 'approximate',
  'at least': 'at-least',
  'more than': 'more-than',
  over: 'more-than',
  almost: 'just-under',
  nearly: 'just-under',
};

/**
 * Whether two hedged figures could be the same number. Each is widened by what its hedge allows,
 * in whole tenths: "around 5,000" is 4,500 to 5,500, "almost 90" is 81 up to (not including) 90,
 * "at least 78" and "more than 50" have no top. Dates ignore hedges.
 */
function hedgesMeet(
  a: { value: Value; qualifier: string },
  b: { value: Value; qualifier: string },
): boolean {
  if (typeof a.value === 'string' || typeof b.value === 'string') return overlap(a.value, b.value);
  const widen = (value: number | { low: number; high: number }, qualifier: string) => {
    const [low, high] = numeric(value) as [number, number];
    switch (QUALIFIER_MEANING[qualifier]) {
      case 'approximate':
        return { low: low * 0.9, high: high * 1.1, openLow: false, openHigh: false };
      case 'at-least':
        return { low, high: Infinity, openLow: false, openHigh: false };
      case 'more-than':
        return { low, high: Infinity, openLow: true, openHigh: false };
      case 'just-under':
        return { low: low * 0.9, high, openLow: false, openHigh: true };
      default:
        return { low, high, openLow: false, openHigh: false };
    }
  };
  const x = widen(a.value, a.qualifier);
  const y = widen(b.value, b.qualifier);
  const apart = (p: typeof x, q: typeof x) =>
    p.high < q.low || (p.high === q.low && (p.openHigh || q.openLow));
  return !apart(x, y) && !apart(y, x);
}

/** Whether an option is right (true), certainly wrong (false), or a problem (a message). */
type Verdict = boolean | string;

function judgeOptions(corpus: Corpus, exercise: Exercise): (option: Option) => Verdict {
  const subject = exercise.subject!;
  const claims = corpus.claims;
  const onTopic = (documentId: string, topicId: string) =>
    claims.filter((c) => c.documentId === documentId && c.topicId === topicId);
  const document = (id: string) => corpus.documents.find((d) => d.id === id)!;
  switch (subject.shape) {
    case 'figure-to-outlet': {
      // The figure as every text that states it hedges it.
      const asked = claims.filter(
        (c) => c.topicId === subject.topicId && c.inferred === null && c.value === subject.value,
      ) as (Claim & { value: Value })[];
      return (o) => {
        if (o.about?.type !== 'document') return 'not a document option';
        const here = onTopic(o.about.documentId, subject.topicId);
        if (here.some((c) => c.inferred === null && c.value === subject.value)) return true;
        return here.some(
          (c) =>
            c.value !== null &&
            (c.inferred !== null ||
              asked.some((a) => hedgesMeet({ value: c.value!, qualifier: c.qualifier }, a))),
        )
          ? 'arguable: the text might give it, hedges read'
          : false;
      };
    }
    case 'outlet-to-figure': {
      const here = onTopic(subject.documentId, subject.topicId).filter(
        (c) => subject.asOf === null || c.asOf.date === subject.asOf,
      );
      const { overTime } = corpus.topics.find((t) => t.id === subject.topicId)!;
      if (subject.asOf !== null && overTime !== 'running-count')
        return () => 'only a running count is told apart by its date';
      const values = new Set(here.map((c) => (c.inferred === null ? c.value : 'uncertain')));
      return (o) => {
        if (o.about?.type !== 'value') return 'not a value option';
        if (values.size !== 1 || values.has(null) || values.has('uncertain'))
          return 'the text gives no single stated value';
        const option = { value: o.about.value, qualifier: o.about.qualifier ?? 'none' };
        if (!claims.some((c) => c.value === option.value && c.qualifier === option.qualifier))
          return 'a hedge no text gives the figure';
        if (values.has(option.value))
          return here.some((c) => c.qualifier === option.qualifier) || 'not the text’s hedge';
        return here.some((c) => hedgesMeet({ value: c.value!, qualifier: c.qualifier }, option))
          ? 'arguable: the text’s hedge could cover it'
          : false;
      };
    }
    case 'reporter-vs-source': {
      const first = claims.find((c) => c.id === subject.claimIds[0])!;
      const same = (c: Claim) =>
        first.value === null
          ? c.value === null && fold(c.numeral.asWritten) === fold(first.numeral.asWritten)
          : c.value === first.value;
      const group = onTopic(subject.documentId, subject.topicId).filter(same);
      const sources = new Set(group.map((c) => c.attribution.actorId));
      const outletId = document(subject.documentId).outlet.outletId;
      return (o) => {
        if (group.length !== subject.claimIds.length)
          return 'the claims asked about are not all the claims with that figure';
        if (o.about?.type === 'outlet')
          return sources.has(null) || (outletId !== null && sources.has(outletId))
            ? 'the outlet is the source here'
            : false;
        if (o.about?.type !== 'source') return 'not a source option';
        const hedged = group.some(
          (c) =>
            c.attribution.actorId === null && c.reportingCues.some((cue) => cue.kind === 'hedge'),
        );
        if (o.about.actorId === null && hedged && /own voice/.test(o.label))
          return 'calls a figure the text distances itself from its own voice';
        return sources.has(o.about.actorId);
      };
    }
    case 'own-voice':
      return (o) => {
        if (o.about?.type !== 'claim') return 'not a claim option';
        const claimId = o.about.claimId;
        const claim = claims.find((c) => c.id === claimId)!;
        if (claim.documentId !== subject.documentId) return 'a claim from another text';
        const twins = onTopic(claim.documentId, claim.topicId).filter(
          (c) =>
            c.value === claim.value &&
            (c.value !== null || c.numeral.asWritten === claim.numeral.asWritten),
        );
        if (
          twins.some(
            (c) => (c.attribution.actorId === null) !== (claim.attribution.actorId === null),
          )
        )
          return 'the same figure is both own-voice and credited';
        if (claim.attribution.actorId === null)
          return (
            !claim.reportingCues.some((cue) => cue.kind === 'hedge') ||
            'a figure the text distances itself from is neither answer'
          );
        return claim.attribution.basis === 'explicit'
          ? false
          : 'an implied source is neither answer';
      };
    case 'who-disagrees': {
      const anchor = onTopic(subject.documentId, subject.topicId);
      return (o) => {
        if (o.about?.type !== 'document') return 'not a document option';
        if (anchor.some((c) => c.inferred !== null || c.value !== subject.value))
          return 'the anchor text does not give one stated value';
        const here = onTopic(o.about.documentId, subject.topicId);
        if (here.length === 0) return false;
        if (here.some((c) => c.value === null || c.inferred !== null))
          return 'the text’s figure is uncertain';
        const hedged = (c: Claim) => ({ value: c.value!, qualifier: c.qualifier });
        if (here.every((c) => anchor.every((a) => !hedgesMeet(hedged(c), hedged(a))))) return true;
        return here.every((c) => c.value === subject.value)
          ? false
          : 'the text’s figure could be the anchor’s, or both agrees and differs';
      };
    }
    case 'qualifier': {
      const claim = claims.find((c) => c.id === subject.claimId)!;
      return (o) =>
        o.about?.type === 'meaning'
          ? o.about.meaning === QUALIFIER_MEANING[claim.qualifier]
          : 'not a meaning option';
    }
    case 'latest-as-of': {
      const here = claims.filter((c) => c.topicId === subject.topicId);
      const onDay = here.filter((c) => c.asOf.date === subject.date);
      const value = onDay[0]?.value;
      const topic = corpus.topics.find((t) => t.id === subject.topicId)!;
      return (o) => {
        if (o.about?.type !== 'value') return 'not a value option';
        // Only a count that later reports supersede has a latest figure; estimates of one
        // quantity compete whatever their date.
        if (topic.overTime !== 'running-count') return 'the topic’s figures have no latest one';
        if (
          onDay.length === 0 ||
          onDay.some((c) => c.value !== value || c.inferred !== null || value === null)
        )
          return 'no single figure on that day';
        const open = here.filter(
          (c) =>
            c.value !== value &&
            !before(c.asOf.date, subject.date) &&
            !before(subject.date, c.asOf.date),
        );
        if (open.length) return 'another figure might be from that day';
        const { value: optionValue, qualifier = 'none' } = o.about;
        if (!here.some((c) => c.value === optionValue && c.qualifier === qualifier))
          return 'a figure or hedge no text gives';
        return optionValue === value;
      };
    }
    case 'published-first':
    case 'published-last':
    case 'publication-order': {
      const dates = exercise.options.map((o) =>
        o.about?.type === 'document' ? document(o.about.documentId).published.date : '',
      );
      const wins = (i: number) =>
        dates.every(
          (d, j) =>
            j === i ||
            (subject.shape === 'published-last' ? before(d, dates[i]!) : before(dates[i]!, d)),
        );
      return (o) => {
        if (o.about?.type !== 'document') return 'not a document option';
        if (subject.shape === 'publication-order')
          return (
            dates.every((d, i) => dates.every((e, j) => i === j || before(d, e) || before(e, d))) ||
            'two dates overlap'
          );
        const i = exercise.options.indexOf(o);
        if (wins(i)) return true;
        return dates.some((_, j) => wins(j)) ? false : 'no text is clearly first or last';
      };
    }
    case 'same-name': {
      const actor = corpus.actors.find((a) => a.id === subject.actorId)!;
      const owners = (s: string) =>
        corpus.actors.filter((a) => a.aliases.some((alias) => fold(alias) === fold(s)));
      return (o) => {
        if (o.about?.type !== 'spelling') return 'not a spelling option';
        const who = owners(o.about.spelling);
        if (who.length !== 1) return 'a spelling no actor or several actors use';
        if (fold(o.about.spelling) === fold(subject.spelling))
          return 'the spelling asked about is offered';
        return who[0]!.id === actor.id;
      };
    }
    case 'speaker': {
      const statement = corpus.statements.find((s) => s.id === subject.statementId)!;
      return (o) => {
        if (statement.mode !== 'direct') return 'reported words are the text’s, not the speaker’s';
        if (o.about?.type === 'outlet')
          return document(o.about.documentId).outlet.outletId === statement.speakerId
            ? 'the outlet is the speaker'
            : false;
        return o.about?.type === 'actor'
          ? o.about.actorId === statement.speakerId
          : 'not an actor option';
      };
    }
    case 'carrier': {
      const statement = corpus.statements.find((s) => s.id === subject.statementId)!;
      return (o) => {
        if (statement.mode !== 'direct') return 'reported words are the text’s, not the speaker’s';
        return o.about?.type === 'document'
          ? document(o.about.documentId).text.includes(statement.quote.exact)
          : 'not a document option';
      };
    }
    case 'what-problem': {
      const crosses = (q: { start: number; end: number }) =>
        q.start < subject.end && subject.start < q.end;
      const viaClaims = claims
        .filter((c) => c.documentId === subject.documentId && crosses(c.quote))
        .flatMap((c) => c.flagIds);
      const kinds = new Set(
        corpus.flags
          .filter(
            (f) =>
              f.documentId === subject.documentId && (crosses(f.quote) || viaClaims.includes(f.id)),
          )
          .map((f) => f.kind),
      );
      return (o) =>
        o.about?.type === 'problem' ? kinds.has(o.about.problem as never) : 'not a problem option';
    }
    case 'which-passage': {
      const flag = corpus.flags.find((f) => f.id === subject.flagId)!;
      const flaggedSpans = [
        ...corpus.flags.filter((f) => f.documentId === subject.documentId).map((f) => f.quote),
        ...claims
          .filter((c) => c.documentId === subject.documentId && c.flagIds.length > 0)
          .map((c) => c.quote),
      ];
      const sides = claims.filter((c) => flag.claimIds.includes(c.id));
      return (o) => {
        if (o.about?.type !== 'passage' || o.about.documentId !== subject.documentId)
          return 'not a passage of the text';
        const { start, end } = o.about;
        if (
          flag.kind === 'internal-inconsistency' &&
          o.misconception === null &&
          sides.some((c) => c.quote.start < start || c.quote.end > end)
        )
          return 'the other side of the contradiction is not in the passage';
        if (start <= flag.quote.start && flag.quote.end <= end) return true;
        return flaggedSpans.some((q) => q.start < end && start < q.end)
          ? 'a wrong passage touches a flag'
          : false;
      };
    }
    case 'discernment': {
      const s = subject.statement;
      const here = onTopic(s.documentId, s.topicId);
      // Whatever could make the statement true, or leaves it open (a vague word, a date part the
      // corpus inferred, an overlapping value), makes it arguable rather than unsupported.
      const bySource = here.filter((c) => c.attribution.actorId === s.actorId);
      // With no source, the statement says either "in its own voice" or that the text distances
      // itself with these words; a claim says as much only if its hedge is the same.
      const sameVoice = (c: Claim) =>
        s.actorId !== null ||
        (s.hedge === undefined
          ? !c.reportingCues.some((cue) => cue.kind === 'hedge')
          : c.reportingCues.some(
              (cue) => cue.kind === 'hedge' && fold(cue.quote.exact) === fold(s.hedge!),
            ));
      let supported: boolean | string;
      if (bySource.some((c) => c.inferred === null && c.value === s.value && sameVoice(c)))
        supported = true;
      else if (
        bySource.some(
          (c) =>
            c.value === null ||
            c.inferred !== null ||
            hedgesMeet({ value: c.value, qualifier: c.qualifier }, s),
        )
      )
        supported = 'arguable statement';
      else supported = false;
      return (o) => {
        if (typeof supported === 'string') return supported;
        return o.about?.type === 'verdict'
          ? o.about.supported === supported
          : 'not a verdict option';
      };
    }
  }
}

const MAX_PASSAGE = 400;

/**
 * What is wrong with the passages shown before answering: a passage that is not the text, or too
 * long for a phone; a text among the options shown neither by a passage nor as silent, so that only
 * some options could be read; texts out of the options' order; a text among the options that has
 * figures on the question's topic and shows none of them.
 */
function readingProblems(corpus: Corpus, exercise: Exercise): string[] {
  const problems: string[] = [];
  const { passages } = exercise;
  if (!passages) return ['no passages to read'];
  for (const p of passages.excerpts) {
    const doc = corpus.documents.find((d) => d.id === p.documentId);
    if (!doc) problems.push(`passage from unknown document ${p.documentId}`);
    else if (doc.text.slice(p.start, p.end) !== p.exact)
      problems.push(`passage at ${p.start} is not the text there`);
    if (p.exact.trim() === '' || p.exact.length > MAX_PASSAGE)
      problems.push(`passage at ${p.start} is empty or longer than ${MAX_PASSAGE} characters`);
  }
  if (passages.excerpts.length + passages.silent.length === 0)
    problems.push('nothing to read before answering');
  const shown = [...new Set(passages.excerpts.map((p) => p.documentId))];
  if (passages.documentId !== null && shown.some((id) => id !== passages.documentId))
    problems.push('a question about one text shows another');
  for (const id of passages.silent)
    if (shown.includes(id)) problems.push(`${id} is silent yet shown`);
  const optionTexts = exercise.options.flatMap((o) =>
    o.about?.type === 'document' ? [o.about.documentId] : [],
  );
  for (const id of optionTexts)
    if (!shown.includes(id) && !passages.silent.includes(id))
      problems.push(`option text ${id} is neither shown nor said to be silent`);
  const inOrder = shown.filter((id) => optionTexts.includes(id));
  if (inOrder.join() !== optionTexts.filter((id) => inOrder.includes(id)).join())
    problems.push('passages out of the options’ order');
  const subject = exercise.subject;
  const topicId = subject && 'topicId' in subject ? subject.topicId : null;
  if (topicId)
    for (const id of optionTexts)
      if (corpus.claims.some((c) => c.documentId === id && c.topicId === topicId))
        if (passages.silent.includes(id) || !shown.includes(id))
          problems.push(`${id} has figures on the topic but none is shown`);
  return problems;
}

/** Every way the exercise breaks the rules or disagrees with the corpus; empty when it is sound. */
export function problemsWith(corpus: Corpus, exercise: Exercise): string[] {
  const problems: string[] = [];
  const ids = exercise.options.map((o) => o.id);
  const expect = (ok: boolean, message: string) => ok || problems.push(message);
  expect(new Set(ids).size === ids.length, 'duplicate option ids');
  expect(
    new Set(exercise.options.map((o) => fold(o.label))).size === ids.length,
    'duplicate option labels',
  );
  expect(
    new Set(exercise.options.map((o) => JSON.stringify(o.about))).size === ids.length,
    'two options stand for the same thing',
  );
  expect(
    exercise.answer.length > 0 && exercise.answer.every((id) => ids.includes(id)),
    'the answer names options that do not exist',
  );
  expect(new Set(exercise.answer).size === exercise.answer.length, 'the answer repeats an option');
  if (exercise.format === 'single')
    expect(exercise.answer.length === 1, 'a single-answer exercise without exactly one answer');
  if (exercise.format === 'order')
    expect(exercise.answer.length === ids.length, 'an ordering that leaves options out');
  for (const option of exercise.options) {
    const inAnswer = exercise.answer.includes(option.id);
    expect(
      inAnswer === (option.misconception === null),
      `option ${option.id} is ${inAnswer ? 'right but has a misconception' : 'wrong without a misconception'}`,
    );
  }
  if (exercise.format !== 'order')
    expect(
      exercise.options.some((o) => !exercise.answer.includes(o.id)),
      'no wrong option',
    );
  for (const e of exercise.evidence) {
    const doc = corpus.documents.find((d) => d.id === e.documentId);
    if (!doc) {
      problems.push(`evidence from unknown document ${e.documentId}`);
      continue;
    }
    expect(
      doc.text.slice(e.quote.start, e.quote.end) === e.quote.exact,
      `evidence quote at ${e.quote.start} is not the text there`,
    );
    if (e.highlight)
      expect(
        e.quote.start <= e.highlight.start &&
          e.highlight.end <= e.quote.end &&
          e.highlight.start < e.highlight.end,
        'highlight outside its quote',
      );
    if (e.claimId)
      expect(
        corpus.claims.some((c) => c.id === e.claimId && c.documentId === e.documentId),
        `evidence names claim ${e.claimId} of another text`,
      );
  }
  expect(exercise.evidence.length > 0, 'no evidence');
  problems.push(...readingProblems(corpus, exercise));
  expect(exercise.explanation.trim().length > 0, 'no explanation');
  if (!exercise.subject) return [...problems, 'no subject'];
  const judge = judgeOptions(corpus, exercise);
  for (const option of exercise.options) {
    const verdict = judge(option);
    if (typeof verdict === 'string')
      problems.push(`option ${option.id} (${option.label}): ${verdict}`);
    else if (exercise.format !== 'order')
      expect(
        verdict === exercise.answer.includes(option.id),
        `option ${option.id} (${option.label}) should be ${verdict ? 'right' : 'wrong'}`,
      );
  }
  if (exercise.format === 'order') {
    const dates = exercise.answer.map((id) => {
      const about = exercise.options.find((o) => o.id === id)!.about;
      return about?.type === 'document'
        ? corpus.documents.find((d) => d.id === about.documentId)!.published.date
        : '';
    });
    expect(
      dates.every((d, i) => i === 0 || before(dates[i - 1]!, d)),
      'the answer is not in publication order',
    );
  }
  if (exercise.kind === 'discernment') {
    const verdict = exercise.options.find((o) => exercise.answer.includes(o.id))?.about;
    expect(
      verdict?.type === 'verdict' && exercise.discernment?.supported === verdict.supported,
      'the discernment field disagrees with the answer',
    );
  }
  return problems;
}
