import type { Minutes } from '../schemas/generated/minutes.js';

/** The model as JSON (schemas/minutes.schema.json): one object for one file, an array for several. */
export function renderJson(models: readonly Minutes[], single = models.length === 1): string {
  return `${JSON.stringify(single ? models[0] : models, null, 2)}\n`;
}
