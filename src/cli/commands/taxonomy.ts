import type { Command } from "@commander-js/extra-typings";
import { LANGUAGES } from "../../kernel/index.js";
import { type TaxonomyEntry, type TaxonomyListing, taxonomyListing } from "../../register/index.js";
import { emit, oneOf } from "../io.js";
import { loadValid } from "../load.js";

const HEADINGS = {
  nl: { data_categories: "Gegevenscategorieën", purposes: "Soorten doelen", subject_kinds: "Soorten betrokkenen" },
  en: { data_categories: "Data categories", purposes: "Kinds of purpose", subject_kinds: "Kinds of data subject" },
} as const;

const TAGS = {
  nl: { register: "uit het register", secret: "geheim" },
  en: { register: "from the register", secret: "secret" },
} as const;

export function registerTaxonomy(program: Command, setExit: (code: number) => void): void {
  program
    .command("taxonomy")
    .description("list the data categories, purposes and subject kinds a register can name, with their labels")
    .argument("[register]", "a register file: its own taxonomy entries are listed as well")
    .option("--lang <lang>", "nl or en", "nl")
    .option("--format <format>", "text or json", "text")
    .option("-o, --out <file>", "write to a file instead of stdout")
    .action(async (file, opts) => {
      const lang = oneOf(opts.lang, LANGUAGES, "--lang");
      const format = oneOf(opts.format, ["text", "json"] as const, "--format");
      const loaded = file ? await loadValid(file) : undefined;
      if (file && !loaded) return setExit(2);
      const listing = taxonomyListing(lang, loaded?.register);
      if (format === "json") return emit(`${JSON.stringify(listing, null, 2)}\n`, opts.out);
      const line = (e: TaxonomyEntry) => {
        const tags = [
          e.special,
          e.secret ? TAGS[lang].secret : undefined,
          e.origin === "register" ? TAGS[lang].register : undefined,
        ].filter(Boolean);
        return `  ${e.id.padEnd(32)} ${e.label}${tags.length > 0 ? `  [${tags.join(", ")}]` : ""}`;
      };
      const sections = (Object.keys(HEADINGS[lang]) as (keyof TaxonomyListing)[]).map(
        (key) => `${HEADINGS[lang][key]}\n${listing[key].map(line).join("\n")}`,
      );
      await emit(`${sections.join("\n\n")}\n`, opts.out);
    });
}
