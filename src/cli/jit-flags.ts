// V8 flags the command runs under: bin/analyze.js starts the startup snapshot with them (and
// scripts/bundle.mjs builds it with them, as V8 refuses a blob under other flags), -j helpers
// inherit them, and the bundle sets them where the user's Node options do not.
//
// Why: with V8's default interrupt budget (67,584) the JIT sends hundreds of compromise's
// functions to TurboFan early; many deoptimise ("wrong map") and are compiled again, on a second
// core. On npm run bench's 160 statements of 3 KB, `-j 1` took 4.0-4.4 s of wall time and
// 6.5-6.9 s of CPU, a third of it compiling, which left `-j 2` no core to gain (0.9x). With the
// budget 60 times larger only what stays hot is optimised: 3.2-3.4 s wall and 3.4-3.7 s CPU, and
// `-j 2` 1.6x `-j 1`; a 2 MB text took 13 s of CPU instead of 17-21 s. 3 to 6 million measured
// alike; 1 million kept more of the churn, 8 million left too much interpreted.
export const JIT_FLAGS: readonly string[] = ['--interrupt-budget=4000000'];
