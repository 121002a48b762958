import type { ErrorObject } from 'ajv';
import { closestWord } from '../model/text.js';
import { configSchema, frontMatterSchema } from './schemas.js';

export interface SchemaProblem {
  /** Path to the offending YAML node, as ajv's instancePath segments. */
  path: (string | number)[];
  /** Point at the key (an unknown key) rather than the value. */
  target: 'key' | 'value';
  message: string;
}

type SchemaNode = Record<string, unknown>;
const SCHEMAS: Record<string, SchemaNode> = { [frontMatterSchema.$id]: frontMatterSchema, [configSchema.$id]: configSchema };

/**
 * Turns an ajv error into a message that says what is wrong and what to write instead. The wording of
 * particular values (an ISO date, a language tag, a code) is the schema's own `errorMessage` (ajv-errors);
 * an unknown key is compared with the keys the schema knows at that place, for a "did you mean".
 */
export function describeSchemaError(error: ErrorObject, where: 'the front matter' | 'the configuration'): SchemaProblem | null {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
  const name = path.length ? `\`${path.join('.')}\`` : where;
  const params = error.params as Record<string, unknown>;
  if (error.propertyName !== undefined) {
    // A key that breaks `propertyNames`, such as an actor code in lower case.
    if (error.keyword === 'propertyNames') return null; // reported by the error on the name itself
    return { path: [...path, error.propertyName], target: 'key', message: `\`${error.propertyName}\` in ${name} ${error.message ?? 'is not valid'}` };
  }
  switch (error.keyword) {
    case 'errorMessage':
      return { path, target: 'value', message: `${name} ${error.message}` };
    case 'required':
      return { path, target: 'value', message: `${name} is missing \`${String(params.missingProperty)}\`: add it` };
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const suggestion = closestWord(key, knownKeys(where === 'the front matter' ? frontMatterSchema : configSchema, path));
      const remedy = suggestion
        ? `did you mean \`${suggestion}\`?`
        : where === 'the front matter' && path.length === 0
          ? 'remove it, fix its spelling, or prefix it with `x-`'
          : 'remove it or fix its spelling';
      return { path: [...path, key], target: 'key', message: `unknown key \`${key}\` in ${name}: ${remedy}` };
    }
    case 'type':
      return { path, target: 'value', message: `${name} must be ${article(String(params.type))}` };
    case 'enum':
      return { path, target: 'value', message: `${name} must be one of ${(params.allowedValues as unknown[]).map((v) => `\`${String(v)}\``).join(', ')}` };
    case 'propertyNames':
      return null; // reported by the error on the name itself
    case 'minLength':
      return { path, target: 'value', message: `${name} must not be empty` };
    default:
      return { path, target: 'value', message: `${name} ${error.message ?? 'is not valid'}` };
  }
}

function article(type: string): string {
  const readable = type.replace(/,/g, ' or ').replace('object', 'mapping').replace('array', 'list');
  return /^[aeiou]/.test(readable) ? `an ${readable}` : `a ${readable}`;
}

/** The keys the schema describes for the mapping at `path` (following `$ref`, `items`, `additionalProperties` and `oneOf`). */
function knownKeys(root: SchemaNode, path: readonly (string | number)[]): string[] {
  let node: SchemaNode | undefined = root;
  let base = root;
  const resolve = () => {
    while (node && typeof node.$ref === 'string') {
      const [file, pointer = ''] = node.$ref.split('#');
      if (file) base = SCHEMAS[new URL(file, String(base.$id)).href] ?? base;
      node = pointer.split('/').slice(1).reduce<SchemaNode | undefined>((at, key) => at?.[key] as SchemaNode | undefined, base);
    }
  };
  for (const segment of path) {
    resolve();
    const properties = node?.properties as Record<string, SchemaNode> | undefined;
    if (properties && Object.hasOwn(properties, String(segment))) node = properties[String(segment)];
    else if (typeof segment === 'number' || /^\d+$/.test(String(segment))) node = (node?.items as SchemaNode | undefined) ?? undefined;
    else node = node?.additionalProperties as SchemaNode | undefined;
    resolve();
    const branches = node?.oneOf as SchemaNode[] | undefined;
    if (branches) node = branches.find((branch) => branch.properties) ?? node;
  }
  resolve();
  return Object.keys((node?.properties as object | undefined) ?? {});
}
