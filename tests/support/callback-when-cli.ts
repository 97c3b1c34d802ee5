/**
 * Prints, as JSON, what the confirmation says about when the call comes for a
 * request sent at each ISO time given, in a language:
 *   tsx --conditions=react-server tests/support/callback-when-cli.ts es 2026-12-07T15:00:00Z …
 * The server's own code, run as the server runs it: lib/i18n/format.ts is
 * server-only, so a Playwright spec cannot import it (see callback-when.ts).
 */
import { program } from "@/content/program";
import { whenWeCall } from "@/lib/admissions-hours";
import { parseLang } from "@/lib/i18n/locales";

const [lang, ...times] = process.argv.slice(2);
console.log(JSON.stringify(times.map((at) => whenWeCall(program, new Date(at), parseLang(lang)))));
