# os.pipe, subprocess (run, check_output, Popen with pipes both ways, shell=True, cwd, timeouts,
# the environment os.environ changed), os.system, os.popen and os.kill. No child writes to this
# process's own stdout: each one's output is captured or sent to a file.
import os
import signal
import subprocess
import sys
import tempfile

r, w = os.pipe()
print(r != w, type(r).__name__, os.get_blocking(r) if hasattr(os, "get_blocking") else True)
os.write(w, b"through the pipe")
os.close(w)
print(os.read(r, 100), os.read(r, 100))
os.close(r)

r, w = os.pipe()
with open(w, "wb") as f:
    f.write(b"line one\nline two\n")
with open(r, "rb") as f:
    print(f.seekable(), f.readline(), f.read())
r, w = os.pipe()
try:
    os.lseek(r, 0, 0)
except OSError as e:
    print(type(e).__name__, e.errno)
os.close(r)
os.close(w)

print(subprocess.run(["echo", "hi"], capture_output=True))
print(subprocess.check_output(["printf", "a\\nb"]))
done = subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 3"], capture_output=True, text=True)
print(done.returncode, repr(done.stdout), repr(done.stderr))
print(subprocess.run(["cat"], input=b"fed through stdin", capture_output=True).stdout)
print(subprocess.run(["sh", "-c", "echo a; echo b >&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT).stdout)
print(subprocess.run(["printf", "x\\r\\ny"], capture_output=True, text=True).stdout.splitlines())
print(subprocess.run("echo $((6 * 7))", shell=True, stdout=subprocess.PIPE).stdout)
print(subprocess.run(["sh", "-c", "echo quiet"], stdout=subprocess.DEVNULL).returncode)
big = subprocess.run(["sh", "-c", "head -c 300000 /dev/zero"], capture_output=True).stdout
print(len(big), set(big))

try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.run(["no-such-program-herthon"])
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)

p = subprocess.Popen(["sh", "-c", "read x; echo got $x; exit 5"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b"value\n")
print(out, err, p.returncode, p.poll())

folder = tempfile.mkdtemp()
print(subprocess.run(["pwd"], cwd=folder, capture_output=True, text=True).stdout.strip() == os.path.realpath(folder))

os.environ["HERTHON_TEST_VAR"] = "from the parent"
print(subprocess.check_output(["sh", "-c", "echo $HERTHON_TEST_VAR"]))
del os.environ["HERTHON_TEST_VAR"]
print(subprocess.check_output(["sh", "-c", "echo ${HERTHON_TEST_VAR-unset}"]))
print(subprocess.check_output(["sh", "-c", "echo ${ONLY_HERE-unset}"], env={"ONLY_HERE": "given"}))

try:
    subprocess.run(["sleep", "5"], timeout=0.3)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.cmd)
p = subprocess.Popen(["sleep", "5"])
p.terminate()
print(p.wait())
p = subprocess.Popen(["sleep", "5"])
os.kill(p.pid, signal.SIGKILL)
print(p.wait())
try:
    os.kill(2**22 + 12345, 0)
except ProcessLookupError as e:
    print(type(e).__name__, e.errno)

print(os.system("exit 3") >> 8)
target = os.path.join(folder, "system.txt")
print(os.system("echo from os.system > '%s'" % target))
with open(target) as f:
    print(f.read())
with os.popen("echo from os.popen") as f:
    print(f.read())
os.remove(target)
os.rmdir(folder)
print(sys.version_info[:2] == (3, 11))
