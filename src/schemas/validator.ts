import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import ajvErrors from 'ajv-errors';
import { actionsSchema, configSchema, frontMatterSchema, minutesSchema, registerSchema } from './schemas.js';

const schemas = {
  'front-matter': frontMatterSchema,
  minutes: minutesSchema,
  config: configSchema,
  actions: actionsSchema,
  register: registerSchema,
} as const;

export type SchemaName = keyof typeof schemas;

let ajv: Ajv2020 | null = null;
const compiled = new Map<SchemaName, ValidateFunction>();

/**
 * A validator for any of the public schemas in schemas/, compiled with ajv once per process: for programs
 * that check exported JSON. The commands use the precompiled validators of schemas.ts instead.
 */
export function validatorFor(name: SchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    if (!ajv) {
      ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
      // ajv-errors is CommonJS: its function is the module and its `default`.
      ajvErrors.default(ajv);
      ajv.addSchema(frontMatterSchema);
      ajv.addSchema(actionsSchema);
    }
    validate = name === 'front-matter' ? ajv.getSchema(frontMatterSchema.$id)! : name === 'actions' ? ajv.getSchema(actionsSchema.$id)! : ajv.compile(schemas[name]);
    compiled.set(name, validate);
  }
  return validate;
}
