import path from 'node:path';

/**
 * File names for pages written into one folder: each input's base name with a new extension, made safe
 * (no path separators, no leading dot, no control characters) and unique. Whatever the input's name, the
 * result stays inside the folder.
 */
export function pageNames(inputs: readonly string[], extension: string, reserved: readonly string[] = []): string[] {
  const taken = new Set(reserved.map((name) => name.toLowerCase()));
  return inputs.map((input) => {
    const base = input === '-' ? 'stdin' : path.basename(input).replace(/\.(md|markdown)$/i, '');
    const safe = base.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[.-]+/, '').slice(0, 120) || 'minutes';
    let name = `${safe}${extension}`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${safe}-${n}${extension}`;
    taken.add(name.toLowerCase());
    return name;
  });
}

/** The path of `name` inside `dir`; throws if it would leave it (it cannot, for names from pageNames). */
export function inside(dir: string, name: string): string {
  const target = path.resolve(dir, name);
  const relative = path.relative(path.resolve(dir), target);
  if (relative.startsWith('..') || path.isAbsolute(relative) || relative.includes(path.sep)) {
    throw new Error(`refusing to write outside ${dir}: ${name}`);
  }
  return target;
}
