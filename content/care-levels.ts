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
        fourthEdition: "1.5 outpatient therapy (new: 1.0 remission monitoring, 1.7 medically managed outpatient)",
      },
    ],
    factors: [
      {
        id: "where-you-live",
        label: "Where you live",
        cells: {
          residential: {
            text: "At the treatment center, day and night",
            sources: ["asam-criteria", "whitesands-iop-2025"],
          },
          "partial-hospitalization": {
            text: "At home; you spend several hours a day, most weekdays, at the program",
            sources: ["asam-criteria"],
          },
          "intensive-outpatient": {
            text: "At home, or in a sober living home (shared housing free of alcohol and drugs)",
            sources: ["whitesands-iop-2025"],
          },
          outpatient: { text: "At home, or in a sober living home", sources: ["whitesands-iop-2025"] },
        },
      },
      {
        id: "supervision",
        label: "Supervision",
        cells: {
          residential: {
            text: "Staff around the clock; medical staff on site at levels 3.7 and 4",
            sources: ["asam-criteria"],
          },
          "partial-hospitalization": {
            text: "Staff during program hours, several hours a day; you go home at night",
            sources: ["asam-criteria"],
          },
          "intensive-outpatient": {
            text: "Staff during scheduled sessions; no 24-hour supervision",
            sources: ["asam-criteria", "samhsa-tip-47"],
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
            text: "9 hours or more for adults; Medicare counts 9 to 19",
            sources: ["asam-criteria", "cms-medicare-iop-2024"],
          },
          outpatient: { text: "Fewer than 9 hours for adults", sources: ["asam-criteria"] },
        },
      },
      {
        id: "length",
        label: "Typical length",
        cells: {
          residential: { text: "Often 30, 60 or 90 days", sources: ["whitesands-iop-2025"] },
          "intensive-outpatient": {
            text: "Most often 8 to 12 weeks; from 4 to 12 weeks across programs",
            sources: ["landmark-iop-2025", "whitesands-iop-2025"],
          },
          outpatient: { text: "Open-ended; often follows IOP", sources: ["whitesands-iop-2025"] },
        },
      },
      {
        id: "who-it-suits",
        label: "Who it suits",
        cells: {
          residential: {
            text: "People with severe substance use, people whose withdrawal needs 24-hour medical care, and people who need time away from triggers at home",
            sources: ["asam-criteria", "whitesands-iop-2025"],
          },
          "partial-hospitalization": {
            text: "People who need more hours of care each week than IOP gives, while still living at home",
            sources: ["asam-criteria"],
          },
          "intensive-outpatient": {
            text: "People with a stable, substance-free home and support, at low risk of dangerous withdrawal, who want to keep up work, school or family duties",
            sources: ["samhsa-tip-47", "mccarty-2014"],
          },
          outpatient: {
            text: "People stepping down after IOP and easing back into daily life",
            sources: ["asam-criteria", "samhsa-tip-47"],
          },
        },
      },
      {
        id: "cost",
        label: "Cost and insurance",
        cells: {
          residential: { text: "Highest, because it includes housing", sources: ["whitesands-iop-2025"] },
          "intensive-outpatient": {
            text: "Lower than residential care; often covered by insurance, and by Medicare since 2024",
            sources: ["whitesands-iop-2025", "cms-medicare-iop-2024"],
          },
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

/** The compare page's sources: the table's, then the program's own policy, which the page's prose cites. */
export const compareSourceIds: string[] = [...new Set([...careLevelSourceIds, "program-policy"])];
