/*
 * The `herthon` USDT provider: the single source of truth for marker names and argument types.
 *
 * native/build.sh turns this file into the C header (`dtrace -h`) and, on Linux, into the
 * object that defines the semaphores (`dtrace -G`, from systemtap-sdt-dev), as CHerthon's
 * --with-dtrace build does with its pydtrace.d. The bridge's Marker enum and the tests are
 * checked against this file; change a marker here and the build tells you what else to change.
 *
 * Tracers see the arguments as arg0..argN (bpftrace, DTrace) or $arg1..$argN (SystemTap).
 */
provider herthon {
    /* A frame of Herthon code starts executing (also when a generator resumes).
       lineno is the code's first line; frameid pairs this entry with its return. */
    probe function__entry(const char *filename, const char *funcname, int lineno, long frameid, const char *module);

    /* That frame stops executing: return, an exception leaving it, or a generator yielding.
       lineno is the line that was executing when the frame ended. */
    probe function__return(const char *filename, const char *funcname, int lineno, long frameid, const char *module);

    /* A new source line starts executing (exactly CPython's sys.settrace 'line' events). */
    probe line(const char *filename, const char *funcname, int lineno);

    /* A collection of the given generation starts. */
    probe gc__start(int generation);

    /* That collection ends; collected = Herthon objects it reclaimed. */
    probe gc__done(long collected);

    /* The import system starts finding and loading a module not yet in sys.modules. */
    probe import__find__load__start(const char *modulename);

    /* That find-and-load ends; found is 1 if the module was loaded. */
    probe import__find__load__done(const char *modulename, int found);

    /* An audit event; args is the UTF-8 repr() of the arguments tuple. */
    probe audit(const char *event, const char *args);
};
