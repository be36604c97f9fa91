"""Helper modules for the test programs (not programs themselves)."""
