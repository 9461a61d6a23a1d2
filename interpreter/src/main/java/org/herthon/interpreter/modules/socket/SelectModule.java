package org.herthon.interpreter.modules.socket;

import java.io.IOException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.modules.JavaModule;
import org.herthon.interpreter.modules.ModuleSupport;
import org.herthon.interpreter.modules.os.FdTable;
import org.herthon.interpreter.modules.os.PipeSource;
import org.herthon.interpreter.modules.thread.Gil;
import org.herthon.interpreter.runtime.*;

/**
 * {@code select}: {@code select.select} over the sockets of {@code _socket} (a Java NIO selector
 * on their pipes) and the read ends of {@code os.pipe()}'s pipes (a read-ahead thread each, see
 * {@link PipeSource}). Other descriptors (files, the standard streams) count as always ready, as
 * regular files do on Linux. Without poll and epoll, selectors.DefaultSelector is the
 * SelectSelector.
 */
public final class SelectModule implements JavaModule {
    @Override public String name() { return "select"; }

    static int fdOf(PyObject o) {
        long fd;
        if (o instanceof PyInt || o instanceof PyBigInt) {
            fd = Ops.index(o);
        } else {
            PyObject f = Ops.getAttrOrNull(o, "fileno");
            if (f == null) throw Err.typeError("argument must be an int, or have a fileno() method.");
            PyObject r = f.call0();
            if (!(r instanceof PyInt || r instanceof PyBigInt)) throw Err.typeError("fileno() returned a non-integer");
            fd = Ops.index(r);
        }
        if (fd < 0) throw Err.valueError("file descriptor cannot be a negative integer (" + fd + ")");
        if (fd > Integer.MAX_VALUE) throw Err.overflow("Python int too large to convert to C int");
        return (int) fd;
    }

