import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

let rulesDocument: string | null | undefined;

/**
 * The `file:` URL of docs/rules.md in the installed package, or null when it is not there. The package's
 * root is the first folder with a package.json above the running module: `dist/chunks/…` in the package,
 * `src/lsp/` in the repository. The package ships `docs/` (package.json `files`).
 */
function rulesDocumentUrl(): string | null {
  if (rulesDocument !== undefined) return rulesDocument;
  rulesDocument = null;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, 'package.json'))) {
      const file = path.join(dir, 'docs', 'rules.md');
      if (existsSync(file)) rulesDocument = pathToFileURL(file).href;
      break;
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return rulesDocument;
}

/** The documentation of a rule: docs/rules.md of the package, the rule's id as the fragment (its heading's anchor). */
export function ruleDocumentation(ruleId: string): string | null {
  const url = rulesDocumentUrl();
  return url ? `${url}#${ruleId}` : null;
}
