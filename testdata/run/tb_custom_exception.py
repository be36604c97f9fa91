class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field

class Form:
    def __init__(self, **fields):
        self.fields = fields

    def validate(self):
        for name, value in self.fields.items():
            if not value:
                raise ValidationError(name, "must not be empty")

Form(user="ann", email="").validate()
