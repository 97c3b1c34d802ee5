// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { program } from "@/content/program";
import { schedule } from "@/content/schedule";
import type { Location } from "@/lib/content/schemas";
import { minutesBetween } from "@/lib/format";
import { formatClock, weekdayName } from "@/lib/i18n/format";
import { WeeklySchedule } from "./weekly-schedule";

type Block = { days: readonly string[]; start: string; end: string };

/** Weekly hours worked out here from the raw times, independently of lib/schedule. */
const weeklyHours = (b: Block) => (minutesBetween(b.start, b.end) / 60) * new Set(b.days).size;

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
    render(<WeeklySchedule lang="en" />);
    const table = screen.getByRole("table", { name: /session times/i });
    const region = screen.getByRole("region", { name: /session times/i });
    expect(region).toHaveAttribute("tabindex", "0");
    expect(region).toContainElement(table);
    within(table)
      .getAllByRole("columnheader")
      .forEach((h) => expect(h).toHaveAttribute("scope", "col"));
  });

  it("has a column for the evening track and for each location's mornings", () => {
    render(<WeeklySchedule lang="en" />);
    const table = screen.getByRole("table", { name: /session times/i });
    const headers = columns(table);
    expect(headers).toHaveLength(blocks.length);
    blocks.forEach(({ label }, i) => expect(headers[i]).toContain(label));
  });

  /** Each language's words around the same facts: the table's name, "to", an empty cell, the totals row, "hours". */
  const WORDS = {
    en: { table: /session times/i, to: "to", none: "No session", total: "Weekly total", hours: "hours" },
    es: {
      table: /horario de las sesiones/i,
      to: "a",
      none: "No hay sesión",
      total: "Total por semana",
      hours: "horas",
    },
  } as const;

  describe.each(["en", "es"] as const)("in %s", (lang) => {
    const w = WORDS[lang];

    it("shows each day's times exactly as formatClock gives them from the data", () => {
      render(<WeeklySchedule lang={lang} />);
      const table = screen.getByRole("table", { name: w.table });
      const days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;
      const used = days.filter((d) => blocks.some(({ block }) => block.days.includes(d)));
      expect(within(table).getAllByRole("rowheader").slice(0, -1)).toHaveLength(used.length);
      for (const day of used) {
        const cells = cellsFor(table, weekdayName(lang, day));
        blocks.forEach(({ block }, i) => {
          const expected = block.days.includes(day)
            ? `${formatClock(lang, block.start)} ${w.to} ${formatClock(lang, block.end)}`
            : w.none;
          expect(cells[i]).toHaveTextContent(expected);
        });
      }
    });

    it("totals each track's weekly hours from its times", () => {
      render(<WeeklySchedule lang={lang} />);
      const table = screen.getByRole("table", { name: w.table });
      const totals = cellsFor(table, w.total);
      blocks.forEach(({ block }, i) => expect(totals[i]).toHaveTextContent(`${weeklyHours(block)} ${w.hours}`));
    });
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
    render(<WeeklySchedule lang="en" schedule={{ eveningBlock }} locations={[location]} />);
    const table = screen.getByRole("table", { name: /session times/i });
    expect(within(table).queryByText(/no sessions on weekends/i)).toBeNull();
    expect(cellsFor(table, "Saturday")[1]).toHaveTextContent("8:15 AM to 11:45 AM");
    expect(cellsFor(table, "Tuesday")[0]).toHaveTextContent("5:30 PM to 7:00 PM");
    const totals = cellsFor(table, "Weekly total");
    expect(totals[0]).toHaveTextContent(`${weeklyHours(eveningBlock)} hours`);
    expect(totals[1]).toHaveTextContent(`${weeklyHours(location.morningBlock)} hours`);
  });

  it("names tracks and days in Spanish on a Spanish page, and leaves no English word in the table", () => {
    render(<WeeklySchedule lang="es" />);
    const table = screen.getByRole("table", { name: WORDS.es.table });
    const headers = columns(table);
    expect(headers[0]).toBe("Tardes");
    // The place is on its own line; "en " before it is for screen readers.
    program.locations.forEach((l, i) => expect(headers[i + 1]).toBe(`Mañanasen ${l.name}`));
    expect(screen.getByText(/Elija un horario/)).toBeInTheDocument();
    // The short day names a phone shows are Spanish too.
    expect(table).toHaveTextContent(/lun/);
    expect(table.textContent).not.toMatch(/\b(?:to|Day|Evenings|Mornings|Weekly|No session|Mon|Tue|Wed|Thu|Fri)\b/);
  });
});
