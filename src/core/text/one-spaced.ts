/**
 * `s` with every run of white space made one space (as `s.replace(/\s+/g, ' ')`), without the
 * regular expression for the usual name whose words are apart by single spaces.
 */
export function oneSpaced(s: string): string {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    // Only a lone plain space keeps the name as it is; anything else that may be white space goes through the RegExp.
    if (c === 32 ? k + 1 < s.length && s.charCodeAt(k + 1) <= 32 : c <= 32 || c >= 0x80) return s.replace(/\s+/g, ' ');
  }
  return s;
}
