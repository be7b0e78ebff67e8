/**
 * Goertzel: how much of one frequency there is in a stretch of samples, as
 * power. Enough to tell which test tone is playing, or that one is, above speech.
 */
export function tonePower(
  sample: (index: number) => number,
  rate: number,
  hertz: number,
  from: number,
  to: number,
): number {
  const k = 2 * Math.cos((2 * Math.PI * hertz) / rate);
  let [s1, s2] = [0, 0];
  for (let i = from; i < to; i++) [s1, s2] = [sample(i) + k * s1 - s2, s1];
  return s1 * s1 + s2 * s2 - k * s1 * s2;
}
