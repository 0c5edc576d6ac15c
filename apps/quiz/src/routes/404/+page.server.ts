// A plain page with no script: a static host serves it for any unknown address. Set here, not in
// +page.ts, so the browser's scripts carry no module for it (see src/lib/after-answer.ts).
export const csr = false;
