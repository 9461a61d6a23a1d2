# unittest: a few TestCases run by TextTestRunner into a StringIO stream (deterministic output).
import io
import unittest

class Arith(unittest.TestCase):
    def setUp(self):
        self.values = [1, 2, 3]

    def test_sum(self):
        self.assertEqual(sum(self.values), 6)

    def test_fail(self):
        self.assertEqual(sum(self.values), 7, 'deliberate')

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0

    def test_error(self):
        {}['missing']

    @unittest.skip('not today')
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        self.assertTrue(False)

    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)

class Strings(unittest.TestCase):
    def test_upper(self):
        self.assertEqual('abc'.upper(), 'ABC')

    def test_in(self):
        self.assertIn('b', 'abc')
        self.assertNotIn('z', 'abc')
        self.assertAlmostEqual(0.1 + 0.2, 0.3)

suite = unittest.TestSuite()
loader = unittest.TestLoader()
suite.addTests(loader.loadTestsFromTestCase(Arith))
suite.addTests(loader.loadTestsFromTestCase(Strings))
out = io.StringIO()
runner = unittest.TextTestRunner(stream=out, verbosity=2)
result = runner.run(suite)
text = out.getvalue()
lines = [l for l in text.splitlines() if not l.startswith('Ran ') and 'File "' not in l]
print('\n'.join(lines))
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), len(result.expectedFailures), result.wasSuccessful())
