/**
 * The corpus the site is built from. Only server (build-time) modules import this; pages receive
 * the slices they display, so no route ships data it does not show.
 */
export { corpus } from '@attribution-lab/corpus';
