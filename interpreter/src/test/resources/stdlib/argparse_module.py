# argparse: parsing, defaults, subcommands, help text and errors (exit status 2, usage on stderr).
import argparse, io, os, sys, contextlib
os.environ["COLUMNS"] = "80"  # help text is wrapped to the terminal width
p = argparse.ArgumentParser(prog="tool", description="A small tool.")
p.add_argument("--path", action="append", help="a file to read (repeatable)")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("--limit", type=int, default=10, help="at most this many (default: %(default)s)")
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("--flag", action="store_true")
sub = p.add_subparsers(dest="command")
run = sub.add_parser("run", help="run it")
run.add_argument("--times", type=int, required=True)
print(p.parse_args(["--path", "a.txt", "--path=b.txt", "-vv", "--limit", "3"]))
print(p.parse_args(["--mode=slow", "--flag", "run", "--times", "2"]))
ns, rest = p.parse_known_args(["--flag", "--unknown=1"])
print(ns, rest)
print(p.format_help())
print(run.format_usage())
for argv in (["--limit", "many"], ["--mode", "medium"], ["run"]):
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        try:
            p.parse_args(argv)
        except SystemExit as e:
            print("exit", e.code)
    print(err.getvalue())
