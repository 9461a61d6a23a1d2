/*
 * top.d: a top-like view of all running Herthon code: every second, the most frequently
 * entered Herthon frame, then the 20 most entered, by process, file, function and first line.
 * The layout of top.bt (DTrace, like bpftrace, lists an aggregation fewest calls first).
 *
 * The provider of each JVM is herthon<PID>, so herthon* names them all (run with -Z, as the
 * JVMs register their provider when they load libherthon.dylib):
 *
 *     sudo dtrace -Z -q -s native/scripts/top.d
 *
 * Output, refreshed every second:
 *
 *     12:00:01  Herthon functions entered in the last second
 *     most called: @calls[PID, FILENAME, FUNCTION, LINE]: CALLS
 *     @calls[4242, /Users/me/top.py, hot, 4]: 1000
 *     top 20: @calls[PID, FILENAME, FUNCTION, LINE]: CALLS
 *     @calls[4242, /Users/me/top.py, warm, 1]: 10
 *     @calls[4242, /Users/me/top.py, hot, 4]: 1000
 *
 * Written for macOS; checked, not run, in this project's CI (Linux has no DTrace): a test
 * parses it against herthon.d (every probe named exists, every argN within its arguments).
 */

#pragma D option quiet

herthon*:::function-entry
{
        @calls[pid, arg0 != 0 ? copyinstr(arg0) : "<NULL>", arg1 != 0 ? copyinstr(arg1) : "<NULL>", arg2] = count();
        @top[pid, arg0 != 0 ? copyinstr(arg0) : "<NULL>", arg1 != 0 ? copyinstr(arg1) : "<NULL>", arg2] = count();
}

tick-1s
{
        printf("\033[2J\033[1;1H");
        this->day = walltimestamp / 1000000000 % 86400; /* UTC; D has no strftime */
        printf("%02d:%02d:%02d  Herthon functions entered in the last second\n", this->day / 3600, this->day / 60 % 60, this->day % 60);
}

END
{
        this->day = walltimestamp / 1000000000 % 86400; /* UTC; D has no strftime */
        printf("%02d:%02d:%02d  Herthon functions entered since the last refresh\n", this->day / 3600, this->day / 60 % 60, this->day % 60);
}

tick-1s, END
{
        printf("most called: @calls[PID, FILENAME, FUNCTION, LINE]: CALLS\n");
        trunc(@top, 1);
        printa("@calls[%d, %s, %s, %d]: %@d\n", @top);
        printf("top 20: @calls[PID, FILENAME, FUNCTION, LINE]: CALLS\n");
        trunc(@calls, 20);
        printa("@calls[%d, %s, %s, %d]: %@d\n", @calls);
        trunc(@top);
        trunc(@calls);
}
