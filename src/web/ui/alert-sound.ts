let audio: AudioContext | undefined

/** A short two-tone chime made on the spot (no sound file to fetch); silent where audio is refused. */
export const playAlertSound = () => {
  try {
    audio ??= new AudioContext()
    const start = audio.currentTime
    for (const [i, frequency] of [880, 660].entries()) {
      const tone = audio.createOscillator()
      const gain = audio.createGain()
      tone.frequency.value = frequency
      gain.gain.setValueAtTime(0.15, start + i * 0.25)
      gain.gain.exponentialRampToValueAtTime(0.001, start + i * 0.25 + 0.4)
      tone.connect(gain).connect(audio.destination)
      tone.start(start + i * 0.25)
      tone.stop(start + i * 0.25 + 0.4)
    }
  } catch {
    // no audio device, or the browser wants a gesture first: the badge still says it
  }
}
