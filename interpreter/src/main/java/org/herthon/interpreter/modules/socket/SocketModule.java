package org.herthon.interpreter.modules.socket;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;

import org.herthon.interpreter.Interpreter;
import org.herthon.interpreter.modules.Buffers;
import org.herthon.interpreter.modules.JavaModule;
import org.herthon.interpreter.modules.thread.Gil;
import org.herthon.interpreter.runtime.*;

/**
 * {@code _socket}, as far as programs without a network need it (asyncio's self-pipe): the
 * socket type over connected {@link SocketFds.Endpoint endpoints} made by {@code socketpair()},
 * blocking, non-blocking and timeout modes, send/recv, detach and adoption of a descriptor,
 * the constants, and the error types. Sockets on a network (bind, connect, name resolution) are
 * refused with OSError, as on a machine without one.
 */
public final class SocketModule implements JavaModule {
    @Override public String name() { return "_socket"; }

    static final int AF_UNSPEC = 0, AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10;
    static final int SOCK_STREAM = 1, SOCK_DGRAM = 2, SOCK_NONBLOCK = 2048, SOCK_CLOEXEC = 524288;

    /** A socket object: its descriptor (-1 once closed or detached) and mode. */
    static final class Sock extends Types.Instance {
        int fd = -1;
        int family = AF_INET, type = SOCK_STREAM, proto;
        /** Seconds; negative: blocking without timeout (CPython's -1). */
        double timeout = -1;
        SocketFds fds;

        Sock(PyType cls, PyType exact) { super(cls, exact); }

        SocketFds.Endpoint ep() {
            SocketFds.Endpoint e = fd < 0 ? null : fds.get(fd);
            if (e == null) throw Err.make(PyExc.OSError, PyInt.of(9), PyStr.of("Bad file descriptor"));
            return e;
        }

        @Override public String pyRepr() {
            return "<socket object, fd=" + fd + ", family=" + family + ", type=" + type + ", proto=" + proto + ">";
        }
    }

    static PyException blockingError() {
        return Err.make(PyExc.BlockingIOError, PyInt.of(11), PyStr.of("Resource temporarily unavailable"));
    }

    static PyException ioError(IOException e) {
        return Err.make(PyExc.OSError, PyInt.of(5), PyStr.of(String.valueOf(e.getMessage())));
    }

    /** Waits until the channel is ready for op or the socket's timeout passes (TimeoutError). */
    static void waitReady(Interpreter in, Sock s, java.nio.channels.SelectableChannel ch, int op) {
        if (s.timeout <= 0) return;
        boolean ready = Gil.blocking(in, () -> {
            try (Selector sel = Selector.open()) {
                ch.configureBlocking(false);
                ch.register(sel, op);
                long ms = (long) Math.ceil(s.timeout * 1000);
                int n = ms == 0 ? sel.selectNow() : sel.select(ms);
                return n > 0;
            } catch (IOException e) {
                return true;
            }
        });
        if (!ready) throw Err.make(PyExc.TimeoutError, "timed out");
    }

    static void applyMode(Sock s) {
        SocketFds.Endpoint e = s.ep();
        try {
            // a blocking socket with a timeout waits in a selector, so its channels stay non-blocking
            boolean blocking = s.timeout < 0;
            e.in.configureBlocking(blocking);
            e.out.configureBlocking(blocking);
        } catch (IOException x) {
            throw ioError(x);
        }
    }

