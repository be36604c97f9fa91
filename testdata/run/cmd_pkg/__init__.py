"""A package run with -m by the cmd_m_* programs of the corpus."""
print("cmd_pkg/__init__ runs as", __name__)
