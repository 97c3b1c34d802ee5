// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { program } from "@/content/program";
import { schedule } from "@/content/schedule";
import type { Location } from "@/lib/content/schemas";
import { formatClock, minutesBetween } from "@/lib/format";
import { weekdayName } from "@/lib/schedule";
import { WeeklySchedule } from "./weekly-schedule";

type Block = { days: readonly string[]; start: string; end: string };

/** Weekly hours worked out here from the raw times, independently of lib/schedule. */
const weeklyHours = (b: Block) => `${(minutesBetween(b.start, b.end) / 60) * new Set(b.days).size} hours`;

function columns(table: HTMLElement) {
  return within(table)
    .getAllByRole("columnheader")
    .slice(1)
    .map((h) => h.textContent ?? "");
}

function cellsFor(table: HTMLElement, rowName: string) {
  const row = within(table).getByRole("rowheader", { name: rowName }).closest("tr")!;
  return within(row).getAllByRole("cell");
}

describe("WeeklySchedule", () => {
  const blocks: { label: string; block: Block }[] = [
    { label: "Evenings", block: schedule.eveningBlock },
    ...program.locations.map((l) => ({ label: l.name, block: l.morningBlock })),
  ];

  it("is a captioned table in a labelled, focusable region", () => {
    render(<WeeklySchedule />);
    const table = screen.getByRole("table", { name: /session times/i });
    const region = screen.getByRole("region", { name: /session times/i });
    expect(region).toHaveAttribute("tabindex", "0");
    expect(region).toContainElement(table);
    within(table)
      .getAllByRole("columnheader")
      .forEach((h) => expect(h).toHaveAttribute("scope", "col"));
  });

  it("has a column for the evening track and for each location's mornings", () => {
    render(<WeeklySchedule />);
    const table = screen.getByRole("table", { name: /session times/i });
    const headers = columns(table);
    expect(headers).toHaveLength(blocks.length);
    blocks.forEach(({ label }, i) => expect(headers[i]).toContain(label));
  });

  it("shows each day's times exactly as formatClock gives them from the data", () => {
    render(<WeeklySchedule />);
    const table = screen.getByRole("table", { name: /session times/i });
    const days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;
    const used = days.filter((d) => blocks.some(({ block }) => block.days.includes(d)));
    expect(within(table).getAllByRole("rowheader").slice(0, -1)).toHaveLength(used.length);
    for (const day of used) {
      const cells = cellsFor(table, weekdayName(day));
      blocks.forEach(({ block }, i) => {
        const expected = block.days.includes(day)
          ? `${formatClock(block.start)} to ${formatClock(block.end)}`
          : "No session";
        expect(cells[i]).toHaveTextContent(expected);
      });
    }
  });

  it("totals each track's weekly hours from its times", () => {
    render(<WeeklySchedule />);
    const table = screen.getByRole("table", { name: /session times/i });
    const totals = cellsFor(table, "Weekly total");
    blocks.forEach(({ block }, i) => expect(totals[i]).toHaveTextContent(weeklyHours(block)));
  });

  it("follows the data it is given, weekends included", () => {
    const location: Location = {
      id: "lakeside",
      name: "Lakeside Clinic",
      street: "1 Shore Road",
      city: "Maple Hollow",
      region: "OH",
      postalCode: "43002",
      morningBlock: { days: ["Sat", "Sun", "Wed", "Thu"], start: "08:15", end: "11:45" },
    };
    const eveningBlock = { days: ["Tue" as const, "Thu" as const], start: "17:30", end: "19:00" };
    render(<WeeklySchedule schedule={{ eveningBlock }} locations={[location]} />);
    const table = screen.getByRole("table", { name: /session times/i });
    expect(within(table).queryByText(/no sessions on weekends/i)).toBeNull();
    expect(cellsFor(table, "Saturday")[1]).toHaveTextContent(`${formatClock("08:15")} to ${formatClock("11:45")}`);
    expect(cellsFor(table, "Tuesday")[0]).toHaveTextContent(`${formatClock("17:30")} to ${formatClock("19:00")}`);
    const totals = cellsFor(table, "Weekly total");
    expect(totals[0]).toHaveTextContent(weeklyHours(eveningBlock));
    expect(totals[1]).toHaveTextContent(weeklyHours(location.morningBlock));
  });
});
