/** A run of text, or a phone number written in it with the link that dials it. */
export type TextPart = string | { number: string; href: string };

/**
 * A function that splits text around the numbers it mentions, so each can
 * become a link a person taps to call. `numbers` maps each number as written
 * ("988", "1-800-662-4357") to its href; the pattern is built once, here, not
 * for every paragraph. A number inside a longer run of digits, such as 911 in
 * 19110, is left alone. Where `texts` has an sms: link for a number, the
 * number right after the word "text" ("call 988 or text 988") gets that link,
 * and in Spanish after "texto al" or "AYUDA al" ("envíe un texto al 988",
 * "envíe AYUDA al 988").
 */
export function phoneNumberSplitter(
  numbers: ReadonlyMap<string, string>,
  texts: ReadonlyMap<string, string> = new Map(),
): (text: string) => TextPart[] {
  const written = [...numbers.keys()].filter(Boolean);
  if (written.length === 0) return (text) => [text];
  // Longest first, so "1-800-662-4357" is not cut short by a shorter number it contains.
  const alternatives = written.sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\d-])(${alternatives.join("|")})(?![\\d-])`, "g");
  return (text) => {
    const parts: TextPart[] = [];
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      if (match.index > last) parts.push(text.slice(last, match.index));
      const afterText = TEXT_BEFORE.test(text.slice(Math.max(0, match.index - 12), match.index));
      parts.push({ number: match[0], href: (afterText && texts.get(match[0])) || numbers.get(match[0])! });
      last = match.index + match[0].length;
    }
    if (last < text.length) parts.push(text.slice(last));
    return parts;
  };
}

/** The words that make the number after them a text link, in English and Spanish. */
const TEXT_BEFORE = /\b(?:text|texto al|AYUDA al) $/i;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A phone number as content/program.ts stores it: E.164, "+15555550142". */
type Phone = { e164: string };

/** The link that opens the dialer: every tel: link to one of the program's numbers is built here. */
export function telHref(phone: Phone): string {
  return `tel:${phone.e164}`;
}

/** The link that opens the messages app, for a number that takes texts. */
export function smsHref(phone: Phone): string {
  return `sms:${phone.e164}`;
}
