import { describe, expect, it } from "vitest";
import { spanishSyllables } from "./spanish-syllables";

/** Orthographic syllables as the RAE divides them, checked by hand. */
const TABLE: readonly (readonly [string, number, string])[] = [
  ["trastorno", 3, "tras-tor-no"],
  ["consumo", 3, "con-su-mo"],
  ["intensivo", 4, "in-ten-si-vo"],
  ["tratamiento", 4, "tra-ta-mien-to: ie is a diphthong"],
  ["ambulatorio", 5, "am-bu-la-to-rio"],
  ["día", 2, "dí-a: accented í breaks the diphthong"],
  ["país", 2, "pa-ís"],
  ["oír", 2, "o-ír"],
  ["reír", 2, "re-ír"],
  ["reúne", 3, "re-ú-ne"],
  ["ciudad", 2, "ciu-dad: two weak vowels"],
  ["cuídate", 3, "cuí-da-te: an accent on a weak-weak pair keeps the diphthong"],
  ["guerra", 2, "gue-rra: silent u"],
  ["que", 1, "silent u"],
  ["qué", 1, "silent u before é"],
  ["guion", 1, "guion is one syllable since the 2010 Ortografía"],
  ["agua", 2, "a-gua: u sounds before a"],
  ["pingüino", 3, "pin-güi-no: ü sounds"],
  ["averigüéis", 4, "a-ve-ri-güéis: triphthong"],
  ["buey", 1, "final y is a vowel: triphthong"],
  ["hoy", 1, ""],
  ["muy", 1, ""],
  ["y", 1, ""],
  ["reyes", 2, "re-yes: y before a vowel is a consonant"],
  ["ayuda", 3, "a-yu-da"],
  ["AYUDA", 3, "the crisis text keyword, in capitals"],
  ["leer", 2, "le-er: doubled vowel"],
  ["chiita", 3, "chi-i-ta: doubled weak vowel"],
  ["poeta", 3, "po-e-ta"],
  ["caer", 2, "ca-er"],
  ["aéreo", 4, "a-é-re-o"],
  ["leía", 3, "le-í-a"],
  ["ahora", 3, "a-ho-ra: h does not join strong vowels"],
  ["búho", 2, "bú-ho"],
  ["prohibir", 2, "prohi-bir: h does not break a diphthong"],
  ["rehúso", 3, "re-hú-so"],
  ["miércoles", 3, "miér-co-les"],
  ["jueves", 2, "jue-ves"],
  ["sábado", 3, "sá-ba-do"],
  ["Medicaid", 3, "Me-di-caid, read as Spanish"],
  ["IOP", 1, "vowel group io"],
  ["SAMHSA", 2, ""],
  ["988", 1, "no vowel: one glance"],
  ["555-0142", 1, ""],
  ["p.m", 1, "no vowel"],
  ["rei\u0301r", 2, "re-ír written with a combining accent (NFD) is normalised first"],
];

describe("spanishSyllables", () => {
  it.each(TABLE)("%s has %i syllables (%s)", (word, expected) => {
    expect(spanishSyllables(word)).toBe(expected);
  });
});
