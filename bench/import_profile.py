#!/usr/bin/env python3
"""Where the main thread's time goes while Herthon imports: runs `./herthon -c "import MODULES"`
RUNS times with a JFR recording of execution samples every millisecond (the parse cache warm
after the first, untimed run), and counts the main thread's samples by the innermost front-end
stage on their stack (reading the cache, the mangler, scope analysis, compiling trees to nodes,
class loading, making named JVM frames); the rest is running the modules' code.

    bench/import_profile.py [MODULES [RUNS]]      # default: json, 3 runs
"""
import collections
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STAGES = [("imports.AstCodec", "reading the parse cache"), ("compiler.Mangler", "the mangler's walk"),
          ("scope.ScopeAnalyzer", "scope analysis"), ("parser.CompileChecks", "compile checks"),
          ("compiler.Compiler", "compiling trees to nodes"), ("parser.Parser", "parsing"),
          ("ClassLoader", "loading classes"), ("jvmframes.FrameClass", "making named JVM frames")]
SETTINGS = """<?xml version="1.0" encoding="UTF-8"?>
<configuration version="2.0">
  <event name="jdk.ExecutionSample"><setting name="enabled">true</setting><setting name="period">1 ms</setting></event>
</configuration>
"""


def main():
    modules = sys.argv[1] if len(sys.argv) > 1 else "json"
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    herthon = os.path.join(ROOT, "herthon")
    code = "import " + modules
    subprocess.run([herthon, "-c", code], check=True)  # warms the parse cache
    java_home = os.environ.get("JAVA_HOME")
    jfr = os.path.join(java_home, "bin", "jfr") if java_home else "jfr"
    stages = collections.Counter()
    with tempfile.TemporaryDirectory() as tmp:
        jfc = os.path.join(tmp, "samples.jfc")
        with open(jfc, "w") as f:
            f.write(SETTINGS)
        for i in range(runs):
            rec = os.path.join(tmp, "run%d.jfr" % i)
            env = dict(os.environ, HERTHON_JAVA_OPTS="-XX:StartFlightRecording:settings=%s,filename=%s -Xlog:jfr+startup=off" % (jfc, rec))
            subprocess.run([herthon, "-c", code], check=True, env=env)
            printed = subprocess.run([jfr, "print", "--events", "jdk.ExecutionSample", "--stack-depth", "300", rec],
                                     check=True, capture_output=True, text=True).stdout
            for event in printed.split("jdk.ExecutionSample")[1:]:
                thread = re.search(r'sampledThread = "([^"]*)"', event)
                if thread and thread.group(1) not in ("main", "herthon-main"):
                    continue
                frames = re.findall(r"^\s+([\w.$<>\-]+)\(", event, re.M)
                if not frames:
                    continue
                stage = next((name for frame in frames for key, name in STAGES if key in frame), "running the modules' code")
                stages[stage] += 1
    total = sum(stages.values())
    print("%s: %d main-thread samples in %d runs" % (code, total, runs))
    for stage, n in stages.most_common():
        print("  %-26s %5d  %3.0f %%" % (stage, n, 100.0 * n / total))


if __name__ == "__main__":
    main()
