/**
 * Spanish syllables by counting vowel nuclei, following the RAE's
 * orthographic rules (Ortografía de la lengua española, 2010, §1.2):
 * two strong vowels (a e o, or a stressed í ú) are in hiatus and make two
 * syllables; a weak vowel (i u ü) beside another vowel joins it in a
 * diphthong or triphthong, which hold one strong vowel at most; two unstressed weak vowels form a diphthong
 * (ciudad, muy); an h between vowels does not break a diphthong (prohibir,
 * ahumar). Spanish spelling is regular enough that this needs no dictionary.
 *
 * No npm package does this well (silabea keeps results in module state and
 * ships mocha and chai as runtime dependencies); see
 * ../shared/design/spanish-edition.md §2b.
 */

/** An accented í or ú breaks a diphthong (día, país, reúne), so it counts as strong. */
const STRONG = new Set([..."aeoáéóíú"]);
const WEAK = new Set([..."iuü"]);

/**
 * Syllables in one word. Words with no vowel (digits, "p.m" without its final
 * stop) count as one. Acronyms get no special case: as letters they already
 * come out at about their spoken length (IOP 1, SAMHSA 2), and a special case
 * for short all-capital words would count the crisis text keyword AYUDA as
 * one syllable instead of three.
 */
export function spanishSyllables(word: string): number {
  const w = word
    .normalize("NFC")
    .toLowerCase()
    // Silent u in que, qui, gue, gui (not in güe, güi, which keep ü).
    .replace(/([qg])u(?=[eéií])/gu, "$1")
    // A final y is a vowel: hoy, muy, buey, and the word "y".
    .replace(/y(?!\p{L})/gu, "i")
    // An h between vowels does not separate them (RAE: prohi-bir, ahu-mar; búho is bú-ho by the hiatus rule),
    // unless it starts a syllable as hue, hui, hua, hie: ca-ca-hue-te, chi-hua-hua.
    .replace(/(?<=[aeiouáéíóúü])h(?=[aeiouáéíóúü])(?![iuü][aeiouáéíóú])/gu, "");
  let nuclei = 0;
  let prev = "";
  let hasStrong = false;
  for (const c of w) {
    if (!STRONG.has(c) && !WEAK.has(c)) {
      prev = "";
      continue;
    }
    // A nucleus holds at most one strong vowel, so a new one starts after a consonant, at a second strong
    // vowel (hiatus: le-er, po-e-ta, dí-a; a weak vowel between two strong ones opens the next syllable:
    // pa-ra-no-ia), or at a doubled vowel (chi-i-ta); otherwise the vowel joins a diphthong or triphthong.
    const strong = STRONG.has(c);
    if (!prev || (strong && hasStrong) || prev === c) {
      nuclei++;
      hasStrong = false;
    }
    hasStrong ||= strong;
    prev = c;
  }
  return Math.max(1, nuclei);
}
