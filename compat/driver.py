"""Runs one module of CPython's test suite with unittest and reports every test's outcome.

    herthon compat/driver.py test_bool        (or python3.11 compat/driver.py test_bool)

Prints, on stdout, "START <test id>" before each test and "<outcome> <test id>" after it
(outcome: passed, failed, error, skipped, xfail, xpass), then "DONE". compat/run reads these
lines, so a test that hangs or crashes the interpreter is still named, and the tests before it
still count. Written to run on Herthon itself: only unittest and the module under test.
"""
import sys
import unittest


class Outcomes(unittest.TestResult):
    def __init__(self, out):
        super().__init__()
        self.out = out
        self.emitted = True
        self.subtest_outcome = None

    def emit(self, outcome, test):
        self.emitted = True
        self.out.write("%s %s\n" % (outcome, test.id()))
        self.out.flush()

    def startTest(self, test):
        super().startTest(test)
        self.emitted = False
        self.subtest_outcome = None
        self.out.write("START %s\n" % test.id())
        self.out.flush()

    def stopTest(self, test):
        # A test whose subtests failed gets no other call: it failed (as CPython's regrtest counts it).
        if not self.emitted and self.subtest_outcome:
            self.emit(self.subtest_outcome, test)
        super().stopTest(test)

    def addSuccess(self, test):
        super().addSuccess(test)
        self.emit("passed", test)

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self.emit("failed", test)

    def addError(self, test, err):
        super().addError(test, err)
        # errors in setUpClass/tearDownModule arrive with a placeholder "test"
        self.emit("error", test)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self.emit("skipped", test)

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self.emit("xfail", test)

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self.emit("xpass", test)

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None and self.subtest_outcome != "error":
            self.subtest_outcome = "failed" if issubclass(err[0], test.failureException) else "error"


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: driver.py TEST_MODULE (for example test_bool)")
    name = sys.argv[1]
    module = __import__("test." + name, fromlist=["*"])
    suite = unittest.defaultTestLoader.loadTestsFromModule(module)
    suite.run(Outcomes(sys.stdout))
    sys.stdout.write("DONE\n")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
