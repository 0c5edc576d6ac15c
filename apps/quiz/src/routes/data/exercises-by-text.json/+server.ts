import { json } from '@sveltejs/kit';
import { exercisesByText } from '$lib/server/bank.js';

// Endpoints are not covered by the layout's option; each is a static file in the build.
export const prerender = true;

export function GET() {
  return json(exercisesByText());
}
