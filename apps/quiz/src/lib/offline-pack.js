/**
 * The offline pack: every file of a build (pages, their data, scripts, styles, exercises) in one
 * JSON file, which the service worker fetches once and unpacks into its cache. One request
 * instead of one per file: a class of thirty phones on weak Wi-Fi made twenty thousand.
 *
 * Plain JavaScript, so that svelte.config.js (run by Node as it is) writes the pack with the same
 * code the service worker reads it with.
 */

/**
 * @typedef {object} PackedFile
 * @property {string} path The address it is served at: `/documents/x`, `/_app/…/start.js`.
 * @property {string} type Its Content-Type.
 * @property {string} body Its text.
 */

/**
 * @typedef {object} OfflinePack
 * @property {string} version The build it belongs to (Kit's version name).
 * @property {PackedFile[]} files
 */

/**
 * Where a build's pack is served: named by version, so a copy cached anywhere is never stale.
 * @param {string} version
 */
export const packPath = (version) => `/offline/${version}.json`;

/**
 * Where a build's teacher kit is listed: the files only the worksheet download needs (pdfmake,
 * the corpus, the fonts), which the pack leaves out so no student's device fetches them. The
 * service worker keeps them when the teacher page asks (see keepTeacherKit in teacher-kit.ts).
 * @param {string} version
 */
export const teacherKitPath = (version) => `/offline/${version}-teacher-kit.json`;

/**
 * Whether a built file belongs to the teacher kit: the module vite.config.ts bundles on its own
 * as `teacher-kit-<hash>.js`, and the font files (binary, which the pack could not carry anyway).
 * @param {string} file its path under the build folder, with `/` between folders
 */
export const isTeacherKit = (file) =>
  /(?:^|\/)teacher-kit[-.][^/]*\.js$/.test(file) || /\.(?:ttf|woff)$/.test(file);

/**
 * @typedef {object} TeacherKit
 * @property {string} version The build it belongs to.
 * @property {string[]} files The addresses of its files.
 */

/** @type {Record<string, string>} */
const CONTENT_TYPES = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json',
  svg: 'image/svg+xml',
  webmanifest: 'application/manifest+json',
  txt: 'text/plain; charset=utf-8',
};

/**
 * A built file's place in the pack. Kit writes a page at `/documents` as `documents.html` and `/`
 * as `index.html` (trailingSlash 'never'); every other file is served at its own name.
 * @param {string} file its path under the build folder, with `/` between folders
 * @param {string} body
 * @returns {PackedFile}
 */
export function packedFile(file, body) {
  const extension = file.slice(file.lastIndexOf('.') + 1);
  const type = CONTENT_TYPES[extension];
  // The pack carries text; an image or font would need another way in.
  if (!type) throw new Error(`the offline pack has no content type for ${file}`);
  const page = extension === 'html';
  const path = page ? `/${file.slice(0, -'.html'.length)}`.replace(/\/index$/, '/') : `/${file}`;
  return { path, type, body };
}
