// The corpus as data, for the teacher kit (worksheet-pdf.ts). The file exists only once the corpus
// package is built; declared here so that a fresh clone type-checks before its first build, as
// every other import from the packages does through their source.
declare module '@attribution-lab/corpus/corpus.json' {
  const data: unknown;
  export default data;
}
