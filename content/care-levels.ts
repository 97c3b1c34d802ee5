import { withKnownSources } from "@/lib/content/known-sources";
import { parseContent } from "@/lib/content/parse";
import { careLevelsSchema } from "@/lib/content/schemas";

/**
 * Four levels of care side by side, for /compare. ASAM numbers are from the
 * third edition (2013), whose hour limits are the ones we could check; the
 * fourth edition's names are added where they changed. A level with no cell
 * in a row is shown as "not covered by our sources": we leave it blank rather
 * than guess.
 */
export const careLevels = parseContent(
  withKnownSources(careLevelsSchema, (data) =>
    data.factors.flatMap((factor, i) =>
      Object.entries(factor.cells).map(([levelId, cell]) => ({
        path: ["factors", i, "cells", levelId, "sources"],
        ids: cell.sources,
      })),
    ),
  ),
  {
    levels: [
      {
        id: "residential",
        name: "Inpatient or residential",
        asamLevel: "3.1 to 4",
        fourthEdition: "levels 3.1, 3.5, 3.7 and 4",
      },
      {
        id: "partial-hospitalization",
        name: "Partial hospitalization",
        asamLevel: "2.5",
        fourthEdition: "high-intensity outpatient",
      },
      { id: "intensive-outpatient", name: "Intensive outpatient (IOP)", asamLevel: "2.1", thisProgram: true },
      {
        id: "outpatient",
        name: "Standard outpatient",
        asamLevel: "1",
        fourthEdition: "levels 1.0, 1.5 and 1.7",
      },
    ],
    factors: [
      {
        id: "where-you-live",
        label: "Where you live",
        cells: {
          residential: { text: "At the treatment center, day and night", sources: ["provider-descriptions"] },
          "partial-hospitalization": {
            text: "At home; you spend most of the day at the program",
            sources: ["asam-criteria"],
          },
          "intensive-outpatient": { text: "At home or in sober living", sources: ["provider-descriptions"] },
          outpatient: { text: "At home or in sober living", sources: ["provider-descriptions"] },
        },
      },
      {
        id: "supervision",
        label: "Supervision",
        cells: {
          residential: { text: "Staff around the clock, with medical support", sources: ["provider-descriptions"] },
          "partial-hospitalization": {
            text: "Staff during program hours, for most of the day; you go home at night",
            sources: ["asam-criteria"],
          },
          "intensive-outpatient": {
            text: "Staff during scheduled sessions; no 24-hour supervision",
            sources: ["provider-descriptions"],
          },
          outpatient: { text: "Staff during scheduled sessions", sources: ["asam-criteria"] },
        },
      },
      {
        id: "hours",
        label: "Hours a week",
        cells: {
          residential: { text: "Care 24 hours a day", sources: ["asam-criteria"] },
          "partial-hospitalization": { text: "20 hours or more", sources: ["asam-criteria"] },
          "intensive-outpatient": {
            text: "9 hours or more for adults; many programs offer 9 to 19",
            sources: ["asam-criteria", "provider-descriptions"],
          },
          outpatient: { text: "Fewer than 9 hours for adults", sources: ["asam-criteria"] },
        },
      },
      {
        id: "length",
        label: "Typical length",
        cells: {
          residential: { text: "Often 30, 60 or 90 days (1 to 3 months)", sources: ["provider-descriptions"] },
          "intensive-outpatient": {
            text: "Most often 8 to 12 weeks; from 4 to 12 weeks across programs",
            sources: ["provider-descriptions"],
          },
          outpatient: { text: "Open-ended; often follows IOP", sources: ["provider-descriptions"] },
        },
      },
      {
        id: "who-it-suits",
        label: "Who it suits",
        cells: {
          residential: {
            text: "People with severe substance use, people who need detox, and people who need time away from triggers at home",
            sources: ["provider-descriptions"],
          },
          "partial-hospitalization": {
            text: "People who need more hours of care each week than IOP gives, while still living at home",
            sources: ["asam-criteria"],
          },
          "intensive-outpatient": {
            text: "People with a stable, substance-free home and support, at low risk of withdrawal, who want to keep up work, school or family duties",
            sources: ["provider-descriptions", "samhsa-advisory-2021"],
          },
          outpatient: {
            text: "People stepping down after IOP and easing back into daily life",
            sources: ["provider-descriptions"],
          },
        },
      },
      {
        id: "cost",
        label: "Cost and insurance",
        cells: {
          residential: { text: "Highest, because it includes housing", sources: ["provider-descriptions"] },
          "partial-hospitalization": {
            text: "Lower than residential care",
            sources: ["provider-descriptions"],
          },
          "intensive-outpatient": {
            text: "Lower than residential care; often covered by insurance",
            sources: ["provider-descriptions"],
          },
          outpatient: { text: "Lower than residential care", sources: ["provider-descriptions"] },
        },
      },
    ],
  },
  "content/care-levels.ts",
);

/** Every source the table cites, in first-use order, for the page's source list. */
export const careLevelSourceIds: string[] = [
  ...new Set(careLevels.factors.flatMap((f) => Object.values(f.cells).flatMap((c) => c.sources))),
];
