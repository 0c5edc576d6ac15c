import { error, json } from '@sveltejs/kit';
import { questionOf } from '$lib/quiz-item.js';
import { quizItems } from '$lib/server/bank.js';

// Endpoints are not covered by the layout's option; each is a static file in the build.
export const prerender = true;

export function entries() {
  return [...quizItems().keys()].map((key) => ({ key }));
}

export function GET({ params }) {
  const item = quizItems().get(params.key);
  if (!item) error(404, `no exercise with the key ${params.key}`);
  return json(questionOf(item));
}
