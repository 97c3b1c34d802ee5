// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AtAGlance } from "@/components/home/at-a-glance";
import { PhonePanel } from "@/components/home/phone-panel";
import { safetyFor } from "@/content/by-lang";
import { practicalAnswer } from "@/content/practical";
import { program } from "@/content/program";
import { schedule } from "@/content/schedule";
import { formatAdmissionsHours } from "@/lib/admissions-hours";
import type { Program } from "@/lib/content/schemas";
import { formatDays, formatList, formatTimeRange } from "@/lib/i18n/format";
import { LANGS } from "@/lib/i18n/locales";
import { Practical, PracticalList, SafetyNote } from "./practical";

const emptied: Program = { ...program, practical: {}, medication: undefined };
const phone = program.admissionsPhone;
// Expected values come from content/, so these pass for any program a provider puts there.
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const evening = schedule.eveningBlock;
const places = program.locations.map((l) => l.name);
const cities = [...new Set(program.locations.map((l) => l.city))];

describe("PracticalList", () => {
  it("shows each answer under its label, from the data", () => {
    render(<PracticalList lang="en" topics={["firstCall", "bringOnDayOne"]} />);
    expect(screen.getByText("The first call").nextElementSibling).toHaveTextContent(
      `takes about ${program.practical.firstCall!.minutes} minutes`,
    );
    const items = screen.getByText("What to bring on day one").nextElementSibling!;
    for (const item of program.practical.bringOnDayOne!) expect(items).toHaveTextContent(item.en);
  });

  it("shows the same facts under Spanish labels on a Spanish page", () => {
    render(<PracticalList lang="es" topics={["firstCall", "bringOnDayOne"]} />);
    expect(screen.getByText("La primera llamada").nextElementSibling).toHaveTextContent(
      `dura unos ${program.practical.firstCall!.minutes} minutos`,
    );
    const items = within(screen.getByText("Qué traer el primer día").nextElementSibling as HTMLElement);
    expect(items.getAllByRole("listitem").map((li) => li.textContent)).toEqual(
      program.practical.bringOnDayOne!.map((item) => item.es),
    );
  });

  it.each([
    ["en", new RegExp(`^Ask us about .+: call ${escapeRegExp(program.admissionsPhone.display)}\\.$`)],
    ["es", new RegExp(`^Pregúntenos sobre .+: llame al ${escapeRegExp(program.admissionsPhone.display)}\\.$`)],
  ] as const)('shows "Ask us" with a link to call admissions for every field left empty (%s)', (lang, askUs) => {
    const topics = ["ages", "eveningPlace", "oneToOne", "telehealth", "insurance", "missedSessions"] as const;
    const { container } = render(<PracticalList lang={lang} topics={[...topics]} program={emptied} />);
    const answers = container.querySelectorAll("dd");
    expect(answers).toHaveLength(topics.length);
    for (const dd of answers) {
      expect(dd).toHaveTextContent(askUs);
      expect(within(dd as HTMLElement).getByRole("link", { name: phone.display })).toHaveAttribute(
        "href",
        `tel:${phone.e164}`,
      );
    }
  });
});

describe("Practical and SafetyNote", () => {
  it.each(LANGS)("give the answer and the safety paragraphs in the page's language (%s)", (lang) => {
    const { container } = render(
      <>
        <p>
          <Practical lang={lang} topic="ages" />
        </p>
        <SafetyNote lang={lang} topics={["withdrawal", "naloxone"]} />
      </>,
    );
    const paragraphs = container.querySelectorAll("p");
    expect(paragraphs[0]).toHaveTextContent(practicalAnswer("ages", program, lang).text);
    expect(paragraphs[1]).toHaveTextContent(safetyFor(lang).withdrawal.text);
    expect(paragraphs[2]).toHaveTextContent(safetyFor(lang).naloxone.text);
  });

  it("says the ages in Spanish on a Spanish page", () => {
    const { container } = render(<Practical lang="es" topic="ages" />);
    expect(container).toHaveTextContent(`${program.practical.ages!.min} años`);
  });
});

