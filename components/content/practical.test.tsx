// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AtAGlance } from "@/components/home/at-a-glance";
import { program } from "@/content/program";
import { schedule } from "@/content/schedule";
import type { Program } from "@/lib/content/schemas";
import { formatDays, formatTimeRange } from "@/lib/schedule";
import { PracticalList } from "./practical";

// Expected values come from content/, so these pass for any program a provider puts there.
const emptied: Program = { ...program, practical: {}, medication: undefined };
const filled: Program = {
  ...program,
  practical: {
    ...program.practical,
    firstCall: { minutes: 20, covers: { en: "We ask what is going on.", es: "Le preguntamos qué está pasando." } },
    bringOnDayOne: [{ en: "a photo ID", es: "una identificación con foto" }],
    insurance: { accepted: ["medicaid"] },
  },
};
const phone = program.admissionsPhone;
const askUs = (about: string) => `Ask us about ${about}: call ${phone.display}.`;

describe("PracticalList", () => {
  it("shows each answer under its label, from the data", () => {
    render(<PracticalList topics={["firstCall", "bringOnDayOne"]} program={filled} />);
    expect(screen.getByText("The first call").nextElementSibling).toHaveTextContent(/takes about 20 minutes/);
    expect(screen.getByText("What to bring on day one").nextElementSibling).toHaveTextContent(/a photo ID/);
  });

  it('shows "Ask us" with a link to call admissions for every field left empty', () => {
    const topics = ["ages", "eveningPlace", "oneToOne", "telehealth", "insurance", "missedSessions"] as const;
    const { container } = render(<PracticalList topics={[...topics]} program={emptied} />);
    const answers = container.querySelectorAll("dd");
    expect(answers).toHaveLength(topics.length);
    for (const dd of answers) {
      expect(dd.textContent).toMatch(/^Ask us about .+: call /);
      expect(dd.textContent?.endsWith(`: call ${phone.display}.`)).toBe(true);
      expect(within(dd as HTMLElement).getByRole("link", { name: phone.display })).toHaveAttribute(
        "href",
        `tel:${phone.e164}`,
      );
    }
  });
});

describe("AtAGlance", () => {
  it("gives days and hours, length, places, cost and who answers, from the data", () => {
    render(<AtAGlance program={filled} />);
    const box = screen.getByRole("region", { name: "At a glance" });
    const evening = schedule.eveningBlock;
    expect(box).toHaveTextContent(`Evenings, ${formatDays(evening.days)}, ${formatTimeRange(evening)}, or mornings`);
    expect(box).toHaveTextContent(`Planned for ${program.programLengthWeeks} weeks`);
    const cities = [...new Set(program.locations.map((l) => l.city))].join(" and ");
    expect(box).toHaveTextContent(`${program.locations.map((l) => l.name).join(" and ")}, ${cities}`);
    expect(box).toHaveTextContent("We check your insurance for free");
    expect(within(box).getByRole("link", { name: phone.display })).toHaveAttribute("href", `tel:${phone.e164}`);
  });

  it('says "Ask us" about cost when the provider has not said which plans it takes', () => {
    render(<AtAGlance program={emptied} />);
    expect(screen.getByRole("region", { name: "At a glance" })).toHaveTextContent(
      askUs("which plans we accept and what it costs"),
    );
  });
});
