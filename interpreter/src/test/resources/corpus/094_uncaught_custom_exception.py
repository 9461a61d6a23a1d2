class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__("%s: %s" % (field, problem))
        self.field = field


def validate(record):
    if "name" not in record:
        raise ValidationError("name", "missing")
    return record["name"]


print(validate({"name": "ok"}))
try:
    validate({})
except ValidationError as e:
    print("caught once:", e, "| field =", e.field)
validate({"other": 1})
