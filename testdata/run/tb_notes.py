def step(n):
    if n == 3:
        err = ValueError(f"step {n} failed")
        err.add_note("while processing batch 7")
        err.add_note("retry with --force")
        raise err

for i in range(5):
    print("step", i)
    step(i)
