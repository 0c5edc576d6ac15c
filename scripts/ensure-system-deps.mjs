#!/usr/bin/env node
// The browser and PDF tests need Debian's Chromium, poppler-utils (pdftotext, pdffonts,
// pdftoppm) and zbar-tools (zbarimg, which reads back the teacher page's QR code). npm cannot
// supply them and Playwright's own browser download is not reachable here, so the test command
// checks for them first and, as root on Debian, installs them; otherwise it says exactly what to
// install instead of failing later with a less helpful error.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const needs = [
  { binary: '/usr/bin/chromium', debianPackage: 'chromium' },
  { binary: '/usr/bin/pdftotext', debianPackage: 'poppler-utils' },
  { binary: '/usr/bin/pdffonts', debianPackage: 'poppler-utils' },
  { binary: '/usr/bin/zbarimg', debianPackage: 'zbar-tools' },
];
const missing = [
  ...new Set(needs.filter((n) => !existsSync(n.binary)).map((n) => n.debianPackage)),
];
if (missing.length === 0) process.exit(0);

const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (!canInstall) {
  console.error(
    `The tests need ${missing.join(' and ')} (Debian/Ubuntu: sudo apt-get install -y ${missing.join(' ')}).`,
  );
  process.exit(1);
}
console.log(
  `Installing ${missing.join(', ')} from Debian's packages for the browser and PDF tests…`,
);
const apt = (args) =>
  execFileSync('apt-get', args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
apt(['update', '-qq']);
apt(['install', '-y', '-qq', '--no-install-recommends', ...missing]);
