import { describe, expect, it } from "vitest";
import { serviceGroups, services } from "./services";

describe("services", () => {
  it("have unique ids, usable as /services#<id> anchors", () => {
    expect(new Set(services.map((s) => s.id)).size).toBe(services.length);
  });

  it("each appear in exactly one group", () => {
    const grouped = serviceGroups.flatMap((g) => g.serviceIds).sort();
    expect(grouped).toEqual(services.map((s) => s.id).sort());
  });
});