    static double timeoutArg(PyObject o) {
        if (o == PyNone.INSTANCE) return -1;
        double t;
        try {
            t = org.herthon.interpreter.modules.ModuleSupport.asDouble(o);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError)) throw Err.typeError("Timeout value must be int, float or None");
            throw e;
        }
        if (t < 0) throw Err.valueError("Timeout value out of range");
        return t;
    }

    @Override public PyModule create(Interpreter in) {
        PyModule m = new PyModule("_socket");
        SocketFds fds = in.builtinModules.shared(SocketFds.class, SocketFds::new);
        double[] defaultTimeout = {-1};
        PyDict d = m.dict;
        d.putStr("__doc__", PyStr.of("Implementation module for socket operations.\n\nSee the socket module for documentation."));
        PyType gaierror = org.herthon.interpreter.modules.ModuleSupport.newException("socket", "gaierror", PyExc.OSError);
        PyType herror = org.herthon.interpreter.modules.ModuleSupport.newException("socket", "herror", PyExc.OSError);
        d.putStr("error", PyExc.OSError);
        d.putStr("timeout", PyExc.TimeoutError);
        d.putStr("gaierror", gaierror);
        d.putStr("herror", herror);
        d.putStr("has_ipv6", PyBool.TRUE);
        // the type is per module: its __init__ adopts descriptors of this interpreter's table
        PyType[] self = new PyType[1];
        PyType t = Types.builtinType("socket", "_socket", PyType.OBJECT, null, (a, k) -> new Sock((PyType) a[0], self[0]));
        self[0] = t;
        t.dict.putStr("__doc__", PyStr.of("socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket object"));
        d.putStr("SocketType", t);
        d.putStr("socket", t);
        String[] ints = {"AF_UNSPEC", "0", "AF_UNIX", "1", "AF_INET", "2", "AF_INET6", "10", "SOCK_STREAM", "1", "SOCK_DGRAM", "2",
                "SOCK_RAW", "3", "SOCK_RDM", "4", "SOCK_SEQPACKET", "5", "SOCK_NONBLOCK", "2048", "SOCK_CLOEXEC", "524288",
                "SOL_SOCKET", "1", "SO_DEBUG", "1", "SO_REUSEADDR", "2", "SO_TYPE", "3", "SO_ERROR", "4", "SO_DONTROUTE", "5",
                "SO_BROADCAST", "6", "SO_SNDBUF", "7", "SO_RCVBUF", "8", "SO_KEEPALIVE", "9", "SO_OOBINLINE", "10", "SO_LINGER", "13",
                "SO_REUSEPORT", "15", "SO_RCVLOWAT", "18", "SO_SNDLOWAT", "19", "SO_RCVTIMEO", "20", "SO_SNDTIMEO", "21",
                "SO_ACCEPTCONN", "30", "SOMAXCONN", "4096", "SCM_RIGHTS", "1", "IPPROTO_IP", "0", "IPPROTO_ICMP", "1",
                "IPPROTO_TCP", "6", "IPPROTO_UDP", "17", "IPPROTO_IPV6", "41", "IPPROTO_RAW", "255", "IPV6_V6ONLY", "26",
                "TCP_NODELAY", "1", "TCP_MAXSEG", "2", "TCP_KEEPIDLE", "4", "TCP_KEEPINTVL", "5", "TCP_KEEPCNT", "6",
                "MSG_OOB", "1", "MSG_PEEK", "2", "MSG_DONTROUTE", "4", "MSG_CTRUNC", "8", "MSG_TRUNC", "32", "MSG_DONTWAIT", "64",
                "MSG_EOR", "128", "MSG_WAITALL", "256", "MSG_NOSIGNAL", "16384", "SHUT_RD", "0", "SHUT_WR", "1", "SHUT_RDWR", "2",
                "AI_PASSIVE", "1", "AI_CANONNAME", "2", "AI_NUMERICHOST", "4", "AI_V4MAPPED", "8", "AI_ALL", "16",
                "AI_ADDRCONFIG", "32", "AI_NUMERICSERV", "1024", "NI_NUMERICHOST", "1", "NI_NUMERICSERV", "2", "NI_NOFQDN", "4",
                "NI_NAMEREQD", "8", "NI_DGRAM", "16", "NI_MAXHOST", "1025", "NI_MAXSERV", "32", "EAI_AGAIN", "-3",
                "EAI_BADFLAGS", "-1", "EAI_FAIL", "-4", "EAI_FAMILY", "-6", "EAI_MEMORY", "-10", "EAI_NONAME", "-2",
                "EAI_SERVICE", "-8", "EAI_SOCKTYPE", "-7", "INADDR_ANY", "0", "INADDR_LOOPBACK", "2130706433"};
        for (int i = 0; i < ints.length; i += 2) d.putStr(ints[i], PyInt.of(Long.parseLong(ints[i + 1])));

        Types.def(t, "__init__", (a, k) -> {
            PyObject[] p = Args.bind("socket", Types.rest(a), k, new String[]{"family", "type", "proto", "fileno"}, 0, 4);
            Sock s = (Sock) a[0];
            SocketFds table = fds;
            s.fds = table;
            int family = p[0] == null || p[0] == PyNone.INSTANCE ? -1 : (int) Ops.index(p[0]);
            int type = p[1] == null || p[1] == PyNone.INSTANCE ? -1 : (int) Ops.index(p[1]);
            int proto = p[2] == null || p[2] == PyNone.INSTANCE ? -1 : (int) Ops.index(p[2]);
            if (p[3] != null && p[3] != PyNone.INSTANCE) {
                if (p[3] instanceof PyFloat) throw Err.typeError("'float' object cannot be interpreted as an integer");
                long fd = Ops.index(p[3]);
                if (fd < 0) throw Err.valueError("negative file descriptor");
                SocketFds.Endpoint e = table.get((int) fd);
                if (e == null) throw Err.make(PyExc.OSError, PyInt.of(9), PyStr.of("Bad file descriptor"));
                s.fd = (int) fd;
                s.family = family == -1 ? e.family : family;
                s.type = type == -1 ? e.type : type;
                s.proto = proto == -1 ? 0 : proto;
                s.timeout = defaultTimeout[0];
                if (e.in != null) applyMode(s);
                return PyNone.INSTANCE;
            }
            if (family == -1) family = AF_INET;
            if (type == -1) type = SOCK_STREAM;
            if (family != AF_UNIX && family != AF_INET && family != AF_INET6) {
                throw Err.make(PyExc.OSError, PyInt.of(97), PyStr.of("Address family not supported by protocol"));
            }
            // a socket that is not connected to anything: nothing can be sent or received on it
            SocketFds.Endpoint e = table.open(null, null, family, type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC));
            s.fd = e.fd;
            s.family = family;
            s.type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
            s.proto = proto == -1 ? 0 : proto;
            s.timeout = (type & SOCK_NONBLOCK) != 0 ? 0.0 : defaultTimeout[0];
            return PyNone.INSTANCE;
        });
        Types.slots(t, "__repr__");
        Types.getter(t, "family", s -> PyInt.of(((Sock) s).family));
        Types.getter(t, "type", s -> PyInt.of(((Sock) s).type));
        Types.getter(t, "proto", s -> PyInt.of(((Sock) s).proto));
        Types.getter(t, "timeout", s -> ((Sock) s).timeout < 0 ? PyNone.INSTANCE : new PyFloat(((Sock) s).timeout));
        Types.def1(t, "fileno", s -> PyInt.of(((Sock) s).fd));
        Types.def1(t, "close", s -> {
            Sock so = (Sock) s;
            if (so.fd >= 0 && so.fds != null) so.fds.close(so.fd);
            so.fd = -1;
            return PyNone.INSTANCE;
        });
        Types.def1(t, "detach", s -> {
            Sock so = (Sock) s;
            int fd = so.fd;
            so.fd = -1;
            return PyInt.of(fd);
        });
        Types.def2(t, "setblocking", (s, flag) -> {
            Sock so = (Sock) s;
            so.timeout = Ops.isTrue(flag) ? -1 : 0.0;
            if (so.ep().in != null) applyMode(so);
            return PyNone.INSTANCE;
        });
        Types.def1(t, "getblocking", s -> {
            Sock so = (Sock) s;
            so.ep();
            return PyBool.of(so.timeout != 0.0);
        });
        Types.def2(t, "settimeout", (s, v) -> {
            Sock so = (Sock) s;
            so.timeout = timeoutArg(v);
            if (so.ep().in != null) applyMode(so);
            return PyNone.INSTANCE;
        });
        Types.def1(t, "gettimeout", s -> ((Sock) s).timeout < 0 ? PyNone.INSTANCE : new PyFloat(((Sock) s).timeout));
        Types.def(t, "recv", (a, k) -> {
            PyObject[] p = Args.bind("recv", Types.rest(a), k, new String[]{"bufsize", "flags"}, 1, 2);
            Sock so = (Sock) a[0];
            long n = Ops.index(p[0]);
            if (n < 0) throw Err.valueError("negative buffersize in recv");
            SocketFds.Endpoint e = so.ep();
            if (e.in == null) throw Err.make(PyExc.OSError, PyInt.of(107), PyStr.of("Transport endpoint is not connected"));
            if (n == 0) return new PyBytes(new byte[0]);
            waitReady(in, so, e.in, SelectionKey.OP_READ);
            ByteBuffer buf = ByteBuffer.allocate((int) Math.min(n, 1 << 20));
            int got = Gil.blocking(in, () -> {
                try {
                    return e.in.read(buf);
                } catch (IOException x) {
                    return -2;
                }
            });
            if (got == -2) throw Err.make(PyExc.OSError, PyInt.of(9), PyStr.of("Bad file descriptor"));
            if (got == 0 && so.timeout >= 0) throw blockingError();
            if (got <= 0) return new PyBytes(new byte[0]);
            byte[] out = new byte[got];
            buf.flip();
            buf.get(out);
            return new PyBytes(out);
        });
        PyBuiltinFunction.Impl send = (a, k) -> {
            PyObject[] p = Args.bind("send", Types.rest(a), k, new String[]{"data", "flags"}, 1, 2);
            Sock so = (Sock) a[0];
            byte[] data = Buffers.bytes(p[0]);
            SocketFds.Endpoint e = so.ep();
            if (e.out == null) throw Err.make(PyExc.OSError, PyInt.of(107), PyStr.of("Transport endpoint is not connected"));
            waitReady(in, so, e.out, SelectionKey.OP_WRITE);
            int put = Gil.blocking(in, () -> {
                try {
                    return e.out.write(ByteBuffer.wrap(data));
                } catch (IOException x) {
                    return -1;
                }
            });
            if (put < 0) throw Err.make(PyExc.BrokenPipeError, PyInt.of(32), PyStr.of("Broken pipe"));
            if (put == 0 && data.length > 0) throw blockingError();
            return PyInt.of(put);
        };
        Types.def(t, "send", send);
        Types.def(t, "sendall", (a, k) -> {
            PyObject[] p = Args.bind("sendall", Types.rest(a), k, new String[]{"data", "flags"}, 1, 2);
            Sock so = (Sock) a[0];
            byte[] data = Buffers.bytes(p[0]);
            int off = 0;
            while (off < data.length) {
                byte[] rest = java.util.Arrays.copyOfRange(data, off, data.length);
                off += (int) ((PyInt) send.call(new PyObject[]{so, new PyBytes(rest)}, null)).value;
            }
            return PyNone.INSTANCE;
        });
        Types.def2(t, "shutdown", (s, how) -> {
            Sock so = (Sock) s;
            long h = Ops.index(how);
            SocketFds.Endpoint e = so.ep();
            if (h < 0 || h > 2) throw Err.make(PyExc.OSError, PyInt.of(22), PyStr.of("Invalid argument"));
            try {
                if (h != 0 && e.out != null) e.out.close();
            } catch (IOException x) {
                throw ioError(x);
            }
            return PyNone.INSTANCE;
        });
        Types.def1(t, "getsockname", s -> { ((Sock) s).ep(); return PyStr.of(""); });
        Types.def1(t, "getpeername", s -> { ((Sock) s).ep(); return PyStr.of(""); });
        Types.def(t, "setsockopt", (a, k) -> { ((Sock) a[0]).ep(); return PyNone.INSTANCE; });
        Types.def(t, "getsockopt", (a, k) -> { ((Sock) a[0]).ep(); return PyInt.of(0); });
        PyBuiltinFunction.Impl noNetwork = (a, k) -> {
            ((Sock) a[0]).ep();
            throw Err.make(PyExc.OSError, PyInt.of(95), PyStr.of("Operation not supported"));
        };
        for (String n : new String[]{"bind", "connect", "connect_ex", "listen", "_accept", "sendto", "recvfrom"}) Types.def(t, n, noNetwork);

        org.herthon.interpreter.modules.ModuleSupport.def(m, "socketpair", (a, k) -> {
            PyObject[] p = Args.bind("socketpair", a, k, new String[]{"family", "type", "proto"}, 0, 3);
            int family = p[0] == null || p[0] == PyNone.INSTANCE ? AF_UNIX : (int) Ops.index(p[0]);
            int type = p[1] == null || p[1] == PyNone.INSTANCE ? SOCK_STREAM : (int) Ops.index(p[1]);
            int proto = p[2] == null || p[2] == PyNone.INSTANCE ? 0 : (int) Ops.index(p[2]);
            if (family != AF_UNIX) throw Err.make(PyExc.OSError, PyInt.of(95), PyStr.of("Operation not supported"));
            Pipe ab, ba;
            try {
                ab = Pipe.open();
                ba = Pipe.open();
            } catch (IOException x) {
                throw ioError(x);
            }
            int base = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
            SocketFds.Endpoint ea = fds.open(ba.source(), ab.sink(), family, base);
            SocketFds.Endpoint eb = fds.open(ab.source(), ba.sink(), family, base);
            Sock sa = new Sock(t, t), sb = new Sock(t, t);
            for (Object[] pair : new Object[][]{{sa, ea}, {sb, eb}}) {
                Sock s = (Sock) pair[0];
                s.fds = fds;
                s.fd = ((SocketFds.Endpoint) pair[1]).fd;
                s.family = family;
                s.type = base;
                s.proto = proto;
                s.timeout = (type & SOCK_NONBLOCK) != 0 ? 0.0 : defaultTimeout[0];
                applyMode(s);
            }
            return new PyTuple(new PyObject[]{sa, sb});
        });
        org.herthon.interpreter.modules.ModuleSupport.def(m, "getdefaulttimeout", (a, k) ->
                defaultTimeout[0] < 0 ? PyNone.INSTANCE : new PyFloat(defaultTimeout[0]));
        org.herthon.interpreter.modules.ModuleSupport.def(m, "setdefaulttimeout", (a, k) -> {
            if (a.length != 1) throw Err.typeError("setdefaulttimeout() takes exactly one argument (" + a.length + " given)");
            defaultTimeout[0] = timeoutArg(a[0]);
            return PyNone.INSTANCE;
        });
        org.herthon.interpreter.modules.ModuleSupport.def(m, "gethostname", (a, k) -> {
            try {
                return PyStr.of(java.net.InetAddress.getLocalHost().getHostName());
            } catch (IOException x) {
                return PyStr.of("localhost");
            }
        });
        PyBuiltinFunction.Impl noResolve = (a, k) -> {
            throw Err.make(gaierror, PyInt.of(-2), PyStr.of("Name or service not known"));
        };
        for (String n : new String[]{"getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr", "getnameinfo"}) {
            org.herthon.interpreter.modules.ModuleSupport.def(m, n, noResolve);
        }
        org.herthon.interpreter.modules.ModuleSupport.def(m, "close", (a, k) -> {
            if (a.length != 1) throw Err.typeError("close() takes exactly one argument (" + a.length + " given)");
            long fd = Ops.index(a[0]);
            if (fds.get((int) fd) == null) throw Err.make(PyExc.OSError, PyInt.of(9), PyStr.of("Bad file descriptor"));
            fds.close((int) fd);
            return PyNone.INSTANCE;
        });
        for (String n : new String[]{"htons", "ntohs"}) {
            org.herthon.interpreter.modules.ModuleSupport.def(m, n, (a, k) -> {
                long v = Ops.index(a[0]);
                if (v < 0) throw Err.overflow(n + ": can't convert negative Python int to C 16-bit unsigned integer");
                if (v > 0xffff) throw Err.overflow(n + ": Python int too large to convert to C 16-bit unsigned integer");
                return PyInt.of(((v & 0xff) << 8) | (v >> 8));
            });
        }
        for (String n : new String[]{"htonl", "ntohl"}) {
            org.herthon.interpreter.modules.ModuleSupport.def(m, n, (a, k) -> {
                long v = Ops.index(a[0]);
                if (v < 0) throw Err.overflow("can't convert negative value to unsigned int");
                if (v > 0xffffffffL) throw Err.overflow("int larger than 32 bits");
                return PyInt.of(Integer.reverseBytes((int) v) & 0xffffffffL);
            });
        }
        return m;
    }
}
