class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f'{field}: {problem}')
        self.field = field


def validate(record):
    if not record.get('name'):
        raise ValidationError('name', 'must not be empty')
    if record.get('age', 0) < 0:
        raise ValidationError('age', 'must be non-negative')
    return True


records = [{'name': 'x', 'age': 3}, {'name': 'y', 'age': -1}]
for i, r in enumerate(records):
    try:
        validate(r)
        print('record', i, 'ok')
    except ValidationError as e:
        e.add_note(f'record index {i}')
        raise
