import { SmartLink } from "@/components/ui/smart-link";
import { crisisLines } from "@/content/crisis-lines";
import { program } from "@/content/program";
import { phoneNumberSplitter, smsHref, telHref } from "@/lib/phone-links";

/** Every number the site's text may mention, as it is written there, and what tapping it does. */
const PHONE_LINKS = new Map<string, string>([
  ...crisisLines.map((line) => [line.number, line.href] as const),
  [program.admissionsPhone.display, telHref(program.admissionsPhone)],
  ...(program.textLine ? [[program.textLine.display, smsHref(program.textLine)] as const] : []),
]);
/** Numbers that also take texts: "text 988" in the text links to the messages app. */
const TEXT_LINKS = new Map<string, string>(
  crisisLines.flatMap((line) => (line.text ? [[line.number, line.text.href]] : [])),
);
const splitPhoneNumbers = phoneNumberSplitter(PHONE_LINKS, TEXT_LINKS);

/**
 * Plain text from content/ (an FAQ answer, a service, a self-check note) with
 * each phone number in it a link, so a person on a phone can tap to call.
 */
export function TextWithPhoneLinks({ text }: { text: string }) {
  return (
    <>
      {splitPhoneNumbers(text).map((part, i) =>
        typeof part === "string" ? (
          part
        ) : (
          <SmartLink key={i} href={part.href}>
            {part.number}
          </SmartLink>
        ),
      )}
    </>
  );
}
