// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { program } from "@/content/program";
import { schedule } from "@/content/schedule";
import type { Location } from "@/lib/content/schemas";
import { StepDown } from "./step-down";

describe("StepDown", () => {
  it("gives the program's days, weekly hours and length from the data, then what comes after", () => {
    render(<StepDown />);
    const [during, after] = screen.getAllByRole("listitem");
    expect(during).toHaveTextContent(/^During the program\w+ days a week, [\d.]+ hours a week/i);
    expect(during).toHaveTextContent(`Designed to last ${program.programLengthWeeks} weeks`);
    expect(during).toHaveTextContent(schedule.inProgram.summary);
    expect(after).toHaveTextContent(schedule.afterProgram.name);
    expect(screen.getByText(schedule.alumni.cost)).toBeInTheDocument();
  });

  it("shows a range when tracks meet a different number of days or hours", () => {
    const location: Location = {
      ...program.locations[0]!,
      morningBlock: { days: ["Mon", "Tue", "Wed", "Thu", "Fri"], start: "09:00", end: "12:00" },
    };
    render(<StepDown locations={[location]} weeks={10} />);
    const [during] = screen.getAllByRole("listitem");
    expect(during).toHaveTextContent(/four to five days a week, 12 to 15 hours a week/i);
    expect(during).toHaveTextContent("Designed to last 10 weeks");
  });
});
