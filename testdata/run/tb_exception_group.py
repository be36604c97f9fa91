def run_all():
    errors = []
    for i in range(3):
        try:
            if i != 1:
                raise ValueError(f"task {i} failed")
        except ValueError as e:
            errors.append(e)
    raise ExceptionGroup("tasks failed", errors)

run_all()
