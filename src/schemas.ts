import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import actionsSchema from '../schemas/actions.schema.json' with { type: 'json' };
import configSchema from '../schemas/config.schema.json' with { type: 'json' };
import frontMatterSchema from '../schemas/front-matter.schema.json' with { type: 'json' };
import minutesSchema from '../schemas/minutes.schema.json' with { type: 'json' };

export { actionsSchema, configSchema, frontMatterSchema, minutesSchema };

const schemas = {
  'front-matter': frontMatterSchema,
  minutes: minutesSchema,
  config: configSchema,
  actions: actionsSchema,
} as const;

export type SchemaName = keyof typeof schemas;

let ajv: Ajv2020 | null = null;
const compiled = new Map<SchemaName, ValidateFunction>();

/** A validator for one of the public schemas in schemas/, compiled once per process. */
export function validatorFor(name: SchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    if (!ajv) {
      ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
      ajv.addSchema(frontMatterSchema);
    }
    validate = name === 'front-matter' ? ajv.getSchema(frontMatterSchema.$id)! : ajv.compile(schemas[name]);
    compiled.set(name, validate);
  }
  return validate;
}
