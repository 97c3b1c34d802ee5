// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { program } from "@/content/program";
import { schedule } from "@/content/schedule";
import type { Location } from "@/lib/content/schemas";
import { StepDown } from "./step-down";

/** Test data, not the program's: evenings four days a week, mornings five, three hours each. */
const fourEvenings = {
  ...schedule,
  eveningBlock: { days: ["Mon", "Tue", "Wed", "Thu"], start: "18:00", end: "21:00" },
} satisfies typeof schedule;
const fiveMornings: Location = {
  ...program.locations[0]!,
  morningBlock: { days: ["Mon", "Tue", "Wed", "Thu", "Fri"], start: "09:00", end: "12:00" },
};

describe("StepDown", () => {
  it("gives the program's days, weekly hours and length from the data, then what comes after", () => {
    render(<StepDown lang="en" />);
    const [during, after] = screen.getAllByRole("listitem");
    expect(during).toHaveTextContent(/^During the program\w+( to \w+)? days a week, [\d.]+( to [\d.]+)? hours a week/i);
    expect(during).toHaveTextContent(`Designed to last ${program.programLengthWeeks} weeks`);
    expect(during).toHaveTextContent(schedule.inProgram.summary.en);
    expect(after).toHaveTextContent(schedule.afterProgram.name.en);
    expect(screen.getByText(schedule.alumni.cost.en)).toBeInTheDocument();
  });

  it("shows a range when tracks meet a different number of days or hours", () => {
    render(<StepDown lang="en" schedule={fourEvenings} locations={[fiveMornings]} weeks={10} />);
    const [during] = screen.getAllByRole("listitem");
    expect(during).toHaveTextContent(/four to five days a week, 12 to 15 hours a week/i);
    expect(during).toHaveTextContent("Designed to last 10 weeks");
  });

  it("says the same facts in Spanish, with Spanish words from the data", () => {
    render(<StepDown lang="es" />);
    const [during, after] = screen.getAllByRole("listitem");
    expect(during).toHaveTextContent(
      /^Durante el programa\S+( a \S+)? días por semana, [\d.]+( a [\d.]+)? horas por semana/i,
    );
    expect(during).toHaveTextContent(`Está pensado para durar ${program.programLengthWeeks} semanas`);
    expect(during).toHaveTextContent(schedule.inProgram.summary.es);
    expect(after).toHaveTextContent(schedule.afterProgram.name.es);
    expect(screen.getByText(schedule.alumni.cost.es)).toBeInTheDocument();
    expect(screen.getByText("Sesiones para personas que terminaron el programa")).toBeInTheDocument();
  });

  it("agrees the Spanish numbers with their nouns: una sesión, cuatro a cinco días", () => {
    const oneAlumniSession = { ...fourEvenings, alumni: { ...schedule.alumni, sessionsPerWeek: 1 } };
    render(<StepDown lang="es" schedule={oneAlumniSession} locations={[fiveMornings]} />);
    expect(screen.getAllByRole("listitem")[0]).toHaveTextContent(
      /De cuatro a cinco días por semana, de 12 a 15 horas por semana/,
    );
    expect(screen.getByText("Una sesión por semana")).toBeInTheDocument();
  });
});
