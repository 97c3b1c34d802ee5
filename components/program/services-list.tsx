// Placeholder: replaced by the real component.
export function ServicesList() {
  return null;
}
export function CareTeam() {
  return null;
}
