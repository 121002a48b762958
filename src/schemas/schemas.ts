import type { ValidateFunction } from 'ajv';
import actionsSchema from '../../schemas/actions.schema.json' with { type: 'json' };
import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import frontMatterSchema from '../../schemas/front-matter.schema.json' with { type: 'json' };
import minutesSchema from '../../schemas/minutes.schema.json' with { type: 'json' };
import registerSchema from '../../schemas/register.schema.json' with { type: 'json' };
import * as standalone from './generated/validators.js';

export { actionsSchema, configSchema, frontMatterSchema, minutesSchema, registerSchema };

/** Validators compiled from the schemas at build time (`npm run gen:types`): no schema compiling at start-up. */
export const validateFrontMatter = standalone.validateFrontMatter as ValidateFunction;
export const validateConfig = standalone.validateConfig as ValidateFunction;
