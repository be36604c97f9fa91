"""__all__ holding a non-str (for import *)."""
__all__ = ["good", 1]
good = "g"
