/** Colour of a 0–100 risk score badge. */
export function scoreColor(score: number): string {
  if (score >= 70) return 'red';
  if (score >= 40) return 'orange';
  if (score >= 20) return 'yellow';
  return 'gray';
}