describe("AtAGlance", () => {
  it("gives days and hours, length, places, cost and who answers, from the data", () => {
    render(<AtAGlance lang="en" />);
    const box = screen.getByRole("region", { name: "At a glance" });
    expect(box).toHaveTextContent(
      `Evenings, ${formatDays("en", evening.days)}, ${formatTimeRange("en", evening)}, or mornings`,
    );
    expect(box).toHaveTextContent(`Planned for ${program.programLengthWeeks} weeks`);
    expect(box).toHaveTextContent(`${formatList("en", places)}, ${formatList("en", cities)}`);
    expect(box).toHaveTextContent("We check your insurance for free");
    expect(box).toHaveTextContent(formatAdmissionsHours(program.admissionsHours, "en"));
    expect(within(box).getByRole("link", { name: phone.display })).toHaveAttribute("href", `tel:${phone.e164}`);
  });

  it("says the same facts in Spanish on a Spanish page, with a label column wide enough for its labels", () => {
    const { container } = render(<AtAGlance lang="es" />);
    const box = screen.getByRole("region", { name: "En resumen" });
    expect(box).toHaveTextContent(
      `Por la tarde, ${formatDays("es", evening.days)}, ${formatTimeRange("es", evening)}, o por la mañana`,
    );
    expect(box).toHaveTextContent(`Planeado para ${program.programLengthWeeks} semanas`);
    expect(box).toHaveTextContent(`${formatList("es", places)}, ${formatList("es", cities)}`);
    expect(box).toHaveTextContent("Revisamos su seguro gratis");
    expect(box).toHaveTextContent(`Nuestro propio equipo de admisiones, no un centro de llamadas: ${phone.display}`);
    expect(box).toHaveTextContent(formatAdmissionsHours(program.admissionsHours, "es"));
    const labels = [...box.querySelectorAll("dt")].map((dt) => dt.textContent);
    expect(labels).toEqual(["Cuándo", "Cuánto dura", "Dónde", "Costo", "Quién contesta"]);
    expect(container.querySelector("dl")).toHaveClass("sm:grid-cols-[10rem_1fr]");
    expect(box.textContent).not.toMatch(/\b(?:Evenings|weeks|and|Who answers|call center|PM)\b/);
  });

  it.each([
    [
      "en",
      "At a glance",
      `Ask us about which plans we accept and what it costs: call ${program.admissionsPhone.display}.`,
    ],
    [
      "es",
      "En resumen",
      `Pregúntenos sobre qué seguros aceptamos y cuánto cuesta: llame al ${program.admissionsPhone.display}.`,
    ],
  ] as const)(
    'says "Ask us" about cost when the provider has not said which plans it takes (%s)',
    (lang, name, line) => {
      render(<AtAGlance lang={lang} program={emptied} />);
      expect(screen.getByRole("region", { name })).toHaveTextContent(line);
    },
  );
});

describe("PhonePanel", () => {
  it.each([
    ["en", "Call", "Phone hours:"],
    ["es", "Llame al", "Horario de teléfono:"],
  ] as const)("gives the admissions line and its hours in the page's language (%s)", (lang, call, hours) => {
    const { container } = render(
      <PhonePanel lang={lang}>
        <p>children</p>
      </PhonePanel>,
    );
    const link = screen.getByRole("link", { name: new RegExp(`^${call}`) });
    expect(link).toHaveAttribute("href", `tel:${phone.e164}`);
    expect(link).toHaveTextContent(phone.display);
    expect(container).toHaveTextContent(`${hours} ${formatAdmissionsHours(program.admissionsHours, lang)}`);
    if (program.textLine) {
      expect(container).toHaveTextContent(practicalAnswer("textsAnswered", program, lang).text);
    }
  });
});
