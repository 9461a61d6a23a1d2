# errno: the Linux numbers, errorcode's choice of name, and OSError subclasses by errno
import errno

for name in ["EPERM", "ENOENT", "EINTR", "EBADF", "EAGAIN", "EWOULDBLOCK", "EACCES", "EEXIST", "ENOTDIR",
             "EISDIR", "EINVAL", "ENOSPC", "EPIPE", "ERANGE", "EDEADLK", "EDEADLOCK", "ENOTEMPTY", "ELOOP",
             "ENOTSUP", "EOPNOTSUPP", "ETIMEDOUT", "ECONNREFUSED"]:
    v = getattr(errno, name)
    print(name, v, errno.errorcode[v])
print(len(errno.errorcode) > 100, type(errno.errorcode).__name__)
print(sorted(n for n in dir(errno) if n.startswith("EN"))[:8])
e = OSError(errno.ENOENT, "No such file or directory", "x.txt")
print(e.errno, e.strerror, e.filename, str(e))
