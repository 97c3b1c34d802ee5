// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AtAGlance } from "@/components/home/at-a-glance";
import { program } from "@/content/program";
import type { Program } from "@/lib/content/schemas";
import { PracticalList } from "./practical";

const emptied: Program = { ...program, practical: {}, medication: undefined };
const phone = program.admissionsPhone;

describe("PracticalList", () => {
  it("shows each answer under its label, from the data", () => {
    render(<PracticalList topics={["firstCall", "bringOnDayOne"]} />);
    expect(screen.getByText("The first call").nextElementSibling).toHaveTextContent(/takes about 20 minutes/);
    expect(screen.getByText("What to bring on day one").nextElementSibling).toHaveTextContent(/a photo ID/);
  });

  it('shows "Ask us" with a link to call admissions for every field left empty', () => {
    const topics = ["ages", "eveningPlace", "oneToOne", "telehealth", "insurance", "missedSessions"] as const;
    const { container } = render(<PracticalList topics={[...topics]} program={emptied} />);
    const answers = container.querySelectorAll("dd");
    expect(answers).toHaveLength(topics.length);
    for (const dd of answers) {
      expect(dd).toHaveTextContent(/^Ask us about .+: call \(555\) 555-0142\.$/);
      expect(within(dd as HTMLElement).getByRole("link", { name: phone.display })).toHaveAttribute(
        "href",
        `tel:${phone.e164}`,
      );
    }
  });
});

describe("AtAGlance", () => {
  it("gives days and hours, length, places, cost and who answers, from the data", () => {
    render(<AtAGlance />);
    const box = screen.getByRole("region", { name: "At a glance" });
    expect(box).toHaveTextContent("Evenings, Monday to Thursday, 6:00 PM to 9:00 PM, or mornings");
    expect(box).toHaveTextContent(`Planned for ${program.programLengthWeeks} weeks`);
    expect(box).toHaveTextContent("Eastside Clinic and Northgate Clinic, Maple Hollow");
    expect(box).toHaveTextContent("We check your insurance for free");
    expect(within(box).getByRole("link", { name: phone.display })).toHaveAttribute("href", `tel:${phone.e164}`);
  });

  it('says "Ask us" about cost when the provider has not said which plans it takes', () => {
    render(<AtAGlance program={emptied} />);
    expect(screen.getByRole("region", { name: "At a glance" })).toHaveTextContent(
      "Ask us about which plans we accept and what it costs: call (555) 555-0142.",
    );
  });
});
