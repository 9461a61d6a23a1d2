/*
 * gc.d: Herthon garbage collections, one line each: the generation collected (gc-start), the
 * number of Herthon objects reclaimed (gc-done) and the time between the two markers; at the
 * end, per generation: number of collections, objects reclaimed and a duration histogram.
 * The layout of gc.bt.
 *
 * On macOS the markers live in libherthon.dylib, which the JVM loads after it starts: the
 * herthon<PID> provider appears only then, so run with -Z (allow probe descriptions that match
 * nothing yet):
 *
 *     sudo dtrace -Z -q -s native/scripts/gc.d -c './herthon script.py'
 *     sudo dtrace -Z -q -s native/scripts/gc.d -p PID
 *
 * Output:
 *
 *     TIME     PID     TID     GEN    COLLECTED  DURATION_us
 *     12:00:01 4242    4250      2          117          830
 *
 * Written for macOS; checked, not run, in this project's CI (Linux has no DTrace): a test
 * parses it against herthon.d (every probe named exists, every argN within its arguments).
 */

#pragma D option quiet

self uint64_t start;
self int generation;

dtrace:::BEGIN
{
        printf("Tracing Herthon garbage collections. Hit Ctrl-C to end.\n");
        printf("%-8s %-7s %-7s %3s %12s %12s\n", "TIME", "PID", "TID", "GEN", "COLLECTED", "DURATION_us");
}

herthon$target:::gc-start
{
        self->start = timestamp;
        self->generation = arg0;
}

herthon$target:::gc-done
/self->start/
{
        this->us = (timestamp - self->start) / 1000;
        this->day = walltimestamp / 1000000000 % 86400; /* UTC; D has no strftime */
        printf("%02d:%02d:%02d %-7d %-7d %3d %12d %12d\n", this->day / 3600, this->day / 60 % 60, this->day % 60, pid, tid,
               self->generation, arg0, this->us);
        @collections[self->generation] = count();
        @collected[self->generation] = sum(arg0);
        @duration_us[self->generation] = quantize(this->us);
        self->start = 0;
}

dtrace:::END
{
        printf("\nPer generation: @collections[GEN], @collected[GEN] (objects), @duration_us[GEN]\n");
        printa("@collected[%d]: %@d\n", @collected);
        printa("@collections[%d]: %@d\n", @collections);
        printa("@duration_us[%d]:%@d\n", @duration_us);
}
