# Private names: a base and a subclass each keep their own __balance; name-mangled methods are not
# overridden by the subclass; mangling reaches nested functions, comprehensions and class attributes.
class Account:
    __registry = []

    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance
        Account.__registry.append(owner)

    def __check(self, amount):
        return 0 < amount <= self.__balance

    def withdraw(self, amount):
        if not self.__check(amount):
            raise ValueError("refused: " + str(amount))
        self.__balance -= amount
        return self.__balance

    def report(self):
        def line(tag):
            return "%s %s=%d" % (self.owner, tag, self.__balance)
        return line("balance")

    @classmethod
    def owners(cls):
        return [o.upper() for o in cls.__registry]


class Savings(Account):
    def __init__(self, owner, balance, rate):
        super().__init__(owner, balance)
        self.__balance = "savings-private"
        self.__rate = rate

    def __check(self, amount):
        return False

    def interest(self):
        return self.__rate, self.__balance


s = Savings("ann", 100, 3)
print(s.withdraw(30), s.report(), s.interest())
print(sorted(k for k in vars(s)))
try:
    s.withdraw(500)
except ValueError as e:
    print(e)
try:
    s.__rate
except AttributeError as e:
    print("AttributeError:", e)
print(Account.owners(), s._Savings__rate, s._Account__balance)
print(Account._Account__check.__name__, Account._Account__check.__qualname__)
