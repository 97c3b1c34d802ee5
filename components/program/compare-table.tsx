// Placeholder: replaced by the real component.
export function CompareTable() {
  return null;
}
