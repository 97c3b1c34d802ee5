// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { careLevelsFor } from "@/content/by-lang";
import { careLevels, careLevelSourceIds } from "@/content/care-levels";
import { numberWord } from "@/lib/i18n/format";
import { CompareTable } from "./compare-table";

const NOT_COVERED = "Varies: our sources give no typical figure, so ask the program";

function renderTable(citations: readonly string[] = careLevelSourceIds) {
  render(<CompareTable lang="en" citations={citations} />);
  return screen.getByRole("table", { name: /levels of care compare/i });
}

describe("CompareTable", () => {
  it("has a caption that names the table and its scroll region", () => {
    const table = renderTable();
    const caption = table.querySelector("caption");
    expect(caption).not.toBeNull();
    const region = screen.getByRole("region", { name: /levels of care compare/i });
    expect(region).toHaveAttribute("tabindex", "0");
    expect(region).toContainElement(table);
  });

  it("has one scoped column header per level, with its ASAM level", () => {
    const table = renderTable();
    const headers = within(table).getAllByRole("columnheader");
    expect(headers).toHaveLength(careLevels.levels.length);
    careLevels.levels.forEach((level, i) => {
      const header = headers[i]!;
      expect(header).toHaveAttribute("scope", "col");
      expect(header).toHaveTextContent(level.name);
      expect(header).toHaveTextContent(`level${level.asamLevel.includes(" ") ? "s" : ""} ${level.asamLevel}`);
      if (level.fourthEdition) expect(header).toHaveTextContent(level.fourthEdition);
    });
  });

  it("has one scoped row header per factor, and a cell for every level in every row", () => {
    const table = renderTable();
    const rowHeaders = within(table).getAllByRole("rowheader");
    expect(rowHeaders.map((h) => h.textContent)).toEqual(careLevels.factors.map((f) => f.label));
    for (const factor of careLevels.factors) {
      const header = within(table).getByRole("rowheader", { name: factor.label });
      expect(header).toHaveAttribute("scope", "row");
      const row = header.closest("tr")!;
      const cells = within(row).getAllByRole("cell");
      expect(cells).toHaveLength(careLevels.levels.length);
      careLevels.levels.forEach((level, i) => {
        const cell = factor.cells[level.id];
        expect(cells[i]).toHaveTextContent(cell ? cell.text : NOT_COVERED);
      });
    }
  });

  it("links every cited cell to its numbered source", () => {
    const table = renderTable();
    for (const factor of careLevels.factors) {
      const row = within(table).getByRole("rowheader", { name: factor.label }).closest("tr")!;
      const cells = within(row).getAllByRole("cell");
      careLevels.levels.forEach((level, i) => {
        const cell = factor.cells[level.id];
        const links = within(cells[i]!).queryAllByRole("link");
        expect(links).toHaveLength(cell?.sources.length ?? 0);
        for (const key of cell?.sources ?? []) {
          const n = careLevelSourceIds.indexOf(key) + 1;
          const link = within(cells[i]!).getByRole("link", { name: `Source ${n}` });
          expect(link).toHaveAttribute("href", `#source-${key}`);
        }
      });
    }
  });

  it("numbers citations by the page's source order", () => {
    const reversed = [...careLevelSourceIds].reverse();
    const table = renderTable(reversed);
    const first = careLevelSourceIds[0]!;
    const link = within(table)
      .getAllByRole("link")
      .find((a) => a.getAttribute("href") === `#source-${first}`);
    expect(link).toHaveAccessibleName(`Source ${reversed.indexOf(first) + 1}`);
  });

  it("refuses to cite a source the page does not list", () => {
    expect(() => render(<CompareTable lang="en" citations={careLevelSourceIds.slice(1)} />)).toThrow(
      /metadata\.sources/,
    );
  });

  it("marks the level this program offers", () => {
    const table = renderTable();
    const ours = careLevels.levels.filter((l) => l.thisProgram);
    expect(ours).toHaveLength(1);
    expect(within(table).getByRole("columnheader", { name: /what we offer/i })).toHaveTextContent(ours[0]!.name);
  });

  it("speaks Spanish on a Spanish page: its title, labels and source links, around the Spanish data", () => {
    const data = careLevelsFor("es");
    render(<CompareTable lang="es" citations={careLevelSourceIds} />);
    const table = screen.getByRole("table", { name: /niveles principales de atención/i });
    const count = numberWord("es", data.levels.length, "masculine");
    expect(table.querySelector("caption")).toHaveTextContent(`Cómo se comparan los ${count} niveles principales`);
    const headers = within(table).getAllByRole("columnheader");
    data.levels.forEach((level, i) => {
      expect(headers[i]).toHaveTextContent(level.name);
      expect(headers[i]).toHaveTextContent(
        `${level.asamLevel.includes(" ") ? "Niveles" : "Nivel"} ASAM ${level.asamLevel}`,
      );
    });
    const ours = data.levels.find((l) => l.thisProgram)!;
    expect(within(table).getByRole("columnheader", { name: /lo ofrecemos/i })).toHaveTextContent(ours.name);
    const links = within(table).getAllByRole("link");
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toHaveAccessibleName(/^Fuente \d+$/);
    expect(table.textContent).not.toMatch(/What we offer|edition|ASAM levels? \d|Varies/);
  });
});
