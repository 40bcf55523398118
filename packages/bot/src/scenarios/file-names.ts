/**
 * Names of uploaded files. Discord gives the name the member's computer had; the bot keeps
 * only a safe base name, which is also how diagnostics refer to the file.
 */

/** A file name reduced to letters, digits, `.`, `-` and `_`, ending in `.threat`. */
export function safeFileName(raw: string): string {
  const base = raw.replace(/\\/g, '/').split('/').pop() ?? '';
  const cleaned = base
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 80);
  const stem = cleaned.replace(/\.threat$/i, '') || 'scenario';
  return `${stem}.threat`;
}

export function isThreatFileName(name: string): boolean {
  return /\.threat$/i.test(name.trim());
}
