import { describe, expect, it } from 'vitest';
import { packedFile, packPath } from './offline-pack.js';

describe('packedFile', () => {
  it('serves a page at its address, without .html', () => {
    expect(packedFile('documents/midan.html', '<!doctype html>')).toEqual({
      path: '/documents/midan',
      type: 'text/html; charset=utf-8',
      body: '<!doctype html>',
    });
  });

  it('serves the start page at the root', () => {
    expect(packedFile('index.html', '').path).toBe('/');
  });

  it('serves any other file at its own name, with its type', () => {
    expect(packedFile('_app/immutable/entry/start.abc.js', '')).toMatchObject({
      path: '/_app/immutable/entry/start.abc.js',
      type: 'text/javascript; charset=utf-8',
    });
    expect(packedFile('data/exercise/0abc123.json', '').type).toBe('application/json');
    expect(packedFile('manifest.webmanifest', '').type).toBe('application/manifest+json');
  });

  it('refuses a file it has no type for, rather than serving it wrongly', () => {
    expect(() => packedFile('photo.png', '')).toThrow(/no content type for photo\.png/);
  });
});

it('names each build’s pack by its version', () => {
  expect(packPath('1796012934346')).toBe('/offline/1796012934346.json');
});
