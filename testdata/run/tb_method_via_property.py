class Report:
    def __init__(self, rows):
        self.rows = rows

    @property
    def average(self):
        return sum(self.rows) / len(self.rows)

    def summary(self):
        return f"avg={self.average:.2f}"


print(Report([1, 2, 3]).summary())
print(Report([]).summary())
