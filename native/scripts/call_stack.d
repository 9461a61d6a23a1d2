/*
 * call_stack.d: the call/return hierarchy of Herthon code, only within calls of a function
 * named "start" (so import-time calls are not listed): DTrace, for macOS. The seed's
 * call_stack.d; call_stack.bt is its bpftrace port for Linux.
 *
 * On macOS the markers live in libherthon.dylib, which the JVM loads after it starts: the
 * herthon<PID> provider appears only then, so run with -Z (allow probe descriptions that match
 * nothing yet; DTrace enables them when the library registers its provider):
 *
 *     sudo dtrace -Z -q -s native/scripts/call_stack.d -c './herthon script.py'
 *     sudo dtrace -Z -q -s native/scripts/call_stack.d -p PID     # a running JVM
 *
 * Output, one line per function-entry / function-return:
 *
 *     156641360502280  function-entry:call_stack.py:start:23
 *     156641360518804  function-entry: call_stack.py:function_1:1
 *     ...
 *     156641360747370 function-return:call_stack.py:start:28
 *
 * A name the runtime could not encode to UTF-8 reaches the marker as NULL and prints as <NULL>.
 *
 * (System Integrity Protection restricts DTrace on recent macOS; the JVM must not be a
 * signed, hardened binary that forbids it. Written for macOS; not run in this project's CI,
 * which is Linux.)
 */

#pragma D option quiet

self int indent;

herthon$target:::function-entry
/arg1 != 0 && copyinstr(arg1) == "start"/
{
        self->trace = 1;
}

herthon$target:::function-entry
/self->trace/
{
        printf("%d\t%*s:", timestamp, 15, probename);
        printf("%*s", self->indent, "");
        printf("%s:%s:%d\n", arg0 != 0 ? basename(copyinstr(arg0)) : "<NULL>",
               arg1 != 0 ? copyinstr(arg1) : "<NULL>", arg2);
        self->indent++;
}

herthon$target:::function-return
/self->trace/
{
        self->indent--;
        printf("%d\t%*s:", timestamp, 15, probename);
        printf("%*s", self->indent, "");
        printf("%s:%s:%d\n", arg0 != 0 ? basename(copyinstr(arg0)) : "<NULL>",
               arg1 != 0 ? copyinstr(arg1) : "<NULL>", arg2);
}

herthon$target:::function-return
/arg1 != 0 && copyinstr(arg1) == "start"/
{
        self->trace = 0;
}
