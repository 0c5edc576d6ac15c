// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  namespace App {
    interface Error {
      message: string;
    }
    interface PageState {
      /** Set when the student came to the round by typing their class's code. */
      joinedClass?: true;
    }
  }
}

export {};
