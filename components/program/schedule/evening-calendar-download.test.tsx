// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { program } from "@/content/program";
import { schedule } from "@/content/schedule";
import { formatDays, formatTimeRange } from "@/lib/i18n/format";
import { sessionCount } from "@/lib/schedule";
import { EveningCalendarDownload } from "./evening-calendar-download";

const weeks = program.programLengthWeeks;
const sessions = sessionCount(schedule.eveningBlock, weeks);

describe("EveningCalendarDownload", () => {
  it("links to the English file and says what it holds, from the data", () => {
    const { container } = render(<EveningCalendarDownload lang="en" />);
    const link = screen.getByRole("link", { name: /download the evening sessions/i });
    expect(link).toHaveAttribute("href", "/evening-sessions.ics");
    expect(link.getAttribute("data-print-href")).toMatch(/\/evening-sessions\.ics$/);
    expect(container).toHaveTextContent(
      `The file puts ${sessions} sessions in your phone or computer calendar: ${formatDays("en", schedule.eveningBlock.days)}, ${formatTimeRange("en", schedule.eveningBlock)}, for ${weeks} weeks.`,
    );
    expect(container).toHaveTextContent(`Each entry is called “${schedule.calendar.summary.en}”`);
  });

  it("links a Spanish page to the Spanish file, with the same facts in Spanish", () => {
    const { container } = render(<EveningCalendarDownload lang="es" />);
    const link = screen.getByRole("link", { name: /descargar las sesiones de la tarde/i });
    expect(link).toHaveAttribute("href", "/es/evening-sessions.ics");
    expect(link.getAttribute("data-print-href")).toMatch(/\/es\/evening-sessions\.ics$/);
    expect(container).toHaveTextContent(
      `El archivo pone ${sessions} sesiones en el calendario de su teléfono o computadora: ${formatDays("es", schedule.eveningBlock.days)}, ${formatTimeRange("es", schedule.eveningBlock)}, durante ${weeks} semanas.`,
    );
    expect(container).toHaveTextContent("Cada entrada se llama “Sesión de la tarde”");
    expect(container.textContent).not.toMatch(/\b(?:the|sessions|calendar|weeks|Monday|PM)\b/);
  });
});
