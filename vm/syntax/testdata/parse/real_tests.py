import unittest
from unittest import mock


class TestThing(unittest.TestCase):
    maxDiff = None

    @classmethod
    def setUpClass(cls):
        cls.shared = {"a": 1, "b": [1, 2, 3]}

    def setUp(self):
        self.patcher = mock.patch("os.getcwd", return_value="/tmp")
        self.getcwd = self.patcher.start()
        self.addCleanup(self.patcher.stop)

    def test_equal(self):
        self.assertEqual(1 + 1, 2)
        self.assertIn("a", self.shared)
        self.assertIsNot(self.shared, {})

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertIn("division", str(cm.exception))
        with self.assertRaisesRegex(ValueError, r"invalid literal .* '\w+'"):
            int("abc")

    @unittest.skipIf(True, "demonstration")
    def test_skipped(self):
        self.fail("unreachable")

    def test_subtests(self):
        for i, (x, y) in enumerate([(1, 1), (2, 4), (3, 9)]):
            with self.subTest(i=i, x=x):
                self.assertEqual(x ** 2, y, msg=f"case {i}")

    def test_mock(self):
        m = mock.Mock(spec=["run"])
        m.run.return_value = 42
        assert m.run(1, key="v") == 42
        m.run.assert_called_once_with(1, key="v")


if __name__ == "__main__":
    unittest.main(verbosity=2)
