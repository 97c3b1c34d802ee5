import { writeFileSync } from "node:fs";
import { program } from "@/content/program";
import { shippedFacts } from "./shipped-facts";

/** `npx tsx tests/provider/list-shipped-facts.ts out.json`: the facts of content/program.ts as it is here, as JSON. */
const out = process.argv[2];
if (!out) throw new Error("usage: tsx tests/provider/list-shipped-facts.ts <out.json>");
writeFileSync(out, JSON.stringify(shippedFacts(program), null, 2));
