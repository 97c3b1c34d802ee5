import { withKnownSources } from "@/lib/content/known-sources";
import { parseContent } from "@/lib/content/parse";
import { careLevelsSchema } from "@/lib/content/schemas";
import type { z } from "zod";

/**
 * The levels-of-care table of content/care-levels.ts in Spanish, for
 * /es/compare: the same levels, rows, blank cells and sources. ASAM numbers
 * are the third edition's, with the fourth edition's names where they changed.
 */
const careLevelsContentSchema = withKnownSources(careLevelsSchema, (data) =>
  data.factors.flatMap((factor, i) =>
    Object.entries(factor.cells).map(([levelId, cell]) => ({
      path: ["factors", i, "cells", levelId, "sources"],
      ids: cell.sources,
    })),
  ),
);

export const careLevels = parseContent(
  careLevelsContentSchema,
  {
    levels: [
      {
        id: "residential",
        name: "Tratamiento residencial u hospitalario",
        asamLevel: "3.1 a 4",
        fourthEdition: "niveles 3.1, 3.5, 3.7 y 4",
      },
      {
        id: "partial-hospitalization",
        name: "Hospitalización parcial (PHP)",
        asamLevel: "2.5",
        fourthEdition: "ambulatorio de alta intensidad",
      },
      {
        id: "intensive-outpatient",
        name: "Programa ambulatorio intensivo (IOP, por sus siglas en inglés)",
        asamLevel: "2.1",
        thisProgram: true,
      },
      {
        id: "outpatient",
        name: "Tratamiento ambulatorio estándar",
        asamLevel: "1",
        fourthEdition:
          "1.5 terapia ambulatoria (nuevos: 1.0 seguimiento de la remisión, 1.7 ambulatorio con manejo médico)",
      },
    ],
    factors: [
      {
        id: "where-you-live",
        label: "Dónde vive",
        cells: {
          residential: {
            text: "En el centro de tratamiento, de día y de noche",
            sources: ["asam-criteria", "whitesands-iop-2025"],
          },
          "partial-hospitalization": {
            text: "En su casa; pasa varias horas al día en el programa, casi todos los días de semana",
            sources: ["asam-criteria"],
          },
          "intensive-outpatient": {
            text: "En su casa, o en un hogar de vida sobria (una vivienda compartida sin alcohol ni drogas)",
            sources: ["whitesands-iop-2025"],
          },
          outpatient: { text: "En su casa, o en un hogar de vida sobria", sources: ["whitesands-iop-2025"] },
        },
      },
      {
        id: "supervision",
        label: "Supervisión",
        cells: {
          residential: {
            text: "Personal de día y de noche; personal médico en el lugar en los niveles 3.7 y 4",
            sources: ["asam-criteria"],
          },
          "partial-hospitalization": {
            text: "Personal en el horario del programa, varias horas al día; usted vuelve a su casa de noche",
            sources: ["asam-criteria"],
          },
          "intensive-outpatient": {
            text: "Personal durante las sesiones programadas; sin supervisión las 24 horas",
            sources: ["asam-criteria", "samhsa-tip-47"],
          },
          outpatient: { text: "Personal durante las sesiones programadas", sources: ["asam-criteria"] },
        },
      },
      {
        id: "hours",
        label: "Horas por semana",
        cells: {
          residential: { text: "Atención las 24 horas del día", sources: ["asam-criteria"] },
          "partial-hospitalization": { text: "20 horas o más", sources: ["asam-criteria"] },
          "intensive-outpatient": {
            text: "9 horas o más para adultos; Medicare cuenta de 9 a 19",
            sources: ["asam-criteria", "cms-medicare-iop-2024"],
          },
          outpatient: { text: "Menos de 9 horas para adultos", sources: ["asam-criteria"] },
        },
      },
      {
        id: "length",
        label: "Duración habitual",
        cells: {
          residential: { text: "A menudo 30, 60 o 90 días", sources: ["whitesands-iop-2025"] },
          "intensive-outpatient": {
            text: "Lo más común es de 8 a 12 semanas; de 4 a 12 semanas según el programa",
            sources: ["landmark-iop-2025", "whitesands-iop-2025"],
          },
          outpatient: {
            text: "Sin fecha fija de fin; a menudo viene después del IOP",
            sources: ["whitesands-iop-2025"],
          },
        },
      },
      {
        id: "who-it-suits",
        label: "Para quién es",
        cells: {
          residential: {
            text: "Personas con un consumo grave de sustancias, personas con una abstinencia que necesita atención médica las 24 horas, y personas que necesitan alejarse un tiempo de los detonantes de su casa",
            sources: ["asam-criteria", "whitesands-iop-2025"],
          },
          "partial-hospitalization": {
            text: "Personas que necesitan más horas de atención por semana que las del IOP, pero que siguen viviendo en su casa",
            sources: ["asam-criteria"],
          },
          "intensive-outpatient": {
            text: "Personas con apoyo y con un hogar estable sin alcohol ni drogas, con poco riesgo de una abstinencia peligrosa, que quieren seguir con su trabajo, sus estudios o sus tareas en la familia",
            sources: ["samhsa-tip-47", "mccarty-2014"],
          },
          outpatient: {
            text: "Personas que bajan de nivel de atención después del IOP y vuelven poco a poco a su vida diaria",
            sources: ["asam-criteria", "samhsa-tip-47"],
          },
        },
      },
      {
        id: "cost",
        label: "Costo y seguro",
        cells: {
          residential: { text: "El más alto, porque incluye la vivienda", sources: ["whitesands-iop-2025"] },
          "intensive-outpatient": {
            text: "Más bajo que el tratamiento residencial; a menudo lo cubre el seguro, y Medicare desde 2024",
            sources: ["whitesands-iop-2025", "cms-medicare-iop-2024"],
          },
        },
      },
    ],
  } satisfies z.input<typeof careLevelsContentSchema>,
  "content/es/care-levels.ts",
);

/** Every source the table cites, in first-use order, for the page's source list. */
export const careLevelSourceIds: string[] = [
  ...new Set(careLevels.factors.flatMap((f) => Object.values(f.cells).flatMap((c) => c.sources))),
];

/** The compare page's sources: the table's, then the program's own policy, which the page's prose cites. */
export const compareSourceIds: string[] = [...new Set([...careLevelSourceIds, "program-policy"])];
