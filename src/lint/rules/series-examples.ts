/** Small series for the examples of the series rules: front matter and bodies of three meetings. */
export const meeting = (date: string, body: string, extra = '') =>
  `---\ntitle: Election network\ndate: ${date}\nbody: European cooperation network on elections\n${extra}actors:\n  COM: European Commission\n  MS: Member States\n---\n\n${body}`;
