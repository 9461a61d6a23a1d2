# _posixsubprocess.fork_exec: starting a child, its exit status through os.waitpid, and the
# checks of its arguments (CPython's messages)
import os
import _posixsubprocess as ps

print(ps.__doc__)
print(sorted(n for n in dir(ps) if not n.startswith("__")))


# the error "pipe": a file here (CPython's child closes errpipe_read, so it must be open)
ERRFILE = "posixsubprocess_fork_exec.tmp"
errpipe_read = os.open(ERRFILE, os.O_RDONLY | os.O_CREAT | os.O_TRUNC, 0o600)
errpipe = os.open(ERRFILE, os.O_WRONLY)


def args(argv, exes, close_fds=False, keep=(), errpipe_write=errpipe, cwd=None):
    return (argv, exes, close_fds, keep, cwd, None, -1, -1, -1, -1, -1, -1, errpipe_read, errpipe_write,
            True, False, -1, None, None, None, -1, None, True)


pid = ps.fork_exec(*args([b"sh", b"-c", b"exit 3"], [b"/bin/sh"]))
wpid, status = os.waitpid(pid, 0)
print(wpid == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))
pid = ps.fork_exec(*args([b"true"], [b"/nonexistent/true", b"/bin/true"]))
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
try:
    os.waitpid(pid, 0)
except ChildProcessError as e:
    print("ChildProcessError", e.errno)
print(os.read(errpipe_read, 100))
# exec fails: the child reports "OSError:<hex errno>:" through the error pipe
pid = ps.fork_exec(*args([b"x"], [b"/nonexistent/x"]))
print(os.read(errpipe_read, 100))
os.close(errpipe)
os.close(errpipe_read)
os.remove(ERRFILE)

for bad in (
    args([b"x"], [b"/bin/true"], close_fds=True, errpipe_write=2),
    args([b"x"], [b"/bin/true"], keep=(5, 4)),
    args([b"x"], [b"/bin/true"], keep=(-1,)),
    args([b"x"], [b"/bin/true"], keep=[4]),
    args([b"x"], ["/bin/true"]),
    args([b"x\0"], [b"/bin/true"]),
    args([b"x"], [b"/bin/true"])[:22],
):
    try:
        ps.fork_exec(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
