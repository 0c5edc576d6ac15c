// A browser module bundled on its own into a string, to go inline in a page (vite.config.ts).
declare module '*?inline-script' {
  const code: string;
  export default code;
}
