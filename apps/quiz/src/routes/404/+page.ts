// A plain page with no script: a static host serves it for any unknown address.
export const csr = false;
