// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { schedule } from "@/content/schedule";
import { formatClock, formatTimeRange } from "@/lib/i18n/format";
import type { Lang } from "@/lib/i18n/locales";
import { TypicalEvening } from "./typical-evening";

describe.each<[Lang, RegExp]>([
  ["en", /^One evening, /],
  ["es", /^Una tarde, de /],
])("TypicalEvening (%s)", (lang, title) => {
  it("lists each part of the evening at its time from the data, in the page's language", () => {
    const { container } = render(<TypicalEvening lang={lang} />);
    expect(container.querySelector("p")).toHaveTextContent(title);
    expect(container.querySelector("p")).toHaveTextContent(formatTimeRange(lang, schedule.eveningBlock));
    const items = screen.getAllByRole("listitem");
    expect(items).toHaveLength(schedule.typicalEvening.length);
    schedule.typicalEvening.forEach((part, i) => {
      expect(items[i]).toHaveTextContent(formatClock(lang, part.start));
      expect(items[i]).toHaveTextContent(part.activity[lang]);
      if (part.detail) expect(items[i]).toHaveTextContent(part.detail[lang]);
    });
  });
});

describe("TypicalEvening in Spanish", () => {
  it("gives durations in Spanish and leaves no English activity", () => {
    const { container } = render(<TypicalEvening lang="es" />);
    expect(container).toHaveTextContent(/\(\d+ minutos?\)|\(\d+ horas?( y \d+ minutos?)?\)/);
    for (const part of schedule.typicalEvening) expect(container).not.toHaveTextContent(part.activity.en);
    expect(container.textContent).not.toMatch(/\b(?:minutes|hours?|PM|AM)\b/);
  });
});
