/*
 * show_call_hierarchy.d: the call/return hierarchy of all Herthon code as it executes, one
 * line per frame entry (=>) and return (<=), indented per thread by call depth, in the layout
 * of SystemTap's thread_indent() (show_call_hierarchy.stp, the seed's example).
 *
 * On macOS the markers live in libherthon.dylib, which the JVM loads after it starts: the
 * herthon<PID> provider appears only then, so run with -Z (allow probe descriptions that match
 * nothing yet):
 *
 *     sudo dtrace -Z -q -s native/scripts/show_call_hierarchy.d -c './herthon script.py'
 *     sudo dtrace -Z -q -s native/scripts/show_call_hierarchy.d -p PID
 *
 * Output:
 *
 *          0 java(8274): => <module> in /Users/me/call_stack.py:1
 *        112 java(8274):  => start in /Users/me/call_stack.py:23
 *
 * Written for macOS; checked, not run, in this project's CI (Linux has no DTrace): a test
 * parses it against herthon.d (every probe named exists, every argN within its arguments).
 */

#pragma D option quiet

self int depth;
self uint64_t base;

herthon$target:::function-entry
/self->depth == 0/
{
        self->base = timestamp;
}

herthon$target:::function-entry
{
        printf("%6d %s(%d):%*s => %s in %s:%d\n", (timestamp - self->base) / 1000, execname, tid,
               self->depth, "", arg1 != 0 ? copyinstr(arg1) : "<NULL>",
               arg0 != 0 ? copyinstr(arg0) : "<NULL>", arg2);
        self->depth++;
}

herthon$target:::function-return
{
        self->depth -= self->depth > 0 ? 1 : 0;
        printf("%6d %s(%d):%*s <= %s in %s:%d\n", (timestamp - self->base) / 1000, execname, tid,
               self->depth, "", arg1 != 0 ? copyinstr(arg1) : "<NULL>",
               arg0 != 0 ? copyinstr(arg0) : "<NULL>", arg2);
}
