class Date:
    days_in_month = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def from_string(cls, s):
        y, m, d = (int(x) for x in s.split('-'))
        return cls(y, m, d)

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    def day_of_year(self):
        days = sum(self.days_in_month[:self.m - 1]) + self.d
        if self.m > 2 and self.is_leap(self.y):
            days += 1
        return days

    def __repr__(self):
        return f'{type(self).__name__}({self.y:04d}-{self.m:02d}-{self.d:02d})'


class StampedDate(Date):
    pass


d = Date.from_string('2024-03-01')
print(d, d.day_of_year())
s = StampedDate.from_string('2023-12-31')
print(s, s.day_of_year())
print([y for y in (1900, 2000, 2023, 2024) if Date.is_leap(y)])
print(d.is_leap(2024), Date.from_string.__self__.__name__)
sm = Date.__dict__['is_leap']
cm = Date.__dict__['from_string']
print(type(sm).__name__, type(cm).__name__)
print(sm.__func__(2000), cm.__func__(Date, '1-2-3'))


class Counter:
    count = 0

    @classmethod
    def bump(cls):
        cls.count += 1
        return cls.count


class Sub(Counter):
    pass


Counter.bump(); Counter.bump(); Sub.bump()
print(Counter.count, Sub.count)
