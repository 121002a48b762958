import type { ErrorObject } from 'ajv';

export interface SchemaProblem {
  /** Path to the offending YAML node, as ajv's instancePath segments. */
  path: (string | number)[];
  /** Point at the key (an unknown key) rather than the value. */
  target: 'key' | 'value';
  message: string;
}

/** Turns an ajv error into a message that says what is wrong and what to write instead. */
export function describeSchemaError(error: ErrorObject, where: string): SchemaProblem | null {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (error.propertyName !== undefined) {
    // A key that breaks `propertyNames`, such as an actor code in lower case.
    return {
      path: [...path, error.propertyName],
      target: 'key',
      message: `\`${error.propertyName}\` in \`${path.join('.')}\` ${patternHint(path)}`,
    };
  }
  const name = path.length ? `\`${path.join('.')}\`` : where;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { path, target: 'value', message: `${name} is missing \`${String(params.missingProperty)}\`: add it` };
    case 'additionalProperties':
      return {
        path: [...path, String(params.additionalProperty)],
        target: 'key',
        message: `unknown key \`${String(params.additionalProperty)}\` in ${name}: ${
          where === 'the front matter' && path.length === 0
            ? 'remove it, fix its spelling, or prefix it with `x-`'
            : 'remove it or fix its spelling'
        }`,
      };
    case 'type':
      return { path, target: 'value', message: `${name} must be ${article(String(params.type))}` };
    case 'enum':
      return {
        path,
        target: 'value',
        message: `${name} must be one of ${(params.allowedValues as unknown[]).map((v) => `\`${String(v)}\``).join(', ')}`,
      };
    case 'pattern':
      return { path, target: 'value', message: `${name} ${patternHint(path)}` };
    case 'minLength':
      return { path, target: 'value', message: `${name} must not be empty` };
    case 'propertyNames':
      return null; // reported by the `pattern` error on the name itself
    case 'oneOf':
    case 'anyOf':
      return { path, target: 'value', message: `${name} must be a name or a mapping with \`name\` and \`aliases\`` };
    default:
      return { path, target: 'value', message: `${name} ${error.message ?? 'is not valid'}` };
  }
}

function article(type: string): string {
  const readable = type.replace(/,/g, ' or ').replace('object', 'mapping').replace('array', 'list');
  return /^[aeiou]/.test(readable) ? `an ${readable}` : `a ${readable}`;
}

function patternHint(path: (string | number)[]): string {
  const key = path[0];
  if (key === 'date') return 'must be an ISO date such as 2019-04-04 (YYYY-MM-DD)';
  if (key === 'language') return 'must be a BCP 47 language tag such as en or fr-BE';
  if (key === 'actors' || key === 'glossary') {
    return 'is not a valid code: start with a capital letter, then letters, digits or - _ / . & (such as COM or OSCE/ODIHR)';
  }
  return 'is not in the expected form';
}
