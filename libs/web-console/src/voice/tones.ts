/**
 * Sounds made in the browser, so the console needs no audio files: the
 * ringing of an offer (Japanese 16 Hz-modulated 400 Hz, 1 s on 2 s off) and
 * a test tone for the headset.
 */
let context: AudioContext | null = null;
const audio = () => (context ??= new AudioContext());

/** Rings until the returned stop is called. */
export function ring(): () => void {
  const ctx = audio();
  const tone = ctx.createOscillator();
  tone.frequency.value = 400;
  // The tremolo swings the volume around its middle 16 times a second.
  const volume = ctx.createGain();
  volume.gain.value = 0.5;
  const tremolo = ctx.createOscillator();
  tremolo.frequency.value = 16;
  const depth = ctx.createGain();
  depth.gain.value = 0.5;
  tremolo.connect(depth).connect(volume.gain);
  const cadence = ctx.createGain();
  cadence.gain.value = 0;
  tone.connect(volume).connect(cadence).connect(ctx.destination);
  const start = ctx.currentTime;
  // A minute of cadence is scheduled; an offer lasts far less.
  for (let s = 0; s < 60; s += 3) {
    cadence.gain.setValueAtTime(0.15, start + s);
    cadence.gain.setValueAtTime(0, start + s + 1);
  }
  tone.start();
  tremolo.start();
  return () => {
    tone.stop();
    tremolo.stop();
    cadence.disconnect();
  };
}

/** One second of 1 kHz on the chosen output, to check the headset. */
export function testTone(): void {
  const ctx = audio();
  const tone = ctx.createOscillator();
  tone.frequency.value = 1000;
  const volume = ctx.createGain();
  volume.gain.value = 0.1;
  tone.connect(volume).connect(ctx.destination);
  tone.start();
  tone.stop(ctx.currentTime + 1);
}
