/*
 * audit.d: every Herthon audit event as it happens: sys.audit(...) and the events the
 * runtime raises itself (open, import, exec, compile, ...), with the repr() of the arguments
 * tuple; at the end, how many of each event. The layout of audit.bt.
 *
 * On macOS the markers live in libherthon.dylib, which the JVM loads after it starts: the
 * herthon<PID> provider appears only then, so run with -Z (allow probe descriptions that match
 * nothing yet):
 *
 *     sudo dtrace -Z -q -s native/scripts/audit.d -c './herthon script.py'
 *     sudo dtrace -Z -q -s native/scripts/audit.d -p PID
 *
 * Output:
 *
 *     TIME     PID     TID     EVENT                    ARGS
 *     12:00:01 4242    4250    open                     ('data.txt', 'r', 0)
 *
 * Written for macOS; checked, not run, in this project's CI (Linux has no DTrace): a test
 * parses it against herthon.d (every probe named exists, every argN within its arguments).
 */

#pragma D option quiet

dtrace:::BEGIN
{
        printf("Tracing Herthon audit events. Hit Ctrl-C to end.\n");
        printf("%-8s %-7s %-7s %-24s %s\n", "TIME", "PID", "TID", "EVENT", "ARGS");
}

herthon$target:::audit
{
        this->event = arg0 != 0 ? copyinstr(arg0) : "<NULL>";
        this->day = walltimestamp / 1000000000 % 86400; /* UTC; D has no strftime */
        printf("%02d:%02d:%02d %-7d %-7d %-24s %s\n", this->day / 3600, this->day / 60 % 60, this->day % 60, pid, tid, this->event,
               arg1 != 0 ? copyinstr(arg1) : "<NULL>");
        @events[this->event] = count();
}

dtrace:::END
{
        printf("\nAudit events by name:\n");
        printa("@events[%s]: %@d\n", @events);
}
