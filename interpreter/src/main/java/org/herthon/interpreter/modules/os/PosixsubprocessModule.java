package org.herthon.interpreter.modules.os;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.modules.JavaModule;
import org.herthon.interpreter.runtime.*;

/**
 * {@code _posixsubprocess}: {@code fork_exec}, the helper {@code subprocess.Popen} starts children
 * with. The JVM cannot fork, so the child is started with {@link ProcessBuilder}: its standard
 * streams can be inherited (-1, or the same descriptor 0/1/2) or a file or pipe this interpreter
 * opened (its {@link FdTable} knows the path; a pipe is a named one, see {@link Fifos}); without an
 * environment of its own, a child gets the JVM's as os.putenv changed it; any other wiring, a preexec_fn, or a change of uid, gid,
 * groups, session, process group or umask cannot be done before exec here and raises
 * OSError(ENOSYS). The arguments are checked as CPython checks them, with its messages.
 * Children started are kept in {@link Children}, so {@code os.waitpid} can reap them.
 */
public final class PosixsubprocessModule implements JavaModule {
    @Override public String name() { return "_posixsubprocess"; }

    private static final int ENOSYS = 38, EBADF = 9;
    private static final Pattern JAVA_ERRNO = Pattern.compile("error=(\\d+)");

    /** One interpreter's children started by fork_exec, by pid (shared with posix.waitpid). */
    public static final class Children {
        private final Map<Long, Process> byPid = new java.util.HashMap<>();
        /** The last signal os.kill sent to a child: the JVM reports its death as exit code 128 + signal. */
        private final Map<Long, Integer> signalled = new java.util.HashMap<>();
        synchronized void add(Process p) { byPid.put(p.pid(), p); }
        public synchronized Process get(long pid) { return byPid.get(pid); }
        public synchronized Process any() { return byPid.values().stream().findFirst().orElse(null); }
        public synchronized void remove(long pid) { byPid.remove(pid); signalled.remove(pid); }
        synchronized void signalled(long pid, int sig) { if (byPid.containsKey(pid)) signalled.put(pid, sig); }

        /** The wait status of a child that ended with this exit code: killed by the signal os.kill sent, or exited. */
        synchronized int waitStatus(long pid, int code) {
            Integer sig = signalled.get(pid);
            if (sig != null && sig > 0 && code == 128 + sig) return sig;
            return (code & 0xff) << 8;
        }
    }

    @Override public PyModule create(Interpreter in) {
        PyModule m = new PyModule("_posixsubprocess");
        m.dict.putStr("__doc__", PyStr.of("A POSIX helper for the subprocess module."));
        FdTable fds = in.builtinModules.shared(FdTable.class, FdTable::new);
        Children children = in.builtinModules.shared(Children.class, Children::new);
        PyBuiltinFunction f = PyBuiltinFunction.of("fork_exec", (a, k) -> forkExec(in, fds, children, a, k));
        f.module = PyStr.of("_posixsubprocess");
        m.dict.putStr("fork_exec", f);
        return m;
    }

