/*
 * lines.d: the hot lines of one Herthon function: how many times each of its lines started
 * executing (the line marker), per file and line number, printed at the end, most executed
 * last. The layout of lines.bt. The function's name (its co_name) is the first argument:
 *
 * On macOS the markers live in libherthon.dylib, which the JVM loads after it starts: the
 * herthon<PID> provider appears only then, so run with -Z (allow probe descriptions that match
 * nothing yet):
 *
 *     sudo dtrace -Z -q -s native/scripts/lines.d -c './herthon script.py' FUNCTION
 *     sudo dtrace -Z -q -s native/scripts/lines.d -p PID FUNCTION
 *
 * Output:
 *
 *     Lines of work: @lines[FILE, FUNCTION, LINE]: COUNT
 *     @lines[/Users/me/lines.py, work, 2]: 1
 *     @lines[/Users/me/lines.py, work, 3]: 11
 *
 * Written for macOS; checked, not run, in this project's CI (Linux has no DTrace): a test
 * parses it against herthon.d (every probe named exists, every argN within its arguments).
 */

#pragma D option quiet

dtrace:::BEGIN
{
        printf("Counting the line events of %s. Hit Ctrl-C to end.\n", $$1);
}

herthon$target:::line
/arg1 != 0 && copyinstr(arg1) == $$1/
{
        @lines[arg0 != 0 ? copyinstr(arg0) : "<NULL>", copyinstr(arg1), arg2] = count();
}

dtrace:::END
{
        printf("\nLines of %s: @lines[FILE, FUNCTION, LINE]: COUNT\n", $$1);
        printa("@lines[%s, %s, %d]: %@d\n", @lines);
}
