/*
 * imports.d: Herthon import timings: one line per module the import system found and loaded
 * (import-find-load-start to import-find-load-done), indented by nesting, with whether the
 * module was found; at the end, the counts and a duration histogram. The layout of imports.bt.
 *
 * On macOS the markers live in libherthon.dylib, which the JVM loads after it starts: the
 * herthon<PID> provider appears only then, so run with -Z (allow probe descriptions that match
 * nothing yet):
 *
 *     sudo dtrace -Z -q -s native/scripts/imports.d -c './herthon script.py'
 *     sudo dtrace -Z -q -s native/scripts/imports.d -p PID
 *
 * Output (inner imports end, and so print, before the import that started them):
 *
 *     TIME     PID     TID     DURATION_us STATUS     MODULE
 *     12:00:01 4242    4250            310 found        pkg.sub
 *     12:00:01 4242    4250            920 found      pkg
 *
 * Written for macOS; checked, not run, in this project's CI (Linux has no DTrace): a test
 * parses it against herthon.d (every probe named exists, every argN within its arguments).
 */

#pragma D option quiet

self int depth;

dtrace:::BEGIN
{
        printf("Tracing Herthon imports. Hit Ctrl-C to end.\n");
        printf("%-8s %-7s %-7s %11s %-10s %s\n", "TIME", "PID", "TID", "DURATION_us", "STATUS", "MODULE");
}

herthon$target:::import-find-load-start
{
        self->depth++;
        self->start[self->depth] = timestamp;
}

herthon$target:::import-find-load-done
/self->depth > 0/
{
        this->us = (timestamp - self->start[self->depth]) / 1000;
        this->day = walltimestamp / 1000000000 % 86400; /* UTC; D has no strftime */
        printf("%02d:%02d:%02d %-7d %-7d %11d %-10s %*s%s\n", this->day / 3600, this->day / 60 % 60, this->day % 60, pid, tid, this->us,
               arg1 ? "found" : "NOT FOUND", 2 * (self->depth - 1), "",
               arg0 != 0 ? copyinstr(arg0) : "<NULL>");
        @found = sum(arg1 ? 1 : 0);
        @not_found = sum(arg1 ? 0 : 1);
        @duration_us = quantize(this->us);
        self->start[self->depth] = 0;
        self->depth--;
}

dtrace:::END
{
        printf("\n@duration_us:");
        printa(@duration_us);
        printa("@found: %@d\n", @found);
        printa("@not_found: %@d\n", @not_found);
}
