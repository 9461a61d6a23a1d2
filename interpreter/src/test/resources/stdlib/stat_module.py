# stat: the pure-Python module (its C twin _stat is optional), file-type tests and filemode
import stat

for mode in [0o100644, 0o40755, 0o120777, 0o20620, 0o60660, 0o10600, 0o140755, 0o104755, 0o102755, 0o41777]:
    print(oct(mode), stat.filemode(mode), stat.S_ISDIR(mode), stat.S_ISREG(mode), stat.S_ISLNK(mode),
          stat.S_IFMT(mode), oct(stat.S_IMODE(mode)))
print(stat.S_IRWXU, stat.S_IRUSR | stat.S_IWUSR, stat.ST_MODE, stat.ST_MTIME, stat.UF_NODUMP, stat.SF_APPEND)
print(stat.FILE_ATTRIBUTE_DIRECTORY, stat.S_IFSOCK, stat.S_ISSOCK(0o140000), stat.S_ISFIFO(0o10000))
