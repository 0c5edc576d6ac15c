// Every page is built to a static file; none needs a server at request time.
export const prerender = true;
export const trailingSlash = 'never';
