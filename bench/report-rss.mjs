// Preloaded (`node --import`) into the CLI by bench/speed.ts: prints the process's peak resident
// memory on exit, on a line of its own that the bench reads from stderr.
process.on('exit', () => {
  process.stderr.write(`\nbench-maxrss-kb ${process.resourceUsage().maxRSS}\n`);
});