    private static PyObject forkExec(Interpreter in, FdTable fds, Children children, PyObject[] a, String[] kw) {
        if (kw != null && kw.length > 0) throw Err.typeError("fork_exec() takes no keyword arguments");
        if (a.length != 23) throw Err.typeError("fork_exec() takes exactly 23 arguments (" + a.length + " given)");
        PyObject processArgs = a[0], executableList = a[1];
        boolean closeFds = Ops.isTrue(a[2]);
        if (!(a[3] instanceof PyTuple)) throw Err.typeError("fork_exec() argument 4 must be tuple, not " + a[3].type().name);
        PyObject fdsToKeep = a[3], cwdObj = a[4], envList = a[5];
        int[] io = new int[8];
        for (int i = 0; i < 8; i++) io[i] = intArg(a[6 + i]);
        int p2cread = io[0], c2pwrite = io[3], errwrite = io[5], errpipeWrite = io[7];
        boolean restoreSignals = Ops.isTrue(a[14]), callSetsid = Ops.isTrue(a[15]);
        int pgidToSet = intArg(a[16]);
        PyObject gid = a[17], groups = a[18], uid = a[19];
        int umask = intArg(a[20]);
        PyObject preexecFn = a[21];

        if (closeFds && errpipeWrite < 3) throw Err.valueError("errpipe_write must be >= 3");
        long prev = -1;
        for (PyObject x : Ops.toArray(fdsToKeep)) {
            if (!(x instanceof PyInt)) throw Err.valueError("bad value(s) in fds_to_keep");
            long v = Ops.index(x);
            if (v < 0 || v <= prev || v > Integer.MAX_VALUE) throw Err.valueError("bad value(s) in fds_to_keep");
            prev = v;
        }
        List<String> argv = new ArrayList<>();
        if (processArgs != PyNone.INSTANCE) {
            if (!(processArgs instanceof PyList) && !(processArgs instanceof PyTuple)
                    && processArgs.type().lookup("__getitem__") == null) {
                throw Err.typeError("argv must be a tuple");
            }
            for (PyObject x : Ops.toArray(processArgs)) argv.add(fsConvert(x));
        }
        List<String> executables = new ArrayList<>();
        for (PyObject x : Ops.toArray(executableList)) executables.add(bytesArg(x));
        String cwd = cwdObj == PyNone.INSTANCE ? null : fsConvert(cwdObj);
        List<String> env = null;
        if (envList != PyNone.INSTANCE) {
            env = new ArrayList<>();
            for (PyObject x : Ops.toArray(envList)) env.add(bytesArg(x));
        }
        if (groups != PyNone.INSTANCE && !(groups instanceof PyList) && !(groups instanceof PyTuple)) {
            throw Err.typeError("setgroups argument must be a sequence");
        }

        // what a forked child could do and a JVM cannot do before exec
        if (preexecFn != PyNone.INSTANCE || gid != PyNone.INSTANCE || groups != PyNone.INSTANCE || uid != PyNone.INSTANCE
                || callSetsid || pgidToSet >= 0 || umask >= 0) {
            throw PosixModule.errno(ENOSYS, null);
        }

        ProcessBuilder pb = new ProcessBuilder();
        pb.directory(new File(cwd == null ? in.cwd.toString() : in.cwd.resolve(cwd).toString()));
        if (env != null) {
            Map<String, String> e = pb.environment();
            e.clear();
            for (String kv : env) {
                int eq = kv.indexOf('=', 1);
                if (eq > 0) e.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
        } else {
            in.builtinModules.shared(ChildEnvironment.class, ChildEnvironment::new).applyTo(pb.environment());
        }
        pb.redirectInput(input(fds, p2cread));
        pb.redirectOutput(output(fds, c2pwrite, 1));
        if (errwrite != -1 && (errwrite == c2pwrite || (c2pwrite == -1 && errwrite == 1))) {
            pb.redirectErrorStream(true);
        } else {
            pb.redirectError(output(fds, errwrite, 2));
        }
        IOException last = null;
        String lastExe = null;
        for (String exe : executables) {
            List<String> cmd = new ArrayList<>();
            cmd.add(exe);
            if (argv.size() > 1) cmd.addAll(argv.subList(1, argv.size()));
            pb.command(cmd);
            try {
                Process p = pb.start();
                children.add(p);
                return PyInt.of(p.pid());
            } catch (IOException e) {
                last = e;
                lastExe = exe;
                int code = errnoOf(e);
                // as execve's loop over the PATH candidates: go on only past "not found here"
                if (code != 2 && code != 20) break;
            }
        }
        int code = last == null ? 2 : errnoOf(last);
        FileChannel errpipe = fds.get(errpipeWrite);
        if (errpipe != null) {
            // what the forked child reports through the error pipe when exec fails: "OSError:<hex errno>:"
            try {
                errpipe.write(ByteBuffer.wrap(("OSError:" + Integer.toHexString(code) + ":").getBytes(StandardCharsets.US_ASCII)));
                return PyInt.of(-1);  // no child exists to wait for: os.waitpid raises ChildProcessError
            } catch (IOException ignored) {
                // fall through to raising in the parent
            }
        }
        throw PosixModule.errno(code, lastExe);
    }

    private static int errnoOf(IOException e) {
        Matcher mt = JAVA_ERRNO.matcher(String.valueOf(e.getMessage()));
        return mt.find() ? Integer.parseInt(mt.group(1)) : 2;
    }

    private static ProcessBuilder.Redirect input(FdTable fds, int fd) {
        if (fd == -1 || fd == 0) return ProcessBuilder.Redirect.INHERIT;
        String path = fds.path(fd);
        if (path != null) return ProcessBuilder.Redirect.from(new File(path));
        throw PosixModule.errno(fd <= 2 ? ENOSYS : EBADF, null);
    }

    private static ProcessBuilder.Redirect output(FdTable fds, int fd, int self) {
        if (fd == -1 || fd == self) return ProcessBuilder.Redirect.INHERIT;
        String path = fds.path(fd);
        if (path != null) return ProcessBuilder.Redirect.appendTo(new File(path));
        throw PosixModule.errno(fd <= 2 ? ENOSYS : EBADF, null);
    }

    private static int intArg(PyObject o) {
        if (!(o instanceof PyInt)) {
            if (o instanceof PyFloat) throw Err.typeError("'float' object cannot be interpreted as an integer");
            if (o.type().lookup("__index__") == null) throw Err.typeError("'" + o.type().name + "' object cannot be interpreted as an integer");
        }
        long v = Ops.index(o);
        if (v > Integer.MAX_VALUE) throw Err.overflow("signed integer is greater than maximum");
        if (v < Integer.MIN_VALUE) throw Err.overflow("signed integer is less than minimum");
        return (int) v;
    }

    /** PyUnicode_FSConverter: str or bytes or os.PathLike, no NUL. */
    private static String fsConvert(PyObject o) {
        PyObject p = PosixModule.fspath(o);
        String s = p instanceof PyStr ? ((PyStr) p).value : new String(((PyBytes) p).data, StandardCharsets.UTF_8);
        if (s.indexOf('\0') >= 0) throw Err.valueError("embedded null byte");
        return s;
    }

    private static String bytesArg(PyObject o) {
        if (!(o instanceof PyBytes)) throw Err.typeError("expected bytes, " + o.type().name + " found");
        String s = new String(((PyBytes) o).data, StandardCharsets.UTF_8);
        if (s.indexOf('\0') >= 0) throw Err.valueError("embedded null byte");
        return s;
    }
}
