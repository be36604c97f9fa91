x = "a" b"c"
