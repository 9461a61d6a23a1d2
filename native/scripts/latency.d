/*
 * latency.d: how long Herthon functions take: a histogram of the time from each frame's
 * function-entry to its function-return (paired by frameid), per file and function, in
 * microseconds, printed at the end. The layout of latency.bt (DTrace draws its own
 * power-of-two histogram).
 *
 * On macOS the markers live in libherthon.dylib, which the JVM loads after it starts: the
 * herthon<PID> provider appears only then, so run with -Z (allow probe descriptions that match
 * nothing yet):
 *
 *     sudo dtrace -Z -q -s native/scripts/latency.d -c './herthon script.py'
 *     sudo dtrace -Z -q -s native/scripts/latency.d -p PID
 *
 * Written for macOS; checked, not run, in this project's CI (Linux has no DTrace): a test
 * parses it against herthon.d (every probe named exists, every argN within its arguments).
 */

#pragma D option quiet

uint64_t start[int, long];

dtrace:::BEGIN
{
        printf("Timing Herthon functions. Hit Ctrl-C to end.\n");
}

herthon$target:::function-entry
{
        start[pid, arg3] = timestamp;
}

herthon$target:::function-return
/start[pid, arg3]/
{
        @latency_us[arg0 != 0 ? copyinstr(arg0) : "<NULL>", arg1 != 0 ? copyinstr(arg1) : "<NULL>"] =
            quantize((timestamp - start[pid, arg3]) / 1000);
        start[pid, arg3] = 0;
}

dtrace:::END
{
        printf("\nHerthon function latency, microseconds: @latency_us[FILE, FUNCTION]\n");
        printa("@latency_us[%s, %s]:%@d\n", @latency_us);
}
