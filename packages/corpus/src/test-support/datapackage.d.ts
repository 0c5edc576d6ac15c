// The parts of `datapackage` (Frictionless for JavaScript, no types of its own) the tests use.
declare module 'datapackage' {
  export class Package {
    static load(descriptor: string, options?: { strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly resources: {
      name: string;
      read(options?: { relations?: boolean }): Promise<unknown[]>;
    }[];
  }
}