    static List<PyObject> seq(PyObject o) {
        PyObject it;
        try {
            it = Ops.iter(o);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError)) throw Err.typeError("arguments 1-3 must be sequences");
            throw e;
        }
        List<PyObject> out = new ArrayList<>();
        PyObject x;
        while ((x = Ops.next(it)) != null) out.add(x);
        return out;
    }

    @Override public PyModule create(Interpreter in) {
        PyModule m = new PyModule("select");
        SocketFds fds = in.builtinModules.shared(SocketFds.class, SocketFds::new);
        FdTable files = in.builtinModules.shared(FdTable.class, FdTable::new);
        m.dict.putStr("__doc__", PyStr.of("This module supports asynchronous I/O on multiple file descriptors.\n\n"
                + "*** IMPORTANT NOTICE ***\nOn Windows, only sockets are supported; on Unix, all file descriptors."));
        m.dict.putStr("error", PyExc.OSError);
        ModuleSupport.def(m, "select", (a, k) -> {
            Args.noKw("select", k);
            if (a.length < 3 || a.length > 4) {
                throw Err.typeError("select expected " + (a.length < 3 ? "at least 3" : "at most 4") + " arguments, got " + a.length);
            }
            double timeout = -1;
            if (a.length == 4 && a[3] != PyNone.INSTANCE) {
                if (!(a[3] instanceof PyInt || a[3] instanceof PyFloat || a[3] instanceof PyBigInt)) {
                    if (a[3].type().lookup("__float__") == null && a[3].type().lookup("__index__") == null) {
                        throw Err.typeError("timeout must be a float or None");
                    }
                }
                timeout = ModuleSupport.asDouble(a[3]);
                if (Double.isNaN(timeout)) throw Err.valueError("Invalid value NaN (not a number)");
                if (timeout < 0) throw Err.valueError("timeout must be non-negative");
            }
            List<List<PyObject>> lists = List.of(seq(a[0]), seq(a[1]), seq(a[2]));
            List<List<PyObject>> ready = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            int[][] fdsOf = new int[3][];
            for (int l = 0; l < 3; l++) {
                fdsOf[l] = new int[lists.get(l).size()];
                for (int i = 0; i < fdsOf[l].length; i++) fdsOf[l][i] = fdOf(lists.get(l).get(i));
            }
            Selector sel;
            try {
                sel = Selector.open();
            } catch (IOException e) {
                throw Err.make(PyExc.OSError, PyInt.of(24), PyStr.of("Too many open files"));
            }
            Map<SelectableChannel, Boolean> wasBlocking = new IdentityHashMap<>();
            Map<SelectionKey, List<int[]>> who = new IdentityHashMap<>();
            // read ends of pipes with no bytes yet: waited on by polling their read-ahead sources
            Map<PipeSource, List<Integer>> pipes = new IdentityHashMap<>();
            boolean immediate = false;
            try {
                for (int l = 0; l < 2; l++) {
                    for (int i = 0; i < fdsOf[l].length; i++) {
                        int fd = fdsOf[l][i];
                        SocketFds.Endpoint e = fds.get(fd);
                        if (e == null) {
                            PipeSource pipe = l == 0 ? files.pipeSource(fd) : null;
                            if (pipe != null && !pipe.ready()) {
                                pipes.computeIfAbsent(pipe, x -> new ArrayList<>()).add(i);
                                continue;
                            }
                            if (fd <= 2 || fd < 1000) {
                                ready.get(l).add(lists.get(l).get(i));
                                immediate = true;
                                continue;
                            }
                            throw Err.make(PyExc.OSError, PyInt.of(9), PyStr.of("Bad file descriptor"));
                        }
                        SelectableChannel ch = l == 0 ? e.in : e.out;
                        if (ch == null || !ch.isOpen()) {
                            // an unconnected or shut-down end: reading gives EOF (or an error) at once
                            ready.get(l).add(lists.get(l).get(i));
                            immediate = true;
                            continue;
                        }
                        int op = l == 0 ? SelectionKey.OP_READ : SelectionKey.OP_WRITE;
                        if (!wasBlocking.containsKey(ch)) {
                            wasBlocking.put(ch, ch.isBlocking());
                            ch.configureBlocking(false);
                        }
                        SelectionKey key = ch.keyFor(sel);
                        if (key == null) key = ch.register(sel, op);
                        who.computeIfAbsent(key, x -> new ArrayList<>()).add(new int[]{l, i});
                    }
                }
                for (int i = 0; i < fdsOf[2].length; i++) {
                    int fd = fdsOf[2][i];
                    if (fds.get(fd) == null && fd >= 1000) throw Err.make(PyExc.OSError, PyInt.of(9), PyStr.of("Bad file descriptor"));
                }
                long ms = timeout < 0 ? -1 : (long) Math.ceil(timeout * 1000);
                boolean now = immediate || ms == 0;
                if (!pipes.isEmpty() && !now) {
                    // sockets and pipes together: a few milliseconds on the selector at a time, then the pipes
                    long deadline = ms < 0 ? Long.MAX_VALUE : System.nanoTime() + ms * 1_000_000;
                    Gil.blocking(in, () -> {
                        try {
                            while (true) {
                                long left = (deadline - System.nanoTime()) / 1_000_000;
                                long step = Math.max(1, Math.min(left, 2));
                                int n = who.isEmpty() ? 0 : sel.select(step);
                                if (who.isEmpty()) Thread.sleep(step);
                                if (n > 0 || left <= 0 || pipes.keySet().stream().anyMatch(PipeSource::ready)) return n;
                            }
                        } catch (IOException e) {
                            return 0;
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return 0;
                        }
                    });
                } else if (!who.isEmpty() || !now) {
                    Gil.blocking(in, () -> {
                        try {
                            if (now) return sel.selectNow();
                            if (ms < 0) return sel.select();
                            return sel.select(ms);
                        } catch (IOException e) {
                            return 0;
                        }
                    });
                }
                for (Map.Entry<PipeSource, List<Integer>> p : pipes.entrySet()) {
                    if (p.getKey().ready()) for (int i : p.getValue()) ready.get(0).add(lists.get(0).get(i));
                }
                boolean[][] hit = new boolean[2][];
                hit[0] = new boolean[fdsOf[0].length];
                hit[1] = new boolean[fdsOf[1].length];
                for (SelectionKey key : sel.selectedKeys()) {
                    for (int[] li : who.get(key)) hit[li[0]][li[1]] = true;
                }
                for (int l = 0; l < 2; l++) {
                    List<PyObject> r = new ArrayList<>();
                    for (int i = 0; i < fdsOf[l].length; i++) {
                        PyObject o = lists.get(l).get(i);
                        if (hit[l][i] || ready.get(l).contains(o)) r.add(o);
                    }
                    ready.get(l).clear();
                    ready.get(l).addAll(r);
                }
            } catch (IOException e) {
                throw Err.make(PyExc.OSError, PyInt.of(9), PyStr.of("Bad file descriptor"));
            } finally {
                try {
                    sel.close();
                    for (Map.Entry<SelectableChannel, Boolean> e : wasBlocking.entrySet()) {
                        if (e.getKey().isOpen()) e.getKey().configureBlocking(e.getValue());
                    }
                } catch (IOException ignored) {
                    // the selector is gone either way
                }
            }
            return new PyTuple(new PyObject[]{new PyList(ready.get(0).toArray(new PyObject[0])),
                    new PyList(ready.get(1).toArray(new PyObject[0])), new PyList(ready.get(2).toArray(new PyObject[0]))});
        });
        return m;
    }
}
